import TandemCore

extension Shell {
    /// `phase`: the phase view of the open session.
    func showPhase(offer: SuggestionOffer = .list) {
        guard let session = current?.session else { return }
        PhaseView(shell: self, session: session).render(offer: offer)
    }

    /// "today", "1 day", "12 days".
    func dayCount(_ days: Int) -> String {
        wording.days(days)
    }
}

/// `phase`: the timeline, what usually happens in the current phase and what
/// to do now, then the signals in the session that do not fit it (with
/// actions offered, except inside `report`, which only shows).
struct PhaseView {
    let shell: Shell
    let session: Session

    func render(offer: SuggestionOffer = .list) {
        let analysis = PhaseAnalysis(session, today: Day(shell.now))
        shell.say("phase.title", [:], .heading)
        guard let current = analysis.current, let span = analysis.timeline.last else {
            shell.paragraph("phase.none")
            let indent = String(repeating: " ", count: 2 + phaseWidth + 2)
            for phase in Phase.allCases {
                for (i, part) in Shell.wordLines(shell.t("phase.short.\(phase.rawValue)"), width: 80 - indent.count)
                    .enumerated()
                {
                    shell.line((i == 0 ? "  " + shell.t(phase.labelKey).fitted(to: phaseWidth) + "  " : indent) + part)
                }
            }
            shell.paragraph("phase.none.next", [:], .dim)
            voices(analysis)
            return
        }
        phaseTimeline(analysis)
        shell.line("")
        shell.say(
            "phase.current",
            [
                "phase": shell.t(current.phase.labelKey), "date": shell.wording.date(current.date),
                "days": shell.dayCount(span.days),
            ],
            .heading)
        shell.say("phase.about.\(current.phase.rawValue)")
        shell.say("phase.advice.\(current.phase.rawValue)")
        shell.line("")
        voices(analysis)
        guard !analysis.signals.isEmpty else {
            shell.say("phase.signals.none", [:], .success)
            return
        }
        shell.say("phase.signals", ["phase": shell.t(current.phase.labelKey)], .warning)
        for finding in Findings.phase(analysis, session, shell.wording) { shell.findingLine(finding) }
        if offer != .none {
            shell.offer(analysis.signals.flatMap(phaseSuggestions), origin: "phase", asking: offer == .ask)
        }
    }

    /// Each partner's own view, and their disagreement when there is one.
    private func voices(_ analysis: PhaseAnalysis) {
        let found = Findings.phaseVoices(analysis, session, shell.wording)
        guard !found.isEmpty else { return }
        for finding in found { shell.findingLine(finding) }
        shell.line("")
    }

    private var phaseWidth: Int { Phase.allCases.map { shell.t($0.labelKey).displayWidth }.max() ?? 0 }

    private func phaseTimeline(_ analysis: PhaseAnalysis) {
        let lengths = analysis.timeline.map { shell.dayCount($0.days) }
        let lengthWidth = lengths.map(\.displayWidth).max() ?? 0
        let noteWidth = 80 - (2 + 10 + 2 + phaseWidth + 2 + lengthWidth + 2)
        for (span, length) in zip(analysis.timeline, lengths) {
            let head =
                "  " + span.entry.date.description + "  " + shell.t(span.entry.phase.labelKey).fitted(to: phaseWidth)
                + "  "
                + String(repeating: " ", count: lengthWidth - length.displayWidth) + length
            let note = span.end == nil && span.entry.note.isEmpty ? shell.t("phase.now") : span.entry.note
            let lines = Shell.wordLines(note, width: max(16, noteWidth))
            shell.line(head + (lines.first.map { $0.isEmpty ? "" : "  " + $0 } ?? ""))
            for more in lines.dropFirst() { shell.line(String(repeating: " ", count: 80 - max(16, noteWidth)) + more) }
        }
    }

    /// The actions each signal calls for, worded for `offer` with the items'
    /// own texts, not their ids: an action outlives the ids it would name.
    private func phaseSuggestions(_ signal: PhaseSignal) -> [String] {
        // Whole texts: an accepted suggestion becomes an action, and nothing is stored cut.
        func quoted(_ texts: [String]) -> String {
            shell.spokenList(texts.map { shell.wording.quoted($0) })
        }
        switch signal {
        case .criticalRisks(let ids):
            let texts = ids.compactMap { id in session.risks.withID(id)?.text }
            return [shell.t("suggest.phase.critical", ["list": quoted(texts)])]
        case .heldGates(let gates):
            return gates.map { gate in
                switch gate.verdict {
                case .hold, .advance, .renegotiate, .rescale:
                    return shell.t("suggest.phase.hold", ["stage": session.stageName(gate.stage)])
                case .end: return shell.t("suggest.phase.exit", ["stage": session.stageName(gate.stage)])
                }
            }
        case .perceptionGaps:
            let analysis = HealthAnalysis(session)
            return HealthView(shell: shell, session: session).suggestions(
                analysis.topics.filter { analysis.apart[$0.ingredient] != nil })
        case .healthConcerns(let ingredients):
            return HealthView(shell: shell, session: session).suggestions(
                HealthAnalysis(session).topics.filter { ingredients.contains($0.ingredient) })
        case .overdueActions(let ids):
            let texts = ids.compactMap { id in session.actions.withID(id)?.text }
            return [shell.t("suggest.phase.overdue", ["list": quoted(texts)])]
        case .unansweredExpectations(let ids):
            let texts = ids.compactMap { id in session.expectations.withID(id)?.text }
            return [shell.t("suggest.phase.unanswered", ["list": quoted(texts)])]
        case .scanFlags(let reasons):
            return [shell.t("suggest.phase.scan", ["list": shell.spokenList(reasons.map { shell.t($0.labelKey) })])]
        case .crisisUndescribed:
            return [shell.t("suggest.phase.describe")]
        case .stale:
            return [shell.t("suggest.phase.review")]
        case .partnersSeeOtherwise(let voices):
            let names = voices.map { session.partnerName($0.partner) }
            return [shell.t("suggest.phase.voices", ["partners": shell.spokenList(names)])]
        }
    }
}
