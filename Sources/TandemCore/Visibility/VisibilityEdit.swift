/// `private ID…`, `share ID…`, `guess ID…` and `confirm ID…` as values: what
/// a proposal may show, and which declared items are the author's guesses
/// about another partner. Every id is checked before the first is changed.
public enum VisibilityEdit: SessionChange, Equatable {
    /// Each expectation, risk, rule or action made shared or private.
    case set(ids: [String], Visibility)
    /// Each declared item (e ids) marked as a guess (true) or confirmed by its partner (false).
    case guess(ids: [String], Bool)

    /// Returns the first id.
    public func apply(to session: inout Session) throws(SessionError) -> String? {
        switch self {
        case .set(let ids, let visibility):
            for id in ids { try session.checkVisibilityTarget(id) }
            for id in ids { session.setVisibility(id, visibility) }
            return ids.first
        case .guess(let ids, let guess):
            for id in ids {
                guard let item = session.expectations.withID(id) else {
                    try session.checkVisibilityTarget(id)
                    throw .notGuessable(id)
                }
                if guess, let author = session.context.author, item.partner == author {
                    throw .authorsOwn(id: id, author: session.partnerName(author))
                }
            }
            for id in ids {
                guard let index = session.expectations.firstIndex(where: { $0.id == id }) else { continue }
                session.expectations[index].guess = guess ? true : nil
            }
            return ids.first
        }
        return nil
    }

    public var wording: Phrase {
        switch self {
        case .set(let ids, let visibility):
            return Phrase(
                "undo.visibility.\(visibility.rawValue)\(ids.count == 1 ? ".one" : "")",
                ["ids": ids.joined(separator: ", ")])
        case .guess(let ids, let guess):
            return Phrase(
                "undo.\(guess ? "guess" : "confirm")\(ids.count == 1 ? ".one" : "")",
                ["ids": ids.joined(separator: ", ")])
        }
    }
}
