/// A Markdown document built block by block. Every block takes `Inline`
/// values, so user text arrives escaped; blocks are separated by one blank
/// line and the document ends with a single newline.
public struct MarkdownDocument: Sendable {
    private var blocks: [String] = []

    public init() {}

    /// A YAML metadata block for pandoc (`pagetitle`, `lang`), first in the
    /// document: pandoc then converts to HTML or DOCX without asking for a
    /// title, and GitHub shows it as a small table. The title is a
    /// double-quoted YAML string on one line, so nothing typed can end it.
    public mutating func metadata(title: String, language: String) {
        var quoted = ""
        for character in Markdown.oneLine(title) {
            switch character {
            case "\\": quoted += "\\\\"
            case "\"": quoted += "\\\""
            default: quoted.append(character)
            }
        }
        blocks.append(["---", "pagetitle: \"" + quoted + "\"", "lang: " + language, "---"].joined(separator: "\n"))
    }

    /// An ATX heading, level 1 to 6.
    public mutating func heading(_ level: Int, _ text: Inline) {
        let hashes = String(repeating: "#", count: min(6, max(1, level)))
        blocks.append(hashes + " " + text.markdown)
    }

    public mutating func heading(_ level: Int, _ text: String) {
        heading(level, Inline(text))
    }

    public mutating func paragraph(_ text: Inline) {
        guard !text.isEmpty else { return }
        blocks.append(text.markdown)
    }

    public mutating func paragraph(_ text: String) {
        paragraph(Inline(text))
    }

    /// A bulleted (or numbered) list; each item may carry sub-items, one level deep.
    public mutating func list(_ items: [ListItem], numbered: Bool = false) {
        guard !items.isEmpty else { return }
        blocks.append(
            items.enumerated().map { index, item in
                let marker = numbered ? String(index + 1) + ". " : "- "
                let indent = String(repeating: " ", count: marker.count)
                return ([marker + item.text.markdown] + item.children.map { indent + "- " + $0.markdown })
                    .joined(separator: "\n")
            }.joined(separator: "\n"))
    }

    public mutating func list(_ items: [Inline], numbered: Bool = false) {
        list(items.map { ListItem($0) }, numbered: numbered)
    }

    /// A table; rows shorter than the header are padded with empty cells.
    public mutating func table(_ header: [Inline], _ rows: [[Inline]], alignments: [Alignment] = []) {
        guard !header.isEmpty else { return }
        func row(_ cells: [Inline]) -> String {
            let padded = cells + Array(repeating: Inline(markdown: ""), count: max(0, header.count - cells.count))
            return "| " + padded.prefix(header.count).map(\.markdown).joined(separator: " | ") + " |"
        }
        let rule = header.indices.map { index -> String in
            switch index < alignments.count ? alignments[index] : .left {
            case .left: return "---"
            case .center: return ":---:"
            case .right: return "---:"
            }
        }
        blocks.append(
            ([row(header), "| " + rule.joined(separator: " | ") + " |"] + rows.map(row)).joined(separator: "\n"))
    }

    /// A fenced code block (a Mermaid chart), its lines written as they are;
    /// the fence is longer than any run of backticks inside, so nothing closes it early.
    public mutating func code(_ language: String, _ lines: [String]) {
        var longest = 0
        for line in lines {
            var run = 0
            for character in line {
                run = character == "`" ? run + 1 : 0
                longest = max(longest, run)
            }
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        blocks.append(([fence + language] + lines + [fence]).joined(separator: "\n"))
    }

    /// A horizontal rule.
    public mutating func rule() {
        blocks.append("---")
    }

    public var text: String {
        blocks.joined(separator: "\n\n") + "\n"
    }

    public enum Alignment: Sendable {
        case left, center, right
    }

    public struct ListItem: Sendable {
        public var text: Inline
        public var children: [Inline]

        public init(_ text: Inline, _ children: [Inline] = []) {
            self.text = text
            self.children = children
        }
    }
}
