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

    public init(_ key: String, _ arguments: [String: String] = [:]) {
        self.key = key
        self.arguments = arguments
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
