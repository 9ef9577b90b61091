import TandemCore

/// guide and the guided module commands.
enum GuideCommands {
    static let all: [Command] = [
        Command(
            "guide", group: .modules,
            [
                Verb { shell, _ throws(ShellError) in try shell.runGuide(GuideFlows.all, wholePath: true) },
                Verb("first") { shell, _ throws(ShellError) in try shell.runFirstMeeting() },
            ]),
        Command(
            "context", group: .modules,
            [
                Verb { shell, _ throws(ShellError) in
                    guard let flow = GuideFlows.find("context") else { throw .usage("context") }
                    try shell.runGuide([flow], wholePath: false)
                }
            ]),
    ]
}
