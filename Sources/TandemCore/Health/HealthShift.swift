/// A partner's latest rating of an ingredient, at the checkpoint and now.
public struct HealthShift: Equatable, Sendable {
    public var partner: String
    public var ingredient: Ingredient
    public var from: Int?
    public var to: Int?
}

extension SessionDiff {
    /// Each partner's latest rating of each ingredient, by today's partners
    /// in their order, then the ingredients in theirs.
    static func health(_ before: SessionState, _ after: SessionState) -> [HealthShift] {
        let (old, new) = (latest(before.health), latest(after.health))
        var shifts: [HealthShift] = []
        for partner in after.partners {
            for ingredient in Ingredient.allCases {
                let key = partner.id + "/" + ingredient.rawValue
                if old[key] != new[key] {
                    shifts.append(
                        HealthShift(partner: partner.id, ingredient: ingredient, from: old[key], to: new[key]))
                }
            }
        }
        return shifts
    }

    /// "partner/ingredient" → the score of the latest rating (by date, then by entry order).
    static func latest(_ ratings: [HealthRating]) -> [String: Int] {
        var dates: [String: Day] = [:]
        var scores: [String: Int] = [:]
        for rating in ratings {
            let key = rating.partner + "/" + rating.ingredient.rawValue
            if let known = dates[key], known > rating.date { continue }
            dates[key] = rating.date
            scores[key] = rating.score
        }
        return scores
    }
}
