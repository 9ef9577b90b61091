import TandemCore

extension Shell {
    /// `phase`: the timeline, what usually happens in the current phase and
    /// what to do now, then the signals in the session that do not fit it.
    func showPhase() {
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
        for signal in analysis.signals {
            for (i, text) in Self.wordLines(phaseSignalText(signal, session), width: 76).enumerated() {
                line((i == 0 ? "  - " : "    ") + text)
            }
        }
        offer(analysis.signals.flatMap { phaseSuggestions($0, session) })
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
        days == 0 ? t("phase.today") : t(days == 1 ? "phase.day" : "phase.days", ["count": String(days)])
    }

    private func stageName(_ id: String, _ session: Session) -> String {
        session.stages.first { $0.id == id }?.name ?? id
    }

    private func phaseSignalText(_ signal: PhaseSignal, _ session: Session) -> String {
        switch signal {
        case .criticalRisks(let ids):
            return t("phase.signal.critical", ["list": spokenList(ids)])
        case .heldGates(let gates):
            let list = gates.map {
                t(
                    "phase.signal.gate.item",
                    [
                        "stage": stageName($0.stage, session), "verdict": t($0.verdict.labelKey),
                        "date": $0.date.description,
                    ])
            }
            return t("phase.signal.gates", ["list": spokenList(list)])
        case .perceptionGaps(let gaps):
            let list = gaps.map {
                t(
                    "phase.signal.gap.item",
                    [
                        "ingredient": t($0.ingredient.labelKey), "low": session.ownerName($0.low.partner),
                        "lowScore": String($0.low.score),
                        "high": session.ownerName($0.high.partner), "highScore": String($0.high.score),
                    ])
            }
            return t("phase.signal.gaps", ["list": list.joined(separator: t("offer.separator"))])
        case .healthConcerns(let ingredients):
            return t("phase.signal.concerns", ["list": spokenList(ingredients.map { t($0.labelKey) })])
        case .overdueActions(let ids):
            return t("phase.signal.overdue", ["list": spokenList(ids)])
        case .unansweredExpectations(let ids):
            return t("phase.signal.unanswered", ["list": spokenList(ids)])
        case .crisisUndescribed:
            return t("phase.signal.undescribed")
        case .stale(let days):
            return t("phase.signal.stale", ["days": dayCount(days)])
        }
    }

    /// The actions each signal calls for, worded for `offer`.
    private func phaseSuggestions(_ signal: PhaseSignal, _ session: Session) -> [String] {
        switch signal {
        case .criticalRisks(let ids):
            return [t("suggest.phase.critical", ["list": spokenList(ids)])]
        case .heldGates(let gates):
            return gates.map { gate in
                switch gate.verdict {
                case .hold, .advance: return t("suggest.phase.hold", ["stage": stageName(gate.stage, session)])
                case .exit: return t("suggest.phase.exit", ["stage": stageName(gate.stage, session)])
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
            return [t("suggest.phase.overdue", ["list": spokenList(ids)])]
        case .unansweredExpectations(let ids):
            return [t("suggest.phase.unanswered", ["list": spokenList(ids)])]
        case .crisisUndescribed:
            return [t("suggest.phase.describe")]
        case .stale:
            return [t("suggest.phase.review")]
        }
    }
}
