import TandemCore

/// The typed values of one parsed command line, by slot name.
struct Arguments: Sendable {
    enum Value: Sendable, Equatable {
        case text(String)
        case number(Int)
        case day(Day?)
        /// A resolved reference: the item's id (a session: its file name).
        case id(String)
        /// A value word's English id, or a keyword, or a word as typed.
        case word(String)
        case flag
    }

    var values: [String: Value] = [:]
    /// What the line looked like, for error messages and the undo wording.
    var line: String = ""

    func has(_ name: String) -> Bool { values[name] != nil }

    /// A free-text slot's text, or a word's; "" when the slot was left out.
    func text(_ name: String = "text") -> String {
        switch values[name] {
        case .text(let s), .word(let s), .id(let s): return s
        default: return ""
        }
    }

    func optionalText(_ name: String) -> String? { has(name) ? text(name) : nil }

    /// The ids of an `.items` slot, in the order typed, each once.
    func ids(_ name: String = "ids") -> [String] {
        text(name).split(separator: " ").map(String.init)
    }

    /// A reference's resolved id ("" when left out, which only optional slots allow).
    func id(_ name: String) -> String { text(name) }

    func number(_ name: String) -> Int {
        if case .number(let n) = values[name] { return n }
        return 0
    }

    /// A date slot: nil when left out or cleared ("none", « rien »).
    func day(_ name: String = "date") -> Day? {
        if case .day(let d) = values[name] { return d }
        return nil
    }

    func value<V: ValueWord>(_ type: V.Type, _ name: String) -> V? {
        if case .word(let raw) = values[name] { return V(rawValue: raw) }
        return nil
    }
}

/// One form of a command: the words after the command's name that select it
/// (`need add` of `map`), its typed slots and options, and what it does.
struct Verb: Sendable {
    let path: [String]
    let slots: [Slot]
    let options: [CommandOption]
    let needsSession: Bool
    let run: @Sendable (Shell, Arguments) throws(ShellError) -> Void

    init(
        _ path: [String] = [], _ slots: [Slot] = [], options: [CommandOption] = [], needsSession: Bool = true,
        run: @escaping @Sendable (Shell, Arguments) throws(ShellError) -> Void
    ) {
        self.path = path
        self.slots = slots
        self.options = options
        self.needsSession = needsSession
        self.run = run
    }

    init(
        _ word: String, _ slots: [Slot] = [], options: [CommandOption] = [], needsSession: Bool = true,
        run: @escaping @Sendable (Shell, Arguments) throws(ShellError) -> Void
    ) {
        self.init([word], slots, options: options, needsSession: needsSession, run: run)
    }
}

/// A command declared once: its name, its help group and its forms. Dispatch,
/// argument checking, usage lines, `help` and Tab completion all read it.
struct Command: Sendable {
    enum Group: String, CaseIterable, Sendable {
        case sessions, context, modules, shell
    }

    let name: String
    let group: Group
    let verbs: [Verb]

    /// Candidates for a command not yet declared slot by slot (words typed after the name).
    let legacyComplete: (@Sendable (Shell, [String]) -> [String])?

    init(_ name: String, group: Group, _ verbs: [Verb]) {
        self.name = name
        self.group = group
        self.verbs = verbs
        legacyComplete = nil
    }

    /// A command still reading its own words (being moved to typed slots).
    init(
        _ name: String, group: Group, subcommands: [String] = [], needsSession: Bool = false,
        complete: @escaping @Sendable (Shell, [String]) -> [String] = { _, _ in [] },
        run: @escaping @Sendable (Shell, [String]) throws(ShellError) -> Void
    ) {
        self.name = name
        self.group = group
        legacyComplete = complete
        verbs = [
            Verb([], [Slot("words", .text, optional: true)], needsSession: needsSession) {
                shell, args throws(ShellError) in
                let line = Lexer.lex(args.text("words"))
                if let failure = line.failure { throw .tokenize(failure) }
                try run(shell, line.tokens.map(\.text))
            }
        ]
    }

    /// The first words of each form, for completion after the name.
    var subcommands: [String] {
        var seen = Set<String>()
        return verbs.compactMap(\.path.first).filter { seen.insert($0).inserted }
    }
}
