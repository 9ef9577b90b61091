/// The charts of the HTML documents, drawn by Tandem as inline SVG: the
/// risk heat map with ids in its cells and a legend of bands, the needs ×
/// partners matrix, the stages on a calendar. Nothing is loaded from
/// anywhere; a table after each chart says the same in words.
extension Charts {
    static let bandColours = ["#d7eed0", "#fff0b0", "#fcc78e", "#f29a9a"]
    static let coverageColours = ["#f3f3f3", "#dbe8f6", "#9ec3ea", "#4f8fd6"]

    /// Likelihood up, impact across; each cell in its band's colour with the
    /// labels of the risks in it. Nil when no open risk is rated.
    func riskHeatMap(_ risks: [Risk], label: (Int, Risk) -> String) -> String? {
        var cells = Array(repeating: Array(repeating: [String](), count: 5), count: 5)
        for (index, risk) in risks.enumerated() {
            guard risk.status != .closed, let likelihood = risk.likelihood, let impact = risk.impact else { continue }
            cells[min(5, max(1, likelihood)) - 1][min(5, max(1, impact)) - 1].append(label(index, risk))
        }
        guard cells.joined().contains(where: { !$0.isEmpty }) else { return nil }
        let (left, top, w, h) = (104, 34, 104, 58)
        var svg = SVG(width: left + 5 * w + 16, height: top + 5 * h + 78, label: t("doc.chart.risks"))
        svg.text(t("doc.chart.risks"), x: left, y: 20, size: 14, bold: true)
        for likelihood in 1...5 {
            let y = top + (5 - likelihood) * h
            svg.text(String(likelihood), x: left - 10, y: y + h / 2 + 4, anchor: .end)
            for impact in 1...5 {
                let x = left + (impact - 1) * w
                let band = RiskAnalysis.band(likelihood: likelihood, impact: impact)
                svg.rect(x: x, y: y, width: w, height: h, fill: Self.bandColours[band.rawValue])
                let labels = cells[likelihood - 1][impact - 1]
                let rows = stride(from: 0, to: labels.count, by: 4).map {
                    labels[$0..<min(labels.count, $0 + 4)].joined(separator: " ")
                }
                let shown = rows.count > 3 ? Array(rows.prefix(2)) + ["+" + String(labels.count - 8)] : rows
                let first = y + h / 2 + 4 - (shown.count - 1) * 7
                for (row, text) in shown.enumerated() {
                    svg.text(text, x: x + w / 2, y: first + row * 14, anchor: .middle, bold: true)
                }
            }
        }
        for impact in 1...5 {
            svg.text(String(impact), x: left + (impact - 1) * w + w / 2, y: top + 5 * h + 16, anchor: .middle)
        }
        svg.text(t("risks.map.impact").sentenceCased + " →", x: left + 5 * w / 2, y: top + 5 * h + 34, anchor: .middle)
        svg.text(t("risks.map.likelihood").sentenceCased + " ↑", x: 8, y: top + 12)
        var x = left
        for band in RiskBand.allCases {
            svg.rect(
                x: x, y: top + 5 * h + 48, width: 14, height: 14, fill: Self.bandColours[band.rawValue],
                stroke: "#999999")
            let name = t(band.labelKey)
            svg.text(name, x: x + 20, y: top + 5 * h + 60)
            x += 34 + name.count * 7
        }
        return svg.markup
    }

