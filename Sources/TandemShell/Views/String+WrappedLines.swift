extension String {
    /// The text broken into lines of at most `width` columns, at spaces when
    /// possible (a word longer than a line is cut). Never returns an empty list.
    func wrappedLines(width: Int) -> [String] {
        let width = Swift.max(width, 8)
        var lines: [String] = []
        for paragraph in split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            // A French : ; ? ! stays on the line of the word before it.
            var words: [String] = []
            for word in paragraph.split(separator: " ") {
                if let last = words.last, [":", ";", "?", "!", "»"].contains(word) {
                    words[words.count - 1] = last + " " + word
                } else {
                    words.append(String(word))
                }
            }
            for word in words {
                var piece = word
                while piece.displayWidth > width {
                    if !current.isEmpty {
                        lines.append(current)
                        current = ""
                    }
                    var head = ""
                    for character in piece {
                        if (head + String(character)).displayWidth > width { break }
                        head.append(character)
                    }
                    lines.append(head)
                    piece.removeFirst(head.count)
                }
                if current.isEmpty {
                    current = piece
                } else if (current + " " + piece).displayWidth <= width {
                    current += " " + piece
                } else {
                    lines.append(current)
                    current = piece
                }
            }
            lines.append(current)
        }
        return lines
    }
}
