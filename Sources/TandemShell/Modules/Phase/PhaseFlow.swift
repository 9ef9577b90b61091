import TandemCore

/// Phase: which of euphoria, crisis and performance the partners feel they
/// are in, and what makes them say so. The summary checks it against the session.
enum PhaseFlow {
    static let flow = GuideFlow(
        id: "phase", questions: questions, summary: { shell in shell.showPhase(offer: .ask) }, revisable: false)

    static func questions(_ session: Session) -> [GuideQuestion] {
        var list = [
            GuideQuestion(
                id: .phase, key: "phase.current", choices: Phase.allCases.map(\.labelKey),
                current: { $0.currentPhase?.phase.labelKey },
                apply: { shell, answer throws(ShellError) in
                    try shell.logPhase(shell.readValue(answer, Phase.self, field: "phase"), note: "")
                })
        ]
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
