/// One edit of a session as a value: the core validates and applies it, it
/// words itself (for `undo` and follow-ups) and can be applied again to an
/// earlier copy of the session (undo replays, a reload after a conflict).
///
/// A conformer must be deterministic: everything it needs (texts, ids, the
/// day) is in the value, never read from a clock or the shell; and a refused
/// change throws before it alters anything.
public protocol SessionChange: Sendable {
    /// Applies the change; returns the id of the item it made or changed, if any.
    @discardableResult
    func apply(to session: inout Session) throws(SessionError) -> String?

    /// The prompt key and arguments that describe it ("risk r2 rated 4 × 5").
    var wording: Phrase { get }
}

/// A sentence from the prompt catalogue, not yet in a language.
public struct Phrase: Equatable, Sendable {
    public var key: String
    public var arguments: [String: String]
    /// Arguments that are catalogue keys themselves (a value word's label), worded in the same language.
    public var labels: [String: String]

    public init(_ key: String, _ arguments: [String: String] = [:], labels: [String: String] = [:]) {
        self.key = key
        self.arguments = arguments
        self.labels = labels
    }

    /// The sentence in `language`. With a session, a partner named by id
    /// (the guide and follow-ups pass ids) is worded by name.
    public func text(_ catalog: PromptCatalog, _ language: Language, in session: Session? = nil) -> String {
        var all = arguments
        for (name, key) in labels { all[name] = catalog.text(key, language) }
        if let session, let partner = all["partner"], let named = session.partners.first(where: { $0.id == partner }) {
            all["partner"] = named.name
        }
        return catalog.text(key, language, all)
    }
}

/// A change made by a closure, while the commands are moved to typed changes.
/// Replayable as long as the closure only uses the values it captured.
public struct ClosureChange: SessionChange {
    public let body: @Sendable (inout Session) throws(SessionError) -> Void
    public let wording: Phrase

    public init(_ wording: Phrase, _ body: @escaping @Sendable (inout Session) throws(SessionError) -> Void) {
        self.wording = wording
        self.body = body
    }

    public func apply(to session: inout Session) throws(SessionError) -> String? {
        try body(&session)
        return nil
    }
}

/// Changes applied together and undone together (an answer and its mark);
/// worded as the first.
public struct ChangeSequence: SessionChange {
    public let steps: [any SessionChange]

    public init(_ steps: [any SessionChange]) {
        self.steps = steps
    }

    public var wording: Phrase { steps.first?.wording ?? Phrase("undo.described", ["what": ""]) }

    public func apply(to session: inout Session) throws(SessionError) -> String? {
        var first: String?
        for (n, step) in steps.enumerated() {
            let id = try step.apply(to: &session)
            if n == 0 { first = id }
        }
        return first
    }
}

/// A guided question marked answered: part of the change that answered it.
public struct MarkAnswered: SessionChange {
    public let question: QuestionID
    public let day: Day

    public init(_ question: QuestionID, on day: Day) {
        self.question = question
        self.day = day
    }

    public var wording: Phrase { Phrase("undo.described", ["what": question.raw]) }

    public func apply(to session: inout Session) throws(SessionError) -> String? {
        session.guide.answer(question, on: day)
        return nil
    }
}
