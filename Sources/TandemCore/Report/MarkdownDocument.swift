/// A document built block by block — headings, paragraphs, lists, tables,
/// charts — rendered as Markdown (`text`) or as one self-contained HTML page
/// (`HTMLPage`). Every block takes `Inline` values, so user text is escaped
/// for whichever format renders it.
public struct MarkdownDocument: Sendable {
    enum Block: Sendable {
        case metadata(title: String, language: String)
        case heading(Int, Inline)
        case paragraph(Inline)
        case list([ListItem], numbered: Bool)
        case table([Inline], [[Inline]], [Alignment])
        /// A chart: Mermaid source for Markdown, an SVG drawing for HTML;
        /// either may be missing (the table after it says the same).
        case chart(mermaid: [String]?, svg: String?)
        case rule
    }

    private(set) var blocks: [Block] = []

    public init() {}

    /// A YAML metadata block for pandoc (`pagetitle`, `lang`), first in the
    /// document: pandoc then converts to HTML or DOCX without asking for a
    /// title, and GitHub shows it as a small table. In HTML, the page's
    /// title and language.
    public mutating func metadata(title: String, language: String) {
        blocks.append(.metadata(title: title, language: language))
    }

    /// A heading, level 1 to 6.
    public mutating func heading(_ level: Int, _ text: Inline) {
        blocks.append(.heading(min(6, max(1, level)), text))
    }

    public mutating func heading(_ level: Int, _ text: String) {
        heading(level, Inline(text))
    }

    public mutating func paragraph(_ text: Inline) {
        guard !text.isEmpty else { return }
        blocks.append(.paragraph(text))
    }

    public mutating func paragraph(_ text: String) {
        paragraph(Inline(text))
    }

    /// A bulleted (or numbered) list; each item may carry sub-items, one level deep.
    public mutating func list(_ items: [ListItem], numbered: Bool = false) {
        guard !items.isEmpty else { return }
        blocks.append(.list(items, numbered: numbered))
    }

    public mutating func list(_ items: [Inline], numbered: Bool = false) {
        list(items.map { ListItem($0) }, numbered: numbered)
    }

    /// A table; rows shorter than the header are padded with empty cells.
    public mutating func table(_ header: [Inline], _ rows: [[Inline]], alignments: [Alignment] = []) {
        guard !header.isEmpty else { return }
        let padded = rows.map { cells in
            Array(
                (cells + Array(repeating: Inline.empty, count: max(0, header.count - cells.count))).prefix(header.count)
            )
        }
        blocks.append(.table(header, padded, alignments))
    }

    /// A Mermaid chart (its lines written as they are, in a fenced block)
    /// and, for HTML, the same chart drawn as SVG.
    public mutating func chart(mermaid: [String]?, svg: String? = nil) {
        guard mermaid != nil || svg != nil else { return }
        blocks.append(.chart(mermaid: mermaid, svg: svg))
    }

    /// A horizontal rule.
    public mutating func rule() {
        blocks.append(.rule)
    }

    /// The Markdown: blocks separated by one blank line, a single newline at the end.
    public var text: String {
        blocks.compactMap(Self.markdown).joined(separator: "\n\n") + "\n"
    }

    private static func markdown(_ block: Block) -> String? {
        switch block {
        case .metadata(let title, let language):
            // A double-quoted YAML string on one line, so nothing typed can end it.
            var quoted = ""
            for character in Markdown.oneLine(title) {
                switch character {
                case "\\": quoted += "\\\\"
                case "\"": quoted += "\\\""
                default: quoted.append(character)
                }
            }
            return ["---", "pagetitle: \"" + quoted + "\"", "lang: " + language, "---"].joined(separator: "\n")
        case .heading(let level, let text):
            return String(repeating: "#", count: level) + " " + text.markdown
        case .paragraph(let text):
            return text.markdown
        case .list(let items, let numbered):
            return items.enumerated().map { index, item in
                let marker = numbered ? String(index + 1) + ". " : "- "
                let indent = String(repeating: " ", count: marker.count)
                return ([marker + item.text.markdown] + item.children.map { indent + "- " + $0.markdown })
                    .joined(separator: "\n")
            }.joined(separator: "\n")
        case .table(let header, let rows, let alignments):
            func row(_ cells: [Inline]) -> String {
                "| " + cells.map(\.markdown).joined(separator: " | ") + " |"
            }
            let rule = header.indices.map { index -> String in
                switch index < alignments.count ? alignments[index] : .left {
                case .left: return "---"
                case .center: return ":---:"
                case .right: return "---:"
                }
            }
            return ([row(header), "| " + rule.joined(separator: " | ") + " |"] + rows.map(row)).joined(separator: "\n")
        case .chart(let mermaid, _):
            guard let mermaid else { return nil }
            return fenced("mermaid", mermaid)
        case .rule:
            return "---"
        }
    }

    /// A fenced code block, its lines written as they are; the fence is
    /// longer than any run of backticks inside, so nothing closes it early.
    static func fenced(_ language: String, _ lines: [String]) -> String {
        var longest = 0
        for line in lines {
            var run = 0
            for character in line {
                run = character == "`" ? run + 1 : 0
                longest = max(longest, run)
            }
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return ([fence + language] + lines + [fence]).joined(separator: "\n")
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
