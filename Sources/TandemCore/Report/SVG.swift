/// A small SVG drawing built element by element; every text and attribute
/// value goes through `HTML.escape`, so what a user typed stays text. The
/// drawing has a `viewBox` and scales to the width of the page.
struct SVG {
    let width: Int
    let height: Int
    let label: String
    private var elements: [String] = []

    init(width: Int, height: Int, label: String) {
        self.width = width
        self.height = height
        self.label = label
    }

    mutating func rect(x: Int, y: Int, width: Int, height: Int, fill: String, stroke: String = "#ffffff") {
        elements.append(
            "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(max(0, width))\" height=\"\(max(0, height))\" fill=\"\(fill)\" "
                + "stroke=\"\(stroke)\"/>")
    }

    mutating func line(x1: Int, y1: Int, x2: Int, y2: Int, stroke: String = "#888888", dashed: Bool = false) {
        elements.append(
            "<line x1=\"\(x1)\" y1=\"\(y1)\" x2=\"\(x2)\" y2=\"\(y2)\" stroke=\"\(stroke)\""
                + (dashed ? " stroke-dasharray=\"4 3\"" : "") + "/>")
    }

    /// A diamond centred on (x, y): a milestone.
    mutating func diamond(x: Int, y: Int, size: Int, fill: String) {
        let points = "\(x),\(y - size) \(x + size),\(y) \(x),\(y + size) \(x - size),\(y)"
        elements.append("<polygon points=\"\(points)\" fill=\"\(fill)\" stroke=\"#333333\"/>")
    }

    enum Anchor: String { case start, middle, end }

    mutating func text(
        _ text: String, x: Int, y: Int, size: Int = 12, anchor: Anchor = .start, bold: Bool = false,
        fill: String = "#222222"
    ) {
        elements.append(
            "<text x=\"\(x)\" y=\"\(y)\" font-size=\"\(size)\" text-anchor=\"\(anchor.rawValue)\" fill=\"\(fill)\""
                + (bold ? " font-weight=\"bold\"" : "") + ">" + HTML.escape(Markdown.oneLine(text)) + "</text>")
    }

    var markup: String {
        ([
            "<svg viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\""
                + HTML.escape(Markdown.oneLine(label)) + "\" font-family=\"sans-serif\">"
        ]
            + ["<title>" + HTML.escape(Markdown.oneLine(label)) + "</title>"] + elements + ["</svg>"])
            .joined(separator: "\n")
    }
}
