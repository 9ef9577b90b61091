import TandemCore

/// One typed argument of a declared command: what it names, how it reads,
/// what Tab offers for it and how its usage line shows it.
struct Slot: Sendable {
    enum Kind: Sendable {
        /// A partner, need, stage, expectation, risk, action or checkpoint, by name or id.
        case reference(IDKind)
        /// Any item of the session, by id (`r4`, `e3`) or by name (partners, needs, stages).
        case item
        /// One or more items by id (`e3 r4`), the rest of the line word by word;
        /// Tab offers the ids of `kinds` (the core says which kinds a change takes).
        case items([IDKind])
        /// A saved session, by file name, number or part of its title.
        case session
        /// A value word from a closed set (`defection`, « agir ensemble »).
        case value(ValueSet)
        /// One of a few literal words (`all`, `critical`, `restart`).
        case keyword([String])
        /// A whole number; the core checks the range, the slot shows it.
        case number(ClosedRange<Int>)
        /// A date as people type it; `clearable` also takes the words for "none".
        case date(clearable: Bool)
        /// One word as typed (a file name, a language).
        case word
        /// The rest of the line exactly as typed; always the last slot.
        case text
    }

    /// Names the placeholder (`slot.NAME` in Prompts) and the argument.
    let name: String
    let kind: Kind
    let optional: Bool
    /// A reference or value that may take several words when it is last (`Bureau Öko` unquoted).
    let spansWords: Bool
    /// A reference that must be the whole name or the id (what removes things): no prefix.
    var exact = false
    /// Narrows what Tab offers: given the words typed before this slot (after
    /// the form's words), keeps the candidates that fit (`expect link e1 ` offers
    /// only the answers that can meet e1).
    var narrow: (@Sendable (Shell, [String], String) -> Bool)?
    /// What Tab offers for a slot read as typed (a `.word` that may name a partner or anyone else).
    var offers: IDKind?

    init(_ name: String, _ kind: Kind, optional: Bool = false, spansWords: Bool = true) {
        self.name = name
        self.kind = kind
        self.optional = optional
        self.spansWords = spansWords
    }

    /// This slot, refusing a start of a name: `partner remove` wants the whole name or the id.
    func exactOnly() -> Slot {
        var copy = self
        copy.exact = true
        return copy
    }

    /// This word slot, with Tab offering the names of `kind` (the core still reads what is typed).
    func offering(_ kind: IDKind) -> Slot {
        var copy = self
        copy.offers = kind
        return copy
    }

    /// This slot, with Tab offering only the candidates `keep(shell, wordsBefore, candidate)` accepts.
    func narrowed(_ keep: @escaping @Sendable (Shell, [String], String) -> Bool) -> Slot {
        var copy = self
        copy.narrow = keep
        return copy
    }

    var isText: Bool {
        if case .text = kind { return true }
        return false
    }

    static func partner(_ name: String = "partner", optional: Bool = false) -> Slot {
        Slot(name, .reference(.partner), optional: optional)
    }
    static func need(_ name: String = "need") -> Slot { Slot(name, .reference(.need)) }
    static func stage(_ name: String = "stage", optional: Bool = false) -> Slot {
        Slot(name, .reference(.stage), optional: optional)
    }
    static func id(_ kind: IDKind, _ name: String = "id", optional: Bool = false) -> Slot {
        Slot(name, .reference(kind), optional: optional)
    }
    static func text(_ name: String = "text", optional: Bool = false) -> Slot { Slot(name, .text, optional: optional) }
    static func ids(_ kinds: [IDKind], _ name: String = "ids") -> Slot { Slot(name, .items(kinds)) }
    static func value<V: ValueWord>(_ name: String, _ type: V.Type, optional: Bool = false) -> Slot {
        Slot(name, .value(ValueSet(type)), optional: optional)
    }
    static func number(_ name: String, _ range: ClosedRange<Int>) -> Slot {
        Slot(name, .number(range), spansWords: false)
    }
    static func date(_ name: String = "date", clearable: Bool = false, optional: Bool = false) -> Slot {
        Slot(name, .date(clearable: clearable), optional: optional, spansWords: false)
    }
    static func keyword(_ name: String, _ words: [String], optional: Bool = false) -> Slot {
        Slot(name, .keyword(words), optional: optional, spansWords: false)
    }
    static func word(_ name: String, optional: Bool = false) -> Slot {
        Slot(name, .word, optional: optional, spansWords: false)
    }
}

/// An option a command declares (`--owner PARTNER`, `--force`); with a text
/// slot it is recognised only after the text, so quoting the text keeps it text.
struct CommandOption: Sendable {
    let name: String
    /// The value it takes, or nil for a flag.
    let value: Slot?

    static func flag(_ name: String) -> CommandOption { CommandOption(name: name, value: nil) }
    static func with(_ name: String, _ slot: Slot) -> CommandOption { CommandOption(name: name, value: slot) }
}

/// The words of one `ValueWord` type without its type: ids, for matching,
/// completion and usage.
struct ValueSet: Sendable {
    let ids: [String]
    let labelKeys: [String]
    /// Placeholder shown in usage when there are too many words to list.
    let match: @Sendable (Shell, String) -> String?

    init<V: ValueWord>(_ type: V.Type) {
        // Closures, not key paths: a key path is built at run time, and these are built at every start.
        ids = V.allCases.map { $0.rawValue }
        labelKeys = V.allCases.map { $0.labelKey }
        match = { shell, raw in
            let found: (V, Shell.TermMatch)? = shell.matchTerm(raw)
            return found?.0.rawValue
        }
    }
}
