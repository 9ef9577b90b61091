/// Every edit of the health check, as a value: `health rate`, the guided
/// health check and follow-ups rate through it; the 1–5 scale is the core's.
public enum HealthEdit: SessionChange, Equatable {
    /// One partner's rating of one ingredient on `day` (a second rating the
    /// same day corrects the first); `partner` is an id or a name.
    case rate(partner: String, ingredient: Ingredient, score: Int, on: Day)

    /// Returns the id of the partner who rated.
    public func apply(to session: inout Session) throws(SessionError) -> String? {
        switch self {
        case .rate(let partner, let ingredient, let score, let day):
            return try session.rateHealth(partner: partner, ingredient: ingredient, score: score, on: day).partner
        }
    }

    public var wording: Phrase {
        switch self {
        case .rate(let partner, let ingredient, let score, _):
            return Phrase(
                "undo.health.rate", ["partner": partner, "score": String(score)],
                labels: ["ingredient": ingredient.labelKey])
        }
    }
}
