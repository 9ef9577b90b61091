import FoundationEssentials
import TandemCore

/// The command interpreter: reads lines from a `LineSource`, runs commands
/// from the command table, writes to an `OutputSink`. It knows no terminal.
public final class Shell {
    /// How many changes `undo` can take back.
    public static let undoDepth = 50

    public let configuration: ShellConfiguration
    public internal(set) var language: Language
    let sink: OutputSink
    let painter: Painter
    var current: OpenSession?
    var history: UndoHistory
    /// The source being read, so guided commands can ask their questions from it.
    var source: LineSource?
    var exitRequested = false
    /// Ctrl-C cut the output of the command under way.
    var outputCut = false
    /// Set when a quit was refused because changes could not be saved; a second quit leaves anyway.
    var quitWarned = false
    /// Set while one guided answer is recorded, so its change and its
    /// "answered" mark reach the disk in one write, not two.
    var autosaveHeld = false
    /// Where the guide stands ("context 2/6"), shown in the prompt while guiding.
    var guideStep: String?
    /// Actions the last analysis proposed, kept for "action accept" (Shell+Suggestions.swift).
    var offered = OfferedActions()
    var vocabularyCache: (language: Language, vocabulary: Vocabulary)?
    /// This process's marker on the session it has open (`holdMarker`).
    var marker: (name: String, lock: FileLock)?
    /// The order the last `sessions` listed the files in, so "open NUMBER" opens the one shown.
    var listedSessions: [String]?

    public init(configuration: ShellConfiguration, sink: OutputSink) {
        self.configuration = configuration
        self.sink = sink
        language = configuration.language
        // A script never waits for undo: its changes are applied once unless it undoes.
        history = UndoHistory(depth: configuration.undoDepth, settleEvery: configuration.interactive ? 200 : .max)
        painter = Painter(colorEnabled: configuration.colorEnabled)
    }

    deinit {
        releaseMarker()
    }

    var store: SessionStore { configuration.store }
    var interactive: Bool { configuration.interactive }
    var now: Date { configuration.clock() }

    // MARK: Running

    /// Runs until `quit`, the end of input or (in a script) the first failing
    /// command. Returns the process exit code.
    public func run(_ source: LineSource) -> Int32 {
        self.source = source
        defer {
            self.source = nil
            releaseMarker()
        }
        while !exitRequested {
            switch source.readLine(prompt: promptText()) {
            case .end:
                guard interactive else { return finish() ? 0 : 1 }
                write("\n")
                quit()  // like "quit": a first Ctrl-D that cannot save warns instead of dropping changes
                if exitRequested { return 0 }
            case .interrupt:
                continue
            case .undecodable:
                report(.message(interactive ? "error.encoding.terminal" : "error.encoding"), at: source.location)
                if !interactive {
                    _ = finish()
                    return 1
                }
            case .line(let line):
                // History gets the line as it is entered, so a crash loses nothing.
                if interactive, !line.hasPrefix(" "), !line.allSatisfy(\.isWhitespace) { source.accepted(line) }
                // A comment line (a script's, or pasted from one).
                if line.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("#") { continue }
                do {
                    try execute(line)
                } catch {
                    report(error, at: source.location)
                    if !interactive {
                        if configuration.interrupted() { return stopInterrupted(at: source.location) }
                        _ = finish(unlessItFailsWith: describe(error))
                        return 1
                    }
                }
                if !interactive, configuration.interrupted() { return stopInterrupted(at: source.location) }
            }
        }
        return 0
    }

    /// Ctrl-C during a script: the command it stopped left nothing half
    /// done (a view's output cut, an export unwritten); what the commands
    /// before it changed is saved; nothing after it runs. Exit 130, as a
    /// shell's for SIGINT.
    private func stopInterrupted(at location: String?) -> Int32 {
        report(.message("script.interrupted"), at: location)
        _ = finish()
        return 130
    }

    /// Runs one line: one command, `;` and `#` being text (a script's comment
    /// lines never reach here). `-c` is split into commands before.
    public func execute(_ text: String) throws(ShellError) {
        let lexed = Lexer.lex(text)
        guard let parsed = try CommandParser(shell: self).parse(lexed, text: text) else { return }
        for notice in parsed.notices { line(notice, .dim) }
        outputCut = false
        defer {
            // Said once, past the check (the flag stays set until the next prompt takes it).
            if outputCut { notice(t("shell.interrupted"), .warning) }
            outputCut = false
        }
        try parsed.verb.run(self, parsed.arguments)
    }

    /// Words for yes, no, none and the aliases, in the shell's language (rebuilt when it changes).
    var vocabulary: Vocabulary {
        if let cached = vocabularyCache, cached.language == language { return cached.vocabulary }
        let built = Vocabulary(catalog: configuration.catalog, language: language)
        vocabularyCache = (language, built)
        return built
    }

    // MARK: Output

    func write(_ text: String, _ style: Style = .plain) {
        // Ctrl-C during a long view: the rest of its output is left out.
        if outputCut || configuration.interrupted() {
            outputCut = true
            return
        }
        sink.write(painter.paint(text, style), stream: .output)
    }

    /// A line printed even after Ctrl-C cut the output (an error, the notice
    /// that it was cut), then on a line of its own, past the terminal's "^C".
    func notice(_ text: String, _ style: Style) {
        let fresh = configuration.interrupted() ? "\n" : ""
        sink.write(fresh + painter.paint(text, style) + "\n", stream: .output)
    }

    func line(_ text: String, _ style: Style = .plain) {
        write(text, style)
        write("\n")
    }

    /// The width texts are wrapped to, so sentences never run past a terminal's edge.
    static let textWidth = 80

    /// Prints a catalogue text followed by a newline, wrapped at spaces to 80 columns.
    func say(_ key: String, _ arguments: [String: String] = [:], _ style: Style = .plain) {
        line(t(key, arguments).wrapped(width: Shell.textWidth), style)
    }

    /// A catalogue text in the shell's language.
    func t(_ key: String, _ arguments: [String: String] = [:]) -> String {
        configuration.catalog.text(key, language, arguments)
    }

    func report(_ error: ShellError, at location: String?) {
        let message = describe(error)
        if interactive {
            notice((t("error.prefix") + message).wrapped(width: Shell.textWidth), .error)
        } else {
            sink.flush()
            sink.write((location.map { $0 + ": " } ?? "") + message.inert + "\n", stream: .error)
        }
    }

    /// The banner shown when an interactive shell starts.
    public func banner() -> String {
        painter.paint(t("banner", ["version": configuration.version]).wrapped(width: Shell.textWidth), .heading) + "\n"
    }

    /// The prompt: the program name, then the open session.
    public func promptText() -> String {
        var prompt = painter.paint(t("prompt.name"), .accent)
        if let current {
            prompt += " " + painter.paint("[" + current.name + "]", .dim)
        }
        if let guideStep {
            return prompt + " " + painter.paint(guideStep, .accent) + " › "
        }
        return prompt + "> "
    }
}
