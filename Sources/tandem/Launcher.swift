#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

import FoundationEssentials
import TandemCore
import TandemShell

/// Puts the pieces together for one run of the program.
struct Launcher {
    let options: Options
    let environment: Environment
    let version: String
    let streams: StandardStreams
    /// The terminal's character set when it is not UTF-8 (`ISO-8859-1`), from the locale.
    let terminalEncoding: String?

    var locations: Locations { Locations(environment: environment) }

    /// The language from `--lang`, `TANDEM_LANG`, then the locale variables.
    static func language(option: String?, environment: Environment) -> Language {
        for value in [
            option, environment["TANDEM_LANG"], environment["LC_ALL"], environment["LC_MESSAGES"], environment["LANG"],
        ] {
            if let value, !value.isEmpty, let language = Language.fromLocale(value) { return language }
        }
        return .en
    }

    /// The prompts with `language` read now; another language is read when first needed.
    static func loadCatalog(_ directory: String, language: Language) -> PromptCatalog? {
        do {
            return try PromptCatalog.load(from: directory, language: language)
        } catch {
            POSIXStream.write("tandem: \(error.description)\n", to: 2)
            return nil
        }
    }

    /// Prints a usage error (in the user's language when the prompts load) and exits 2.
    static func usageError(_ error: Options.UsageError, environment: Environment) -> Never {
        let arguments = CommandLine.arguments
        let langOption = arguments.firstIndex(of: "--lang").flatMap {
            $0 + 1 < arguments.count ? arguments[$0 + 1] : nil
        }
        let language = language(option: langOption, environment: environment)
        let directory = Locations(environment: environment).promptsDirectory(option: nil)
        let catalog = try? PromptCatalog.load(from: directory, language: language)
        let message =
            catalog.map { $0.text(error.key, language, ["word": error.word]) + "\n" + $0.text("usage.hint", language) }
            ?? "tandem: bad argument: \(error.word)"
        POSIXStream.write("tandem: " + message.inert + "\n", to: 2)
        exit(2)
    }

    func run() -> Int32 {
        // The version needs no prompts.
        if options.mode == .version { return streams.write(Array(("tandem " + version + "\n").utf8), to: 1) ? 0 : 1 }
        let language = Self.language(option: options.language, environment: environment)
        guard let catalog = Self.loadCatalog(locations.promptsDirectory(option: options.prompts), language: language)
        else { return 1 }
        switch options.mode {
        case .help, .version:
            let text = options.mode == .help ? catalog.text("usage.text", language) : "tandem " + version
            // Through write(2): --help > /dev/full fails (exit 1) instead of exiting 0 with nothing written.
            return streams.write(Array((text + "\n").utf8), to: 1) ? 0 : 1
        case .merge(let base, let ours, let theirs):
            let sink = StandardSink(buffered: true, streams: streams, encoder: nil)
            let shell = Shell(
                configuration: ShellConfiguration(
                    store: SessionStore(directory: "."), catalog: catalog, language: language, interactive: false,
                    colorEnabled: false, version: version),
                sink: sink)
            let code = shell.runMergeDriver(base: base, ours: ours, theirs: theirs)
            sink.flush()
            return code
        case .auto, .file, .commands:
            break
        }
        // A terminal on stdin is a person typing, even when stdout is a pipe
        // (`tandem | cat`): the prompt and the line being edited then go to stderr.
        let outputIsTerminal = streams.isTerminal(1)
        let interactive = options.mode == .auto && streams.isTerminal(0) && (outputIsTerminal || streams.isTerminal(2))
        let noColor = options.noColor || !(environment["NO_COLOR"] ?? "").isEmpty || environment["TERM"] == "dumb"
        var configuration = ShellConfiguration(
            store: SessionStore(directory: locations.sessionsDirectory(option: options.sessions)),
            catalog: catalog, language: language, interactive: interactive,
            colorEnabled: interactive && outputIsTerminal && !noColor, version: version)
        configuration.homeDirectory = locations.home
        // At a terminal Ctrl-C is caught (EditLineSource): a long command checks it as it prints.
        if interactive { configuration.interrupted = { EditLineSource.interruptPending } }
        let columns = Int(environment["COLUMNS"] ?? "")
        let widthFD: Int32 = outputIsTerminal ? 1 : 2
        configuration.width = { Self.terminalWidth(widthFD, columns: columns) }
        let encoding = interactive ? terminalEncoding : nil
        let sink = StandardSink(
            buffered: !interactive, streams: streams,
            encoder: encoding.flatMap { TextConverter(from: "UTF-8", to: $0 + "//TRANSLIT") })
        let code: Int32
        if interactive {
            let shell = Shell(configuration: configuration, sink: sink)
            // With stdout piped the banner goes to the terminal, before the first prompt (as Python's REPL).
            sink.write(shell.banner(), stream: outputIsTerminal ? .output : .error)
            let terminal: Int32 = outputIsTerminal ? 1 : 2
            let editor = EditLineSource(
                historyPath: locations.historyFile(), terminal: terminal, encoding: encoding,
                warn: { problem in
                    sink.write(
                        Self.describe(problem, catalog: catalog, language: language).inert + "\n", stream: .error)
                },
                complete: { shell.complete($0) })
            let source: LineSource
            if let editor {
                source = editor
            } else {
                // No libedit on this machine, or one that cannot start on this terminal: the
                // session still runs, on the terminal's own line editing.
                let message =
                    EditLineSource.loadFailure.map {
                        catalog.text("editline.unavailable", language, ["detail": $0])
                    } ?? catalog.text("editline.unstarted", language)
                sink.write(message.inert + "\n", stream: .error)
                source = PlainTerminalSource(terminal: terminal, encoding: encoding)
            }
            code = shell.run(StopsWhenOutputFails(source, sink: sink))
            editor?.close()
        } else {
            let source = scriptSource(catalog: catalog, language: language)
            // Once the script is read (Ctrl-C while reading it still ends the
            // run at once), Ctrl-C stops it between commands and saves.
            EditLineSource.catchInterrupts()
            configuration.interrupted = { EditLineSource.interruptPending }
            let shell = Shell(configuration: configuration, sink: sink)
            code = shell.run(StopsWhenOutputFails(source, sink: sink))
        }
        sink.flush()
        if let failure = sink.outputFailure {
            let detail = String(cString: strerror(failure))
            streams.write(
                Array(("tandem: " + catalog.text("output.failed", language, ["detail": detail]).inert + "\n").utf8),
                to: 2)
            return failure == EPIPE ? 141 : 1
        }
        return code
    }

