import TandemCore

/// Phase: each partner, by name, says which of euphoria, crisis and
/// performance they feel the partnership is in, and what makes them say so;
/// when they all agree that phase is declared, when they differ the coach
/// notes one and the disagreement stays on record. Without partners the
/// coach answers alone. The summary checks it against the session.
enum PhaseFlow {
    static let flow = GuideFlow(
        id: "phase", questions: questions, summary: { shell in shell.showPhase(offer: .ask) }, revisable: false)

    static func questions(_ session: Session) -> [GuideQuestion] {
        var list = session.partners.map { partner in
            GuideQuestion(
                id: .phaseVoice(partner: partner.id), key: "phase.voice", arguments: ["partner": partner.name],
                current: { s in s.latestPhaseVoices.first { $0.partner == partner.id }?.phase.labelKey },
                apply: { shell, answer throws(ShellError) in
                    try shell.voicePhase(partner: partner.id, answer: answer)
                })
        }
        let split = Set(session.latestPhaseVoices.map(\.phase)).count >= 2
        list.append(
            GuideQuestion(
                id: .phase, key: split ? "phase.current.split" : "phase.current",
                choices: Phase.allCases.map(\.labelKey),
                current: { $0.currentPhase?.phase.labelKey },
                apply: { shell, answer throws(ShellError) in
                    try shell.logPhase(shell.readValue(answer, Phase.self, field: "phase"), note: "")
                }))
        // The note belongs to a declared phase, so it is asked only once there is one.
        if !session.phases.isEmpty {
            list.append(
                GuideQuestion(
                    id: .phaseNote, key: "phase.note",
                    current: { $0.currentPhase?.note }
                ) { shell, answer throws(ShellError) in
                    try shell.apply(PhaseEdit.note(answer))
                })
        }
        return list
    }
}
