import TandemCore

/// phase (the view), phase euphoria|crisis|performance [NOTE], phase guide.
enum PhaseCommands {
    static let all: [Command] = [
        Command(
            "phase", group: .modules, subcommands: Phase.allCases.map(\.rawValue) + ["guide"], needsSession: true,
            complete: { shell, args in args.isEmpty ? shell.valueWords(Phase.self) + ["guide"] : [] }
        ) { shell, args throws(ShellError) in
            guard let first = args.first else {
                shell.showPhase()
                return
            }
            if first.lowercased() == "guide" {
                guard args.count == 1, let flow = GuideFlows.find("phase") else { throw .usage("phase") }
                try shell.runGuide([flow], wholePath: false)
                return
            }
            let phase: Phase = try shell.parseValue(first, field: "phase")
            try shell.logPhase(phase, note: args.dropFirst().joined(separator: " "))
        }
    ]
}

extension Shell {
    /// Declares the phase today, and says what it means.
    func logPhase(_ phase: Phase, note: String) throws(ShellError) {
        let day = Day(now)
        let result = try change("phase " + phase.rawValue + (note.isEmpty ? "" : " " + note)) {
            (s: inout Session) throws(SessionError) in
            try s.logPhase(phase, note: note, on: day)
        }
        let label = t(phase.labelKey)
        switch result {
        case .logged: say("phase.logged", ["phase": label, "date": day.description], .success)
        case .corrected(let was): say("phase.corrected", ["phase": label, "was": t(was.labelKey)], .success)
        case .updated: say("phase.updated", ["phase": label])
        case .unchanged:
            say("phase.unchanged", ["phase": label])
            return
        }
        paragraph("phase.hint.\(phase.rawValue)", [:], .dim)
    }
}
