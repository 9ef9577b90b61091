extension String {
    /// Columns the text takes on a terminal: one per character (accents
    /// combined), two for wide East Asian characters and most emoji.
    public var displayWidth: Int {
        reduce(0) { width, character in
            guard let scalar = character.unicodeScalars.first else { return width }
            return width + (Self.isWide(scalar) ? 2 : 1)
        }
    }

    /// Cut to `width` columns (ending with "…" when cut), then padded with spaces to exactly `width`.
    public func fitted(to width: Int) -> String {
        let cut = truncated(to: width)
        return cut + String(repeating: " ", count: max(0, width - cut.displayWidth))
    }

    /// Cut to at most `width` columns, ending with "…" when something was removed.
    public func truncated(to width: Int) -> String {
        guard displayWidth > width else { return self }
        guard width > 1 else { return width == 1 ? "…" : "" }
        var out = ""
        var used = 0
        for character in self {
            let w = character.unicodeScalars.first.map { Self.isWide($0) ? 2 : 1 } ?? 1
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }

    private static func isWide(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

/// The one text-layout routine: words, each measured once, laid greedily into
/// lines of at most `width` columns. The wrapping functions (`String.wrapped`,
/// the views' `wrappedLines`, the findings' `wordLines`) only cut their text
/// into words; a line's width is kept as a sum, never measured again, so a
/// long text takes time in proportion to its length.
public enum TextLayout {
    /// A word and the spaces before it (dropped when the word begins a line).
    public struct Word: Sendable {
        public var gap: String
        public var text: String
        public var width: Int

        public init(gap: String = " ", _ text: String, width: Int? = nil) {
            self.gap = gap
            self.text = text
            self.width = width ?? text.displayWidth
        }
    }

    /// The words in lines: the first line begins with `lead`, the others with
    /// `continuation`; a word wider than a line gets a line of its own. Never
    /// returns an empty list (no words give one line, `lead`).
    public static func lines(_ words: [Word], width: Int, lead: String = "", continuation: String = "") -> [String] {
        var lines: [String] = []
        var current = lead
        var used = lead.displayWidth
        let continuationWidth = continuation.displayWidth
        var atStart = true
        for word in words {
            let gapWidth = atStart ? 0 : word.gap.displayWidth
            if !atStart, used + gapWidth + word.width > width {
                lines.append(current)
                current = continuation + word.text
                used = continuationWidth + word.width
            } else {
                if !atStart { current += word.gap }
                current += word.text
                used += gapWidth + word.width
            }
            atStart = false
        }
        lines.append(current)
        return lines
    }

    /// A French : ; ? ! or closing » typed after a space stays on the line of the word before it.
    public static func glued(_ words: [Word]) -> [Word] {
        var glued: [Word] = []
        glued.reserveCapacity(words.count)
        for item in words {
            if let last = glued.last, [":", ";", "?", "!", "»"].contains(item.text) {
                let gapWidth = item.gap.displayWidth
                glued[glued.count - 1] = Word(
                    gap: last.gap, last.text + item.gap + item.text, width: last.width + gapWidth + item.width)
            } else {
                glued.append(item)
            }
        }
        return glued
    }
}

extension String {
    /// Lines longer than `width` broken at spaces, continuation lines keeping
    /// the first line's indentation. Lines that fit are left exactly as they
    /// are, and a word longer than a line (a path) is never cut.
    public func wrapped(width: Int, hangingIndent: Int? = nil) -> String {
        guard displayWidth > width || contains("\n") else { return self }
        return split(separator: "\n", omittingEmptySubsequences: false).map { raw -> String in
            let line = String(raw)
            guard line.displayWidth > width else { return line }
            let indent = String(line.prefix { $0 == " " })
            let continuation = hangingIndent.map { String(repeating: " ", count: $0) } ?? indent
            // Words with the spaces before them, so aligned columns keep their padding;
            // French puts a space before : ; ? ! — keep such a sign with the word before it.
            var words: [TextLayout.Word] = []
            var gap = ""
            var word = ""
            for character in line.dropFirst(indent.count) {
                if character == " " {
                    if !word.isEmpty {
                        words.append(TextLayout.Word(gap: gap, word))
                        gap = ""
                        word = ""
                    }
                    gap.append(character)
                } else {
                    word.append(character)
                }
            }
            if !word.isEmpty { words.append(TextLayout.Word(gap: gap, word)) }
            return TextLayout.lines(TextLayout.glued(words), width: width, lead: indent, continuation: continuation)
                .joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
