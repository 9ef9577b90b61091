/// A piece of text inside a line of a document: plain, bold or italic runs
/// of text typed by a user or read from the catalogue. It is escaped only
/// when rendered — as Markdown, so it can never open a heading, a list, a
/// table cell, a link, HTML or code; as HTML, so it is only ever text.
public struct Inline: Equatable, Sendable {
    enum Style: Equatable, Sendable { case plain, strong, emphasis, space }

    struct Run: Equatable, Sendable {
        let style: Style
        let text: String
    }

    let runs: [Run]

    private init(runs: [Run]) {
        self.runs = runs
    }

    /// Plain text.
    public init(_ text: String) {
        runs = [Run(style: .plain, text: text)]
    }

    /// A space between two pieces (escaping trims the text of each).
    public static let space = Inline(runs: [Run(style: .space, text: " ")])

    /// Nothing: an empty cell.
    static let empty = Inline(runs: [])

    public static func + (a: Inline, b: Inline) -> Inline {
        Inline(runs: a.runs + b.runs)
    }

    /// Bold text.
    public static func strong(_ text: String) -> Inline {
        Inline(runs: [Run(style: .strong, text: text)])
    }

    /// Italic text.
    public static func emphasis(_ text: String) -> Inline {
        Inline(runs: [Run(style: .emphasis, text: text)])
    }

    /// The Markdown source, every run escaped.
    public var markdown: String {
        runs.map { run in
            switch run.style {
            case .space: return " "
            case .plain: return Markdown.escape(run.text)
            case .strong, .emphasis:
                let escaped = Markdown.escape(run.text)
                let mark = run.style == .strong ? "**" : "*"
                return escaped.isEmpty ? "" : mark + escaped + mark
            }
        }.joined()
    }

    /// The HTML, every run's text escaped (on one line, as in Markdown).
    public var html: String {
        runs.map { run in
            switch run.style {
            case .space: return " "
            case .plain: return HTML.escape(Markdown.oneLine(run.text))
            case .strong, .emphasis:
                let text = HTML.escape(Markdown.oneLine(run.text))
                let tag = run.style == .strong ? "strong" : "em"
                return text.isEmpty ? "" : "<" + tag + ">" + text + "</" + tag + ">"
            }
        }.joined()
    }

    public var isEmpty: Bool { markdown.isEmpty }
}

/// Escaping of user text for GitHub-flavoured Markdown.
public enum Markdown {
    /// Characters that mean something anywhere in a line: code, emphasis,
    /// links, HTML, table cells, strikethrough — and, for pandoc's own
    /// Markdown (what `pandoc file.md -o file.docx` reads), superscript and
    /// TeX math.
    static let alwaysEscaped: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", "|", "~", "^", "$"]

    /// Characters that start a block (list, quote, heading, rule) at the beginning of a line.
    static let startEscaped: Set<Character> = ["-", "+", "=", ">", "#"]

    /// `text` as inert Markdown on one line: control characters made visible,
    /// line breaks and tabs turned into spaces, spaces collapsed, every
    /// character with a Markdown meaning backslash-escaped, and what would
    /// start a block at the beginning of a line (a list, a quote, a heading,
    /// a rule) escaped too.
    public static func escape(_ text: String) -> String {
        let flat = oneLine(text)
        var out = ""
        out.reserveCapacity(flat.utf8.count + 8)
        let characters = Array(flat)
        // Where the run of "#" that ends the text begins (the count when it does not end with one): found once.
        var closingMarks = characters.count
        while closingMarks > 0, characters[closingMarks - 1] == "#" { closingMarks -= 1 }
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            if alwaysEscaped.contains(character) {
                out += "\\"
            } else if character == "&", let next, next.isLetter || next.isNumber || next == "#" {
                // "&amp;" or "&#60;" would be read as an entity; "Zoé & Marc" stays as it is.
                out += "\\"
            } else if index == 0, startEscaped.contains(character) {
                out += "\\"
            } else if character == "#", index >= closingMarks {
                // A heading's closing marks: "Budget #" would lose its "#".
                out += "\\"
            }
            out.append(character)
        }
        return escapeOrderedListStart(out)
    }

    /// "1. Pilot" at the start of a line would begin a numbered list.
    static func escapeOrderedListStart(_ text: String) -> String {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9 else { return text }
        let rest = text.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")" else { return text }
        let after = rest.dropFirst()
        guard after.isEmpty || after.first == " " else { return text }
        return String(digits) + "\\" + rest
    }

    /// One line: control characters visible, whitespace runs (line breaks included) as one space, trimmed;
    /// a non-breaking space (French typography) is kept as it is.
    static func oneLine(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for character in text.inert {
            if character.isWhitespace, character != "\u{00A0}", character != "\u{202F}" {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.append(character)
        }
        return out
    }
}
