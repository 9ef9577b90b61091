import Testing

@testable import TandemCore

@Suite struct MermaidTests {
    @Test(arguments: [
        ("Split: 50/50; or #3?", "Split – 50/50, or №3?"),
        ("Essai : une première mission", "Essai – une première mission"),
        ("Pilote\u{202F}: clients ; puis l'offre", "Pilote – clients, puis l'offre"),
        ("Trial:", "Trial"),
        ("Coût × 2 = prix @ l'unité_1 # x", "Coût × 2 = prix @ l'unité_1 x"),
        ("Évaluation à l'été — ça dépendra", "Évaluation à l'été — ça dépendra"),
        ("say \"hi\" `now`", "say 'hi' 'now'"),
        ("<b>x</b> & {y} [z] | w \\ v", "‹b›x‹/b› + (y) (z) / w / v"),
        ("100% %%{init}%%", "100％ ％％(init)％％"),
        ("two\nlines\t here", "two lines here"),
        ("Zoé — Öko · 日本", "Zoé — Öko · 日本"),
        ("", ""),
    ])
    func labelsLoseGrammarCharacters(_ input: String, _ expected: String) {
        #expect(Mermaid.label(input) == expected)
    }

    @Test func longLabelsAreCutAtAWord() {
        #expect(Mermaid.label("Disagreement on how to split a package fee", limit: 26) == "Disagreement on how to…")
        #expect(Mermaid.label("Supercalifragilisticexpialidocious", limit: 10) == "Supercali…")
    }

    @Test func quadrantPointsAreCentredInTheirCell() {
        let texts = Mermaid.QuadrantTexts(
            title: "t", xLow: "a", xHigh: "b", yLow: "c", yHigh: "d", quadrants: ["1", "2", "3", "4"])
        let lines = Mermaid.riskQuadrant(
            texts,
            [
                .init(label: "low", likelihood: 1, impact: 1), .init(label: "top", likelihood: 5, impact: 5),
                .init(label: "again", likelihood: 5, impact: 5), .init(label: "mid", likelihood: 3, impact: 2),
            ])
        #expect(lines.first == "quadrantChart")
        #expect(lines.contains("    x-axis \"a\" --> \"b\""))
        #expect(lines.contains("    quadrant-1 \"1\""))
        #expect(lines.contains("    \"low\": [0.10, 0.10]"))
        // Two in one cell: side by side across its span, on one row.
        #expect(lines.contains("    \"top\": [0.84, 0.90]"))
        #expect(lines.contains("    \"again\": [0.96, 0.90]"))
        // A middle likelihood sits above the midline, inside its fifth.
        #expect(lines.contains("    \"mid\": [0.30, 0.58]"))
    }

    /// Risks rated alike get distinct places in their own cell, at least
    /// four hundredths apart (a short id label fits), and no point of any
    /// rating falls on a line between quadrants.
    @Test(arguments: [1, 2, 3, 5, 7, 9])
    func risksRatedAlikeNeverPileUp(count: Int) {
        for likelihood in 1...5 {
            for impact in 1...5 {
                let points = (0..<count).map {
                    Mermaid.RiskPoint(label: "r\($0)", likelihood: likelihood, impact: impact)
                }
                let places = Mermaid.positions(points)
                for (a, p) in places.enumerated() {
                    #expect(Mermaid.span(of: impact).contains(p.x) && Mermaid.span(of: likelihood).contains(p.y))
                    #expect(p.x != 50 && p.y != 50)
                    for q in places[(a + 1)...] {
                        #expect(abs(p.x - q.x) >= 4 || abs(p.y - q.y) >= 4, "\(likelihood)×\(impact): \(places)")
                    }
                }
            }
        }
    }

    @Test func coordinatesStayInsideWhatTheGrammarReads() {
        for hundredths in [-20, 0, 1, 9, 10, 99, 100, 140] {
            let text = Mermaid.unit(hundredths)
            #expect(text.hasPrefix("0.") && text.count == 4, "\(text)")
        }
    }

    @Test func timelinePeriodsNeverStartWithAKeyword() {
        let lines = Mermaid.timeline(title: "Stages", [("Section two", ["review: soon"]), ("1. Pilot", [])])
        #expect(lines == ["timeline", "    title Stages", "    - Section two : review – soon", "    1. Pilot"])
    }

    @Test func ganttDrawsBarsAndMilestones() {
        let day = { (text: String) in Day(text)! }
        let lines = Mermaid.gantt(
            title: "Stages", section: "Stages",
            [
                .init(name: "1. Pilot", id: "s1", start: day("2026-01-01"), end: day("2026-03-01"), state: .done),
                .init(
                    name: "2026-04-01 launch", id: "s2", start: day("2026-03-01"), end: day("2026-02-01"),
                    state: .planned),
            ])
        #expect(lines.contains("    1. Pilot :done, s1, 2026-01-01, 2026-03-01"))
        #expect(lines.contains("    - 2026-04-01 launch :milestone, s2, 2026-02-01, 0d"))
    }

    /// A stage named with a colon ("Essai : une première mission") keeps
    /// reading as a sentence in the gantt chart, where a colon ends the name.
    @Test func ganttNamesWithAColonStayReadable() {
        let day = { (text: String) in Day(text)! }
        let lines = Mermaid.gantt(
            title: "Étapes", section: "Étapes",
            [
                .init(
                    name: "1. Essai : une première mission", id: "s1", start: day("2026-11-01"), end: day("2027-01-15"),
                    state: .active)
            ])
        #expect(lines.contains("    1. Essai – une première mission :active, s1, 2026-11-01, 2027-01-15"))
    }
}
