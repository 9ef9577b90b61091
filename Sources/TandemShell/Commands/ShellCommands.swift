import TandemCore

/// help, lang, undo, quit, exit.
enum ShellCommands {
    static let all: [Command] = [
        Command(
            "help", group: .shell,
            [
                Verb([], [.word("command", optional: true)], needsSession: false) { shell, args throws(ShellError) in
                    guard let word = args.optionalText("command") else { return shell.showHelp() }
                    guard let command = CommandParser(shell: shell).command(named: word) else {
                        throw .unknownCommand(word, suggestion: CommandTable.suggestion(for: word, shell.vocabulary))
                    }
                    shell.showHelp(for: command)
                }
            ]),
        Command(
            "lang", group: .shell,
            [
                Verb([], [.keyword("language", Language.allCases.map(\.rawValue))], needsSession: false) {
                    shell, args throws(ShellError) in
                    guard let language = Language(rawValue: args.text("language")) else { throw .usage("lang") }
                    // Its texts are read now, the first time they are needed; one broken file keeps the language.
                    do throws(PromptCatalog.LoadError) {
                        _ = try shell.configuration.catalog.texts(language)
                    } catch {
                        throw .message(
                            "lang.unreadable",
                            ["language": shell.t("export.language." + language.rawValue), "detail": error.description])
                    }
                    shell.language = language
                    if shell.current != nil, shell.current?.session.language != language {
                        try shell.change("lang " + language.rawValue) { (s: inout Session) throws(SessionError) in
                            s.language = language
                        }
                    }
                    shell.say("lang.done")
                }
            ]),
        Command(
            "undo", group: .shell,
            [
                Verb { shell, _ throws(ShellError) in
                    guard var open = shell.current, let (before, last) = shell.history.undo() else {
                        throw .message("undo.nothing")
                    }
                    let languageBefore = open.session.language
                    open.session = before
                    open.session.updatedAt = shell.now
                    open.dirty = true
                    // The change taken back is not replayed by `reload`; one saved already cannot be taken back there.
                    if open.unsaved.popLast() == nil { open.unreplayable.append(last.wording) }
                    shell.current = open
                    if before.language != languageBefore { shell.language = before.language }
                    if shell.interactive { shell.autosave() }
                    shell.say(
                        "undo.done",
                        [
                            "what": last.wording.text(shell.configuration.catalog, shell.language, in: before),
                            "left": String(shell.history.count),
                        ])
                }
            ]),
        Command("quit", group: .shell, [Verb(needsSession: false) { shell, _ throws(ShellError) in shell.quit() }]),
        Command("exit", group: .shell, [Verb(needsSession: false) { shell, _ throws(ShellError) in shell.quit() }]),
    ]
}

extension Shell {
    /// Saves and leaves; when saving fails the first quit is refused so nothing is lost unseen.
    func quit() {
        if finish() || quitWarned || !interactive {
            if interactive, let title = current?.session.title, current?.dirty == false {
                say("quit.saved", ["title": title], .dim)
            }
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
        for usage in command.usageLines(self) { line(usage, .heading) }
        line(t("cmd.\(command.name).help"))
    }
}
