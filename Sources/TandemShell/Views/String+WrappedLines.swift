import TandemCore

extension String {
    /// The text broken into lines of at most `width` columns, at spaces when
    /// possible (a word longer than a line is cut). Never returns an empty list.
    /// The layout is the core's (`TextLayout.lines`); this only cuts words.
    func wrappedLines(width: Int) -> [String] {
        let width = Swift.max(width, 8)
        var lines: [String] = []
        for paragraph in split(separator: "\n", omittingEmptySubsequences: false) {
            // A French : ; ? ! stays on the line of the word before it.
            let words = TextLayout.glued(paragraph.split(separator: " ").map { TextLayout.Word(String($0)) })
            var pieces: [TextLayout.Word] = []
            pieces.reserveCapacity(words.count)
            for word in words {
                guard word.width > width else {
                    pieces.append(word)
                    continue
                }
                // Cut into lines of `width` columns, each character measured once.
                var head = ""
                var used = 0
                for character in word.text {
                    let w = String(character).displayWidth
                    if used + w > width, !head.isEmpty {
                        pieces.append(TextLayout.Word(head, width: used))
                        head = ""
                        used = 0
                    }
                    head.append(character)
                    used += w
                }
                if !head.isEmpty { pieces.append(TextLayout.Word(head, width: used)) }
            }
            lines += TextLayout.lines(pieces, width: width)
        }
        return lines
    }
}
