/// A change the session refuses, worded by the shell from the prompt catalogue.
public enum SessionError: Error, Equatable, Sendable {
    case emptyName
    /// A name shaped like an id (`p3`), which commands would read as the id.
    case nameLooksLikeID(String)
    /// A text field too long or holding control characters; `field` names a `field.*` key.
    case invalidText(field: String)
    /// A text field left empty where words are needed; `field` names a `field.*` key.
    case emptyText(field: String)
    case partnerExists(String)
    case unknownPartner(String)
    case ambiguousPartner(String, [String])
    /// No expectation, need, stage, risk or action matches `reference`.
    case unknown(IDKind, String)
    case ambiguous(IDKind, String, [String])
    /// A need or stage with this name exists already.
    case exists(IDKind, String)
    /// A number outside its scale; `field` names a `field.*` key.
    case outOfRange(field: String, value: String, range: ClosedRange<Int>)
    /// Not a date as YYYY-MM-DD.
    case invalidDate(String)
    /// No conflict of the last merge has this id (`x2`).
    case unknownConflict(String)
    /// A value the conflicting field cannot hold.
    case conflictValue(id: String, value: String)
    /// An item that is never private (a partner, a stage): only expectations, risks, rules and actions are.
    case alwaysShared(String)
    /// Only a partner's declared items (e ids) can be a guess.
    case notGuessable(String)
    /// The author's own item: a guess is what the author imagines about another partner.
    case authorsOwn(id: String, author: String)
}
