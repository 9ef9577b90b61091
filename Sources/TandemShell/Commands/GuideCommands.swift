import TandemCore

/// guide and the guided module commands.
enum GuideCommands {
    static let all: [Command] = [
        Command("guide", group: .modules, needsSession: true) { shell, args throws(ShellError) in
            guard args.isEmpty else { throw .usage("guide") }
            try shell.runGuide(GuideFlows.all, wholePath: true)
        },
        Command("context", group: .modules, needsSession: true) { shell, args throws(ShellError) in
            guard args.isEmpty, let flow = GuideFlows.find("context") else { throw .usage("context") }
            try shell.runGuide([flow], wholePath: false)
        },
    ]
}
