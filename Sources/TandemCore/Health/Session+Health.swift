extension Session {
    /// Records one partner's rating of one ingredient. Earlier ratings stay in
    /// the file with their dates (follow-ups compare them); a second rating on
    /// the same day replaces the first, since it is a correction, not a change.
    @discardableResult
    public mutating func rateHealth(
        partner reference: String, ingredient: Ingredient, score: Int, on day: Day
    ) throws(SessionError) -> HealthRating {
        let partner = try partner(reference)
        guard HealthRating.scale.contains(score) else {
            throw .outOfRange(field: "health.score", value: String(score), range: HealthRating.scale)
        }
        let rating = HealthRating(partner: partner.id, ingredient: ingredient, score: score, date: day)
        if let index = self.health.lastIndex(where: {
            $0.partner == partner.id && $0.ingredient == ingredient && $0.date == day
        }) {
            self.health[index] = rating
        } else {
            self.health.append(rating)
        }
        return rating
    }

    /// The latest rating of each ingredient by each current partner (by date,
    /// then by order of entry); ratings of removed partners are left out.
    public func latestHealth() -> [String: [Ingredient: HealthRating]] {
        let current = Set(self.partners.map(\.id))
        var latest: [String: [Ingredient: HealthRating]] = [:]
        for rating in self.health where current.contains(rating.partner) {
            if let known = latest[rating.partner]?[rating.ingredient], known.date > rating.date { continue }
            latest[rating.partner, default: [:]][rating.ingredient] = rating
        }
        return latest
    }

    /// The rating a partner gave an ingredient before the latest one, on an earlier day.
    public func previousHealth(partner: String, ingredient: Ingredient, before day: Day) -> HealthRating? {
        healthRatings(of: partner).filter { $0.ingredient == ingredient && $0.date < day }
            .max { $0.date < $1.date }
    }
}