    /// The terminal's width, asked again each time (it may be resized); `COLUMNS`
    /// when there is no terminal (a pipe, a test), else 80.
    static func terminalWidth(_ fd: Int32, columns: Int?) -> Int {
        var size = winsize()
        if isatty(fd) == 1, ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns, columns > 0 { return min(columns, 1_000) }
        return 80
    }

    static func describe(_ problem: HistoryFile.Problem, catalog: PromptCatalog, language: Language) -> String {
        switch problem {
        case .unreadable(let path):
            return catalog.text("history.unreadable", language, ["path": path])
        case .unwritable(let path, let code):
            return catalog.text(
                code == EROFS ? "history.readonly" : "history.unwritable", language,
                ["path": path, "detail": String(cString: strerror(code))])
        case .appendFailed(let path, let code):
            return catalog.text(
                "history.failed", language, ["path": path, "detail": String(cString: strerror(code))])
        }
    }

    /// The script to run: a file, `-c` commands or standard input.
    private func scriptSource(catalog: PromptCatalog, language: Language) -> ScriptLineSource {
        switch options.mode {
        case .commands(let texts):
            // Each -c text splits at `;` outside quotes; each command is then one line.
            return ScriptLineSource(lines: texts.flatMap(Lexer.commands), name: "-c")
        case .file(let path) where path != "-":
            // Read as a stream, so a named pipe or `-f <(command)` works as well as a file.
            switch POSIXStream.readFile(path) {
            case .success(let bytes): return ScriptLineSource(bytes: bytes, name: path)
            case .failure(let failure): refuseScript(path, failure, catalog: catalog, language: language)
            }
        default:
            if streams.closed.contains(0) { refuseScript("stdin", .failed, catalog: catalog, language: language) }
            switch POSIXStream.readScript(0) {
            case .success(let bytes): return ScriptLineSource(bytes: bytes, name: "stdin")
            case .failure(let failure): refuseScript("stdin", failure, catalog: catalog, language: language)
            }
        }
    }

    /// A script that cannot be read is a usage error (exit 2) with a message;
    /// a missing one fails as before (exit 1).
    private func refuseScript(
        _ path: String, _ failure: POSIXStream.ReadFailure, catalog: PromptCatalog, language: Language
    ) -> Never {
        var values = ["path": path]
        let reason: String
        switch failure {
        case .missing: reason = "script.missing"
        case .directory: reason = "script.directory"
        case .neverOpened: reason = "script.fifo"
        case .tooLarge:
            reason = "script.large"
            values["limit"] = String(POSIXStream.maxScriptBytes)
        case .binary(let offset):
            reason = "script.binary"
            values["offset"] = String(offset)
        case .notReadable, .failed: reason = "script.unreadable"
        }
        POSIXStream.write("tandem: " + catalog.text(reason, language, values).inert + "\n", to: 2)
        if case .missing = failure { exit(1) }
        exit(2)
    }
}
