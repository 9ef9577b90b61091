import TandemCore

/// phase (the view), phase euphoria|crisis|performance [NOTE], phase guide.
enum PhaseCommands {
    static let all: [Command] = [
        Command(
            "phase", group: .modules,
            [
                // One form for the view and the declaration: both start right after the name.
                Verb([], [.value("phase", Phase.self, optional: true), .text("note", optional: true)]) {
                    shell, args throws(ShellError) in
                    guard let phase = args.value(Phase.self, "phase") else {
                        if let note = args.optionalText("note") { try refuseNotAPhase(shell, note) }
                        return shell.showPhase()
                    }
                    try shell.logPhase(phase, note: args.text("note"))
                },
                Verb("guide") { shell, _ throws(ShellError) in
                    guard let flow = GuideFlows.find("phase") else { throw .usage("phase guide") }
                    try shell.runGuide([flow], wholePath: false)
                },
            ])
    ]

    /// `phase spaceship`: the first word was not a phase, so it is refused as the slot refuses it.
    static func refuseNotAPhase(_ shell: Shell, _ rest: String) throws(ShellError) {
        let first = Lexer.lex(rest).tokens.first?.text ?? rest
        var notices: [String] = []
        _ = try CommandParser(shell: shell).read(.value("phase", Phase.self), first, notices: &notices)
        throw .usage("phase")
    }
}

extension Shell {
    /// Declares the phase today, and says what it means.
    func logPhase(_ phase: Phase, note: String) throws(ShellError) {
        let day = Day(now)
        let result = try requireSession().session.phaseLogResult(phase, note: note, on: day)
        try apply(PhaseEdit.log(phase, note: note, on: day))
        let label = t(phase.labelKey)
        switch result {
        case .logged: say("phase.logged", ["phase": label, "date": wording.date(day)], .success)
        case .corrected(let was): say("phase.corrected", ["phase": label, "was": t(was.labelKey)], .success)
        case .updated: say("phase.updated", ["phase": label])
        case .unchanged:
            say("phase.unchanged", ["phase": label])
            return
        }
        paragraph("phase.hint.\(phase.rawValue)", [:], .dim)
    }
}