    /// Needs down, partners across; each cell shaded by how well the
    /// partner covers the need (0 to 3), with its score. Nil without both.
    func coverageMatrix() -> String? {
        guard !session.needs.isEmpty, !session.partners.isEmpty else { return nil }
        let names = session.needs.map { $0.critical ? t("doc.need.critical", ["need": $0.name]) : $0.name }
        let left = min(340, 16 + (names.map(\.count).max() ?? 8) * 7)
        let (top, w, h) = (48, 96, 30)
        let columns = session.partners.count
        var svg = SVG(
            width: left + columns * w + 16, height: top + session.needs.count * h + 44, label: t("doc.chart.map"))
        svg.text(t("doc.chart.map"), x: 8, y: 20, size: 14, bold: true)
        for (column, partner) in session.partners.enumerated() {
            let name = partner.name.count > 14 ? String(partner.name.prefix(13)) + "…" : partner.name
            svg.text(name, x: left + column * w + w / 2, y: top - 8, anchor: .middle, bold: true)
        }
        for (row, need) in session.needs.enumerated() {
            let y = top + row * h
            // The table after the chart has every name whole.
            let room = (left - 16) / 7
            let name = names[row].count > room ? String(names[row].prefix(room - 1)) + "…" : names[row]
            svg.text(name, x: left - 8, y: y + h / 2 + 4, anchor: .end)
            for (column, partner) in session.partners.enumerated() {
                let score = session.rating(partner: partner.id, need: need.id)?.score
                let x = left + column * w
                svg.rect(x: x, y: y, width: w, height: h, fill: Self.coverageColours[min(3, max(0, score ?? 0))])
                svg.text(
                    score.map(String.init) ?? "—", x: x + w / 2, y: y + h / 2 + 4, anchor: .middle,
                    fill: (score ?? 0) >= 3 ? "#ffffff" : "#222222")
            }
        }
        var x = 8
        let legendY = top + session.needs.count * h + 22
        for score in 0...3 {
            svg.rect(x: x, y: legendY, width: 14, height: 14, fill: Self.coverageColours[score], stroke: "#999999")
            let name = String(score) + " " + (Coverage(score: score).map { t($0.labelKey) } ?? "")
            svg.text(name, x: x + 20, y: legendY + 12)
            x += 34 + name.count * 7
        }
        return svg.markup
    }

    /// The stages on a calendar: each bar from its start to its end (the
    /// gate that passed it, or its review), dated conditions as diamonds
    /// (filled once met), today as a dashed line. Nil unless every stage has an end.
    func stageCalendar(today: Day) -> String? {
        let spans = stageSpans()
        guard !spans.isEmpty, spans.allSatisfy({ $0.end != nil }) else { return nil }
        let dues = spans.flatMap { $0.stage.entry.compactMap(\.due) }
        let first = (spans.map(\.start) + dues).min() ?? today
        let last = max((spans.compactMap(\.end) + dues).max() ?? today, first.adding(days: 1))
        let (left, top, plot, row) = (12, 52, 700, 50)
        let total = last.ordinal - first.ordinal
        func x(_ day: Day) -> Int { left + (day.ordinal - first.ordinal) * plot / total }
        var svg = SVG(width: left + plot + 16, height: top + spans.count * row + 40, label: t("doc.chart.stages"))
        svg.text(t("doc.chart.stages"), x: left, y: 20, size: 14, bold: true)
        // A tick on the first of each month (every third when the span is long), labelled year-month.
        let months = (last.year - first.year) * 12 + last.month - first.month
        let step = months > 12 ? 3 : 1
        var tick = Day(year: first.year, month: first.month, day: 1) ?? first
        while tick <= last {
            if tick >= first {
                svg.line(x1: x(tick), y1: top - 6, x2: x(tick), y2: top + spans.count * row, stroke: "#e2e2e2")
                svg.text(String(tick.description.prefix(7)), x: x(tick) + 2, y: top - 10, size: 10, fill: "#666666")
            }
            tick = tick.adding(months: step)
        }
        for (index, span) in spans.enumerated() {
            let y = top + index * row
            let end = span.end ?? span.start
            svg.text(String(span.number) + ". " + span.stage.name, x: left, y: y + 16, bold: true)
            svg.rect(
                x: x(span.start), y: y + 22, width: max(3, x(end) - x(span.start)), height: 16,
                fill: stateColour(span), stroke: "#555555")
            for condition in span.stage.entry {
                guard let due = condition.due else { continue }
                svg.diamond(
                    x: x(due), y: y + 30, size: 6, fill: span.stage.metOn(condition) == nil ? "#ffffff" : "#2e7d32")
            }
        }
        if today >= first, today <= last {
            svg.line(
                x1: x(today), y1: top - 4, x2: x(today), y2: top + spans.count * row, stroke: "#c62828", dashed: true)
            svg.text(t("doc.chart.today"), x: x(today) + 3, y: top + spans.count * row + 14, size: 10, fill: "#c62828")
        }
        return svg.markup
    }

    private func stateColour(_ span: StageSpan) -> String {
        switch span.state {
        case .done: return "#a5d6a7"
        case .active: return span.stage.gates.last?.verdict == .hold ? "#ffe082" : "#90caf9"
        case .planned: return "#e0e0e0"
        }
    }
}
