import TandemCore

/// help, lang, undo, quit, exit.
enum ShellCommands {
    static let all: [Command] = [
        Command("help", group: .shell, complete: { _, args in args.isEmpty ? CommandTable.names : [] }) {
            shell, args throws(ShellError) in
            switch args.count {
            case 0: shell.showHelp()
            case 1:
                guard let command = CommandTable.find(args[0]) else {
                    throw .unknownCommand(args[0], suggestion: CommandTable.suggestion(for: args[0]))
                }
                shell.showHelp(for: command)
            default: throw .usage("help")
            }
        },
        Command("lang", group: .shell, complete: { _, args in args.isEmpty ? Language.allCases.map(\.rawValue) : [] }) {
            shell, args throws(ShellError) in
            guard args.count == 1, let language = Language(rawValue: args[0].lowercased()) else { throw .usage("lang") }
            shell.language = language
            if shell.current != nil, shell.current?.session.language != language {
                try shell.change("lang " + language.rawValue) { (s: inout Session) throws(SessionError) in s.language = language }
            }
            shell.say("lang.done")
        },
        Command("undo", group: .shell, needsSession: true) { shell, args throws(ShellError) in
            guard args.isEmpty else { throw .usage("undo") }
            guard var open = shell.current, let last = shell.undoStack.popLast() else {
                throw .message("undo.nothing")
            }
            open.session = last.before
            open.dirty = true
            shell.current = open
            if last.before.language != shell.language, last.description.hasPrefix("lang ") {
                shell.language = last.before.language
            }
            if shell.interactive { shell.autosave() }
            shell.say("undo.done", ["what": last.description, "left": String(shell.undoStack.count)])
        },
        Command("quit", group: .shell) { shell, args throws(ShellError) in
            guard args.isEmpty else { throw .usage("quit") }
            shell.quit()
        },
        Command("exit", group: .shell) { shell, args throws(ShellError) in
            guard args.isEmpty else { throw .usage("exit") }
            shell.quit()
        },
    ]
}

extension Shell {
    /// Saves and leaves; when saving fails the first quit is refused so nothing is lost unseen.
    func quit() {
        if finish() || quitWarned || !interactive {
            if interactive, let title = current?.session.title, current?.dirty == false { say("quit.saved", ["title": title], .dim) }
            exitRequested = true
        } else {
            quitWarned = true
            say("quit.unsaved", [:], .warning)
        }
    }

    func showHelp() {
        for group in Command.Group.allCases {
            say("help.group.\(group.rawValue)", [:], .heading)
            let commands = CommandTable.all.filter { $0.group == group }
            let width = commands.map { $0.name.count }.max() ?? 0
            for command in commands {
                let pad = String(repeating: " ", count: width - command.name.count)
                let entry = "  " + command.name + pad + "  " + t("cmd.\(command.name).summary")
                line(entry.wrapped(width: Shell.textWidth, hangingIndent: width + 4))
            }
        }
        say("help.footer", [:], .dim)
    }

    func showHelp(for command: Command) {
        line(t("cmd.\(command.name).usage"), .heading)
        line(t("cmd.\(command.name).help"))
    }
}
