/// The charts both documents draw, worded from the catalogue.
struct Charts {
    let session: Session
    let t: Wording

    /// The stages as a gantt chart when every stage has a review date (each
    /// bar from the end of the previous one, the first from the day the
    /// session began), else as a timeline of numbered stages.
    func stages() -> [String]? {
        guard !session.stages.isEmpty else { return nil }
        let reviews = session.stages.compactMap(\.review)
        if reviews.count == session.stages.count {
            var start = Day(session.createdAt)
            var tasks: [Mermaid.Task] = []
            for (index, stage) in session.stages.enumerated() {
                let end = stage.review ?? start
                tasks.append(
                    Mermaid.Task(
                        name: String(index + 1) + ". " + stage.name, id: "stage" + String(index + 1), start: start,
                        end: end,
                        state: state(of: stage)))
                if end > start { start = end }
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
