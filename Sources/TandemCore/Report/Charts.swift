/// The charts both documents draw, worded from the catalogue.
struct Charts {
    let session: Session
    let t: Wording
    let today: Day

    /// The stage chart (Mermaid and SVG) and the table that says the same.
    func drawStages(_ doc: inout MarkdownDocument) {
        guard let mermaid = stages() else { return }
        doc.chart(mermaid: mermaid, svg: stageCalendar(today: today))
        stageTable(&doc)
    }

    /// The risk chart: points labelled by `label` in Mermaid, ids or numbers
    /// in the cells of the SVG heat map; the caller's table or list after it is the legend.
    func drawRisks(_ doc: inout MarkdownDocument, _ risks: [Risk], label: (Int, Risk) -> String) {
        doc.chart(mermaid: self.risks(risks, label: label), svg: riskHeatMap(risks, label: label))
    }

    /// Where a stage stands on the calendar: from the day the previous one
    /// ended (the first from the day the session began) to the gate that
    /// passed it, or else to its planned review.
    struct StageSpan {
        let number: Int
        let stage: Stage
        let start: Day
        let end: Day?
        let state: Mermaid.Task.State
    }

    func stageSpans() -> [StageSpan] {
        var start = Day(session.createdAt)
        var previousPassed = true
        return session.stages.enumerated().map { index, stage in
            var state = state(of: stage)
            // The first stage not yet passed, after every earlier one was, is the one under way.
            if state == .planned, previousPassed { state = .active }
            previousPassed = previousPassed && state == .done
            let end = state == .done ? stage.gates.last?.date : stage.review
            let span = StageSpan(number: index + 1, stage: stage, start: start, end: end, state: state)
            if let end, end > start { start = end }
            return span
        }
    }

    /// The stages as a gantt chart when every stage has an end (a passing
    /// gate or a review date) — each bar on its real dates, each dated
    /// condition a milestone on its due day — else as a timeline of
    /// numbered stages.
    func stages() -> [String]? {
        guard !session.stages.isEmpty else { return nil }
        let spans = stageSpans()
        if spans.allSatisfy({ $0.end != nil }) {
            var tasks: [Mermaid.Task] = []
            for span in spans {
                let end = span.end ?? span.start
                tasks.append(
                    Mermaid.Task(
                        name: String(span.number) + ". " + span.stage.name, id: "stage" + String(span.number),
                        start: span.start, end: end, state: span.state))
                for (index, condition) in span.stage.entry.enumerated() {
                    guard let due = condition.due else { continue }
                    tasks.append(
                        Mermaid.Task(
                            name: t(
                                "doc.chart.condition", ["stage": String(span.number), "number": String(index + 1)]),
                            id: "stage" + String(span.number) + "c" + String(index + 1), start: due, end: due,
                            state: span.stage.metOn(condition) == nil ? .planned : .done))
                }
            }
            return Mermaid.gantt(title: t("doc.chart.stages"), section: t("doc.chart.stages.section"), tasks)
        }
        let periods = session.stages.enumerated().map { index, stage -> (period: String, events: [String]) in
            var events: [String] = []
            if let review = stage.review { events.append(t("doc.chart.stage.review", ["date": review.description])) }
            if let last = stage.gates.last {
                events.append(
                    t("doc.chart.stage.gate", ["verdict": t(last.verdict.labelKey), "date": last.date.description]))
            }
            return (String(index + 1) + ". " + stage.name, events)
        }
        return Mermaid.timeline(title: t("doc.chart.stages"), periods)
    }

    /// The stage chart as a table, for readers whose renderer draws no chart:
    /// each stage, the day it starts, the day it ends or is reviewed, its state.
    func stageTable(_ doc: inout MarkdownDocument) {
        let spans = stageSpans()
        guard !spans.isEmpty else { return }
        let header = ["doc.col.stage", "doc.col.from", "doc.col.until", "doc.col.state"].map {
            Inline(t($0).sentenceCased)
        }
        doc.table(
            header,
            spans.map { span in
                [
                    Inline(String(span.number) + ". " + span.stage.name), Inline(span.start.description),
                    Inline(span.end?.description ?? "—"), Inline(t(stateKey(span))),
                ]
            })
    }

    func stateKey(_ span: StageSpan) -> String {
        switch span.state {
        case .done: return "doc.chart.state.done"
        case .active: return span.stage.gates.last?.verdict == .hold ? "doc.chart.state.hold" : "doc.chart.state.active"
        case .planned: return "doc.chart.state.planned"
        }
    }

    /// Done when the last gate said advance; under way when a gate is open or held.
    private func state(of stage: Stage) -> Mermaid.Task.State {
        if stage.draft != nil { return .active }
        switch stage.gates.last?.verdict {
        case .advance?, .rescale?: return .done
        case .hold?, .renegotiate?, .end?: return .active
        case nil: return .planned
        }
    }

    /// The rated risks not closed as a quadrant chart, labelled by `label`; nil when none is rated.
    func risks(_ risks: [Risk], label: (Int, Risk) -> String) -> [String]? {
        let points = risks.enumerated().compactMap { index, risk -> Mermaid.RiskPoint? in
            guard risk.status != .closed, let likelihood = risk.likelihood, let impact = risk.impact else { return nil }
            return Mermaid.RiskPoint(label: label(index, risk), likelihood: likelihood, impact: impact)
        }
        guard !points.isEmpty else { return nil }
        let texts = Mermaid.QuadrantTexts(
            title: t("doc.chart.risks"), xLow: t("doc.chart.impact.low"), xHigh: t("doc.chart.impact.high"),
            yLow: t("doc.chart.likelihood.low"), yHigh: t("doc.chart.likelihood.high"),
            quadrants: (1...4).map { t("doc.chart.quadrant.\($0)") })
        return Mermaid.riskQuadrant(texts, points)
    }

    /// The declared phases as a timeline: the date, the phase, its note.
    func phases() -> [String]? {
        guard !session.phases.isEmpty else { return nil }
        let periods = session.phases.map { entry -> (period: String, events: [String]) in
            (entry.date.description, [t(entry.phase.labelKey).sentenceCased] + (entry.note.isEmpty ? [] : [entry.note]))
        }
        return Mermaid.timeline(title: t("doc.chart.phases"), periods)
    }
}
