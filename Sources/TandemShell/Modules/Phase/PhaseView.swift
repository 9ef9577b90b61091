import TandemCore

extension Shell {
    /// `phase`: the timeline, what usually happens in the current phase and
    /// what to do now, then the signals in the session that do not fit it
    /// (with actions offered, except inside `report`, which only shows).
    func showPhase(offering: Bool = true) {
        guard let session = current?.session else { return }
        let today = Day(now)
        let analysis = PhaseAnalysis(session, today: today)
        say("phase.title", [:], .heading)
        guard let current = analysis.current, let span = analysis.timeline.last else {
            paragraph("phase.none")
            let indent = String(repeating: " ", count: 2 + phaseWidth + 2)
            for phase in Phase.allCases {
                for (i, part) in Self.wordLines(t("phase.short.\(phase.rawValue)"), width: 80 - indent.count)
                    .enumerated()
                {
                    line((i == 0 ? "  " + t(phase.labelKey).fitted(to: phaseWidth) + "  " : indent) + part)
                }
            }
            paragraph("phase.none.next", [:], .dim)
            return
        }
        phaseTimeline(analysis)
        line("")
        say(
            "phase.current",
            ["phase": t(current.phase.labelKey), "date": current.date.description, "days": dayCount(span.days)],
            .heading)
        say("phase.about.\(current.phase.rawValue)")
        say("phase.advice.\(current.phase.rawValue)")
        line("")
        guard !analysis.signals.isEmpty else {
            say("phase.signals.none", [:], .success)
            return
        }
        say("phase.signals", ["phase": t(current.phase.labelKey)], .warning)
        for finding in Findings.phase(analysis, session, wording) { findingLine(finding) }
        if offering { offer(analysis.signals.flatMap { phaseSuggestions($0, session) }, origin: "phase") }
    }

    private var phaseWidth: Int { Phase.allCases.map { t($0.labelKey).displayWidth }.max() ?? 0 }

    private func phaseTimeline(_ analysis: PhaseAnalysis) {
        let lengths = analysis.timeline.map { dayCount($0.days) }
        let lengthWidth = lengths.map(\.displayWidth).max() ?? 0
        let noteWidth = 80 - (2 + 10 + 2 + phaseWidth + 2 + lengthWidth + 2)
        for (span, length) in zip(analysis.timeline, lengths) {
            let head =
                "  " + span.entry.date.description + "  " + t(span.entry.phase.labelKey).fitted(to: phaseWidth) + "  "
                + String(repeating: " ", count: lengthWidth - length.displayWidth) + length
            let note = span.end == nil && span.entry.note.isEmpty ? t("phase.now") : span.entry.note
            let lines = Self.wordLines(note, width: max(16, noteWidth))
            line(head + (lines.first.map { $0.isEmpty ? "" : "  " + $0 } ?? ""))
            for more in lines.dropFirst() { line(String(repeating: " ", count: 80 - max(16, noteWidth)) + more) }
        }
    }

    /// "today", "1 day", "12 days".
    func dayCount(_ days: Int) -> String {
        wording.days(days)
    }

    /// The actions each signal calls for, worded for `offer` with the items'
    /// own texts, not their ids: an action outlives the ids it would name.
    private func phaseSuggestions(_ signal: PhaseSignal, _ session: Session) -> [String] {
        // Whole texts: an accepted suggestion becomes an action, and nothing is stored cut.
        func quoted(_ texts: [String]) -> String {
            spokenList(texts.map { "\"" + $0 + "\"" })
        }
        switch signal {
        case .criticalRisks(let ids):
            let texts = ids.compactMap { id in session.risks.first { $0.id == id }?.text }
            return [t("suggest.phase.critical", ["list": quoted(texts)])]
        case .heldGates(let gates):
            return gates.map { gate in
                switch gate.verdict {
                case .hold, .advance: return t("suggest.phase.hold", ["stage": session.stageName(gate.stage)])
                case .exit: return t("suggest.phase.exit", ["stage": session.stageName(gate.stage)])
                }
            }
        case .perceptionGaps(let gaps):
            return healthSuggestions(
                HealthAnalysis(session).topics.filter { topic in gaps.contains { $0.ingredient == topic.ingredient } },
                session)
        case .healthConcerns(let ingredients):
            return healthSuggestions(
                HealthAnalysis(session).topics.filter { ingredients.contains($0.ingredient) }, session)
        case .overdueActions(let ids):
            let texts = ids.compactMap { id in session.actions.first { $0.id == id }?.text }
            return [t("suggest.phase.overdue", ["list": quoted(texts)])]
        case .unansweredExpectations(let ids):
            let texts = ids.compactMap { id in session.expectations.first { $0.id == id }?.text }
            return [t("suggest.phase.unanswered", ["list": quoted(texts)])]
        case .scanFlags(let reasons):
            return [t("suggest.phase.scan", ["list": spokenList(reasons.map { t($0.labelKey) })])]
        case .crisisUndescribed:
            return [t("suggest.phase.describe")]
        case .stale:
            return [t("suggest.phase.review")]
        }
    }
}
