import TandemCore

extension Shell {
    /// One finding of an analysis as a bullet wrapped within 80 columns.
    func findingLine(_ finding: Finding) {
        for (i, text) in Self.wordLines(finding.text, width: 76).enumerated() {
            line((i == 0 ? "  - " : "    ") + text, style(finding.tone))
        }
    }

    /// A catalogue text as a paragraph wrapped within 80 columns.
    func paragraph(_ key: String, _ arguments: [String: String] = [:], _ style: Style = .plain) {
        for text in Self.wordLines(t(key, arguments), width: 80) { line(text, style) }
    }

    /// Words laid into lines of at most `width` columns; a longer word is cut. A non-breaking space
    /// (French « » and before : ; ? !) never ends a line.
    static func wordLines(_ text: String, width: Int) -> [String] {
        let breaks = { (c: Character) in c.isWhitespace && c != "\u{00A0}" && c != "\u{202F}" }
        let words = text.split(whereSeparator: breaks).map { word -> TextLayout.Word in
            let piece = TextLayout.Word(String(word))
            return piece.width > width ? TextLayout.Word(piece.text.truncated(to: width)) : piece
        }
        return TextLayout.lines(words, width: width)
    }
}
