import FoundationEssentials
import TandemCore

/// report, export.
enum ReportCommands {
    static let all: [Command] = [
        Command("report", group: .modules, [Verb { shell, _ throws(ShellError) in shell.showReport() }]),
        Command(
            "export", group: .modules,
            [
                // Keyword and file rather than sub-commands, so the options may come first too.
                Verb(
                    [], [.keyword("document", DocumentKind.allCases.map(\.rawValue)), .word("file", optional: true)],
                    options: [
                        .with("lang", .keyword("language", Language.allCases.map(\.rawValue))), .flag("html"),
                        .flag("force"),
                    ]
                ) { shell, args throws(ShellError) in try shell.export(ExportRequest(args)) },
                Verb(
                    "calendar", [.word("file", optional: true)],
                    options: [
                        .with("lang", .keyword("language", Language.allCases.map(\.rawValue))), .flag("force"),
                        .flag("all"),
                    ]
                ) { shell, args throws(ShellError) in
                    try shell.exportCalendar(
                        file: args.optionalText("file"),
                        language: args.optionalText("lang").flatMap(Language.init(rawValue:)), force: args.has("force"),
                        all: args.has("all"))
                },
            ]),
    ]
}

/// What `export` was asked for: `export proposal|report [FILE] [--lang fr|en] [--html] [--force]`.
struct ExportRequest: Equatable {
    var kind: DocumentKind
    var file: String?
    var language: Language?
    var force = false
    /// HTML when asked with `--html` or when FILE ends in `.html`; else Markdown.
    var format = ExportFormat.markdown

    init(_ args: Arguments) throws(ShellError) {
        guard let kind = DocumentKind(rawValue: args.text("document")) else { throw .usage("export") }
        self.kind = kind
        file = args.optionalText("file")
        language = args.optionalText("lang").flatMap(Language.init(rawValue:))
        force = args.has("force")
        if args.has("html") || file.flatMap(ExportFormat.init(fileName:)) == .html { format = .html }
    }
}

extension Shell {
    /// Writes the proposal or the report as Markdown or HTML, in the session's
    /// language unless asked otherwise, and says where.
    func export(_ request: ExportRequest) throws(ShellError) {
        let open = try requireSession()
        let language = request.language ?? open.session.language
        let name = request.kind.fileName(session: open.name, language: language, format: request.format)
        let path = try writeExport(file: request.file, name: name, force: request.force) {
            request.kind.render(
                open.session, catalog: configuration.catalog, language: language, today: Day(now),
                format: request.format)
        }
        say(
            "export.done.\(request.kind.rawValue)",
            ["language": t("export.language.\(language.rawValue)"), "path": path],
            .success)
        if request.kind == .proposal { sayHeldBack(HeldBack(open.session)) }
        say("export.shared", [:], .dim)
    }

    /// "Held back 3 private items: 2 concerns, 1 action — `share ID` to include one."
    func sayHeldBack(_ held: HeldBack) {
        guard held.total > 0 else { return }
        let kinds = held.counts.map { kind, count in
            t("export.held.\(kind.rawValue).\(count == 1 ? "one" : "many")", ["count": String(count)])
        }
        say(
            held.total == 1 ? "export.held.one" : "export.held.many",
            ["count": String(held.total), "kinds": wording.list(kinds), "ids": held.ids.joined(separator: " ")])
    }

    /// `export calendar [FILE] [--all]`: the session's dates as an iCalendar file,
    /// written as the other exports are (never over a file without --force, atomically).
    /// Without --all the private commitments and actions stay out, and it says how many.
    func exportCalendar(file: String?, language requested: Language?, force: Bool, all: Bool = false)
        throws(ShellError)
    {
        let open = try requireSession()
        let language = requested ?? open.session.language
        let name = CalendarDocument.fileName(session: open.name, language: language)
        let path = try writeExport(file: file, name: name, force: force) {
            CalendarDocument.render(
                open.session, file: open.name, catalog: configuration.catalog, language: language, stamp: now,
                all: all)
        }
        let count = CalendarDocument.items(open.session, all: all).count
        say("export.done.calendar", ["count": String(count), "path": path], .success)
        let held = CalendarDocument.heldBack(open.session)
        guard !held.isEmpty else { return }
        let ids = held.joined(separator: " ")
        if all {
            say(
                held.count == 1 ? "calendar.private.one" : "calendar.private.many",
                ["count": String(held.count), "ids": ids])
        } else {
            say(
                held.count == 1 ? "calendar.held.one" : "calendar.held.many", ["count": String(held.count), "ids": ids])
        }
    }

    /// Writes an export to FILE (or `name` in the working directory) and returns
    /// its path: a directory named by "out/" is refused before the document is
    /// made, a Ctrl-C while it was made writes nothing, a refused write leaves nothing.
    func writeExport(file: String?, name: String, force: Bool, render: () -> String) throws(ShellError) -> String {
        let path = ExportFile.absolute(expandingHome(file ?? name), in: configuration.workingDirectory)
        if file?.hasSuffix("/") == true {
            // "out/" names a directory even when it does not exist yet.
            guard store.fileSystem.entry(at: path) != nil else { throw .message("export.nodirectory", ["path": path]) }
            throw .message("export.directory", ["path": path, "name": name])
        }
        let text = render()
        if configuration.interrupted() { throw .message("export.interrupted", ["path": path]) }
        do {
            try ExportFile.write(text, to: path, force: force, fileSystem: store.fileSystem)
        } catch {
            switch error {
            case .exists(let path): throw .message("export.exists", ["path": path])
            case .directory(let path): throw .message("export.directory", ["path": path, "name": name])
            case .symlink(let path): throw .message("export.symlink", ["path": path])
            case .special(let path): throw .message("export.special", ["path": path])
            case .noDirectory(let directory): throw .message("export.nodirectory", ["path": directory])
            case .io(let failure): throw .store(.io(failure))
            }
        }
        return path
    }

    /// "~/notes/x.md" in the home directory, as a shell would have it.
    private func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = configuration.homeDirectory, !home.isEmpty
        else { return path }
        return home + path.dropFirst()
    }
}
