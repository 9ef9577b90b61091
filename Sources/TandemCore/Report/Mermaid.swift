/// Mermaid charts as lines of source, for fenced `mermaid` blocks. Every
/// label goes through `label`, so text typed by a user can neither break a
/// chart's grammar nor the Markdown fence around it.
public enum Mermaid {
    /// `text` as a label every Mermaid diagram accepts: on one line, without
    /// the characters its grammars give a meaning to (`:` and `;` separate,
    /// `#` and `%%` start comments, quotes, brackets, backticks, HTML), cut
    /// to `limit` characters. Letters of any script (accents included) are
    /// kept, and what replaces a character still reads naturally in English
    /// and French: a colon becomes a dash ("Trial: first clients" and "Essai :
    /// premiers clients" give "Trial – first clients", "Essai – premiers
    /// clients"), a semicolon a comma with no space before it, `#3` is `№3`.
    public static func label(_ text: String, limit: Int = 40) -> String {
        var out = ""
        var pendingSpace = false
        let characters = Array(text.inert)
        for (index, character) in characters.enumerated() {
            let mapped: String
            if character.isLetter || character.isNumber {
                mapped = String(character)
            } else if character.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            } else {
                switch character {
                case ".", ",", "'", "’", "-", "(", ")", "/", "+", "?", "!", "€", "$", "£", "°", "…", "–", "—", "«", "»",
                    "×", "=",
                    "@", "_", "·":
                    mapped = String(character)
                case "\"", "`", "´": mapped = "'"
                case ":":
                    // A dash between spaces, whatever the spacing typed around the colon.
                    if !out.isEmpty, characters[(index + 1)...].contains(where: { !$0.isWhitespace }) {
                        pendingSpace = false
                        out += " –"
                        pendingSpace = true
                    }
                    continue
                case ";":
                    mapped = ","
                    pendingSpace = false
                case "#" where characters.indices.contains(index + 1) && characters[index + 1].isNumber: mapped = "№"
                case "[", "{": mapped = "("
                case "]", "}": mapped = ")"
                case "<": mapped = "‹"
                case ">": mapped = "›"
                case "|", "\\": mapped = "/"
                case "&": mapped = "+"
                case "%": mapped = "％"
                default: mapped = " "
                }
            }
            if mapped == " " {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out += " " }
            pendingSpace = false
            out += mapped
        }
        while out.hasSuffix(" –") { out.removeLast(2) }
        guard out.count > limit else { return out }
        // Cut at a space when one falls in the second half, so words stay whole.
        var cut = String(out.prefix(max(1, limit - 1)))
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) >= limit / 2 {
            cut = String(cut[..<space])
        }
        while let last = cut.last, last == " " || last == "," || last == "." || last == "–" { cut.removeLast() }
        return cut + "…"
    }

    /// A point of the risk chart: likelihood and impact on the 1–5 scale.
    public struct RiskPoint: Equatable, Sendable {
        public var label: String
        public var likelihood: Int
        public var impact: Int
    }

    /// The texts around a quadrant chart.
    public struct QuadrantTexts: Sendable {
        public var title: String
        public var xLow: String, xHigh: String
        public var yLow: String, yHigh: String
        /// Top right, top left, bottom left, bottom right (Mermaid's order).
        public var quadrants: [String]
    }

    /// Risks as a `quadrantChart`: impact across, likelihood up, each scale
    /// step in its fifth of the axis. Label points by something short (an
    /// id, a number) and give the legend beside the chart: long labels of
    /// risks rated alike pile up. Risks in one cell are laid out on a small
    /// grid inside it, so none hides another, and a middle rating (3) sits
    /// in the upper part of its fifth, never on the line between quadrants.
    public static func riskQuadrant(_ texts: QuadrantTexts, _ points: [RiskPoint]) -> [String] {
        func quoted(_ text: String) -> String { "\"" + label(text, limit: 60) + "\"" }
        var lines = [
            "quadrantChart",
            "    title " + label(texts.title, limit: 80),
            "    x-axis " + quoted(texts.xLow) + " --> " + quoted(texts.xHigh),
            "    y-axis " + quoted(texts.yLow) + " --> " + quoted(texts.yHigh),
        ]
        for (index, text) in texts.quadrants.prefix(4).enumerated() {
            lines.append("    quadrant-\(index + 1) " + quoted(text))
        }
        for (point, position) in zip(points, positions(points)) {
            lines.append("    " + quoted(point.label) + ": [" + unit(position.x) + ", " + unit(position.y) + "]")
        }
        return lines
    }

    /// Where each point is drawn, in hundredths of each axis: the points of
    /// one cell (likelihood × impact) on a grid of up to three columns that
    /// fills the cell's usable span.
    static func positions(_ points: [RiskPoint]) -> [(x: Int, y: Int)] {
        var cells: [Int: [Int]] = [:]
        for (index, point) in points.enumerated() {
            cells[clamped(point.likelihood) * 10 + clamped(point.impact), default: []].append(index)
        }
        var out = Array(repeating: (x: 0, y: 0), count: points.count)
        for (cell, members) in cells {
            let columns = min(3, members.count)
            let rows = (members.count + columns - 1) / columns
            let x = span(of: cell % 10)
            let y = span(of: cell / 10)
            for (k, index) in members.enumerated() {
                // Rows fill from the top of the cell down, columns left to right.
                out[index] = (spread(k % columns, columns, x), spread(rows - 1 - k / columns, rows, y))
            }
        }
        return out
    }

    private static func clamped(_ rating: Int) -> Int { min(5, max(1, rating)) }

    /// The hundredths a rating's points may use, twelve wide, in order along
    /// the axis; the middle rating sits just past the midline (a medium
    /// rating calls for attention), so no point lies on a quadrant's edge.
    static func span(of rating: Int) -> ClosedRange<Int> {
        let starts = [4, 24, 52, 68, 84]
        let start = starts[clamped(rating) - 1]
        return start...start + 12
    }

    /// The `index`-th of `count` positions spread evenly over `span` (one alone in its middle).
    private static func spread(_ index: Int, _ count: Int, _ span: ClosedRange<Int>) -> Int {
        guard count > 1 else { return (span.lowerBound + span.upperBound) / 2 }
        return span.lowerBound + (span.upperBound - span.lowerBound) * index / (count - 1)
    }

    /// Words that open a statement in the timeline and gantt grammars; a
    /// period or task named so gets a dash in front.
    static let keywords = [
        "timeline", "title", "section", "click", "call", "href", "gantt", "dateformat", "axisformat", "tickinterval",
        "includes", "excludes", "todaymarker", "weekday", "inclusiveenddates", "topaxis", "acctitle", "accdescr",
    ]

    /// A label that may start a line of a timeline or gantt chart; in a
    /// gantt chart (`gantt: true`) a leading date would be read as one too.
    static func statementLabel(_ text: String, limit: Int, gantt: Bool = false) -> String {
        let cut = label(text, limit: limit)
        let lowered = cut.lowercased()
        let startsWithKeyword = keywords.contains { lowered.hasPrefix($0) }
        let startsWithDate = gantt && cut.prefix(4).allSatisfy(\.isNumber) && cut.dropFirst(4).first == "-"
        return startsWithKeyword || startsWithDate ? "- " + cut : cut
    }

    /// Hundredths as Mermaid's quadrant grammar wants them: `0.07`, `0.5`, never `1.0`.
    static func unit(_ hundredths: Int) -> String {
        let h = min(99, max(1, hundredths))
        return "0." + (h < 10 ? "0" : "") + String(h)
    }

    /// A `timeline`: each period (a date, a numbered stage) with its events.
    public static func timeline(title: String, _ periods: [(period: String, events: [String])]) -> [String] {
        var lines = ["timeline", "    title " + label(title, limit: 80)]
        for entry in periods {
            let period = statementLabel(entry.period, limit: 40)
            let events = entry.events.map { label($0, limit: 60) }.filter { !$0.isEmpty }
            lines.append("    " + ([period.isEmpty ? "…" : period] + events).joined(separator: " : "))
        }
        return lines
    }

    /// A bar of a `gantt` chart.
    public struct Task: Equatable, Sendable {
        public enum State: Sendable { case done, active, planned }
        public var name: String
        public var id: String
        public var start: Day
        public var end: Day
        public var state: State
    }

    /// A `gantt` chart of dated tasks; a task that does not end after it
    /// starts is drawn as a milestone on its end date.
    public static func gantt(title: String, section: String, _ tasks: [Task]) -> [String] {
        var lines = [
            "gantt", "    title " + label(title, limit: 80), "    dateFormat YYYY-MM-DD",
            "    section " + label(section, limit: 40),
        ]
        for task in tasks {
            var tags: [String] = []
            switch task.state {
            case .done: tags.append("done")
            case .active: tags.append("active")
            case .planned: break
            }
            let id = String(task.id.filter { $0.isASCII && ($0.isLetter || $0.isNumber) })
            let name = statementLabel(task.name, limit: 40, gantt: true)
            if task.end > task.start {
                tags += [id, task.start.description, task.end.description]
            } else {
                tags += ["milestone", id, task.end.description, "0d"]
            }
            lines.append("    " + (name.isEmpty ? id : name) + " :" + tags.joined(separator: ", "))
        }
        return lines
    }
}
