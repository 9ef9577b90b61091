/// Every edit of the complementarity map, as a value: the `map` commands and
/// the guided map change it only through these. Names and texts are checked
/// by the core's text rule, scores against the 0–3 scale (`Rating.range`).
public enum MapEdit: SessionChange, Equatable {
    /// A capability the partnership requires.
    case addNeed(name: String, critical: Bool)
    /// A need (its whole name or its id) and its ratings.
    case removeNeed(id: String)
    case critical(need: String, Bool)
    /// How well a partner covers a need, 0–3, with an optional note; replaces an earlier rating.
    case rate(partner: String, need: String, score: Int, note: String)
    /// How another partner (or the coach, `by: "coach"`) sees a partner's cover of a need, 0–3.
    case ratePeer(partner: String, need: String, by: String, score: Int)
    /// A strength or a weakness a partner names.
    case trait(partner: String, Trait.Kind, text: String)

    public func apply(to session: inout Session) throws(SessionError) -> String? {
        switch self {
        case .addNeed(let name, let critical):
            return try session.addNeed(name: name, critical: critical).id
        case .removeNeed(let id):
            return try session.removeNeed(id).id
        case .critical(let need, let critical):
            return try session.setCritical(need, critical).id
        case .rate(let partner, let need, let score, let note):
            return try session.rate(partner: partner, need: need, score: score, note: note).need
        case .ratePeer(let partner, let need, let by, let score):
            return try session.ratePeer(partner: partner, need: need, by: by, score: score).need
        case .trait(let partner, let kind, let text):
            return try session.addTrait(partner: partner, kind: kind, text: text).partner
        }
    }

    public var wording: Phrase {
        switch self {
        case .addNeed(let name, let critical):
            return Phrase(
                critical ? "undo.map.addNeed.critical" : "undo.map.addNeed", ["name": name.trimmingWhitespace])
        case .removeNeed(let id): return Phrase("undo.map.removeNeed", ["need": id])
        case .critical(let need, let critical):
            return Phrase(critical ? "undo.map.critical" : "undo.map.critical.off", ["need": need])
        case .rate(let partner, let need, let score, _):
            return Phrase("undo.map.rate", ["partner": partner, "need": need, "score": String(score)])
        case .ratePeer(let partner, let need, let by, let score):
            return Phrase("undo.map.ratePeer", ["partner": partner, "need": need, "by": by, "score": String(score)])
        case .trait(let partner, let kind, let text):
            return Phrase("undo.map.trait.\(kind.rawValue)", ["partner": partner, "text": text.trimmingWhitespace])
        }
    }
}
