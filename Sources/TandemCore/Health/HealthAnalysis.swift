/// Where an ingredient's mean falls: 4.0 and above a strength, 3.0 to 3.9
/// worth discussing, below 3.0 a concern.
public enum HealthBand: Int, Comparable, CaseIterable, Sendable {
    case concern, discuss, strength

    /// Computed on the sum so that 3.95 is never rounded into a strength.
    public init(sum: Int, count: Int) {
        if sum >= 4 * count {
            self = .strength
        } else if sum >= 3 * count {
            self = .discuss
        } else {
            self = .concern
        }
    }

    public static func < (a: HealthBand, b: HealthBand) -> Bool { a.rawValue < b.rawValue }

    public var labelKey: String {
        switch self {
        case .strength: return "health.band.strength"
        case .discuss: return "health.band.discuss"
        case .concern: return "health.band.concern"
        }
    }
}

/// A partner id with the score they gave.
public struct PartnerScore: Equatable, Sendable {
    public var partner: String
    public var score: Int

    public init(_ partner: String, _ score: Int) {
        self.partner = partner
        self.score = score
    }
}

/// Two partners who see one ingredient 2 points or more apart.
public struct PerceptionGap: Equatable, Sendable {
    public static let threshold = 2
    public var ingredient: Ingredient
    /// The partner who rates lower (the first in partner order when equal).
    public var low: PartnerScore
    public var high: PartnerScore
    public var size: Int { high.score - low.score }
}

/// One ingredient across partners: their latest scores, the mean and its band.
public struct IngredientHealth: Equatable, Sendable {
    public var ingredient: Ingredient
    /// Partner id → latest score; partners who have not rated it are absent.
    public var scores: [String: Int]

    public var sum: Int { scores.values.reduce(0, +) }
    public var band: HealthBand? { scores.isEmpty ? nil : HealthBand(sum: sum, count: scores.count) }
    /// The mean in tenths (35 is 3.5), rounded half up but never into a better band than the real mean.
    public var meanTenths: Int? {
        guard !scores.isEmpty, let band else { return nil }
        let rounded = (sum * 20 + scores.count) / (2 * scores.count)
        switch band {
        case .strength: return rounded
        case .discuss: return min(rounded, 39)
        case .concern: return min(rounded, 29)
        }
    }
}

/// A partner's score that changed since their previous rating on an earlier day.
public struct HealthChange: Equatable, Sendable {
    public var partner: String
    public var ingredient: Ingredient
    public var from: Int
    public var to: Int
    public var since: Day
}

/// The health check compared across partners: what holds, what to talk
/// about, and where partners do not see the partnership the same way.
public struct HealthAnalysis: Equatable, Sendable {
    /// Partner ids in session order; every list below follows it.
    public var partners: [String]
    /// The seven ingredients in their order, rated or not.
    public var rows: [IngredientHealth]
    /// Perception gaps, the widest first, then in ingredient order.
    public var gaps: [PerceptionGap]
    /// Partner id → the ingredients they have not rated yet (partners with none missing are absent).
    public var missing: [String: [Ingredient]]
    /// Partner id → unrated ingredients whose question was skipped in the guide (avoidance is a signal).
    public var skipped: [String: [Ingredient]]
    public var changes: [HealthChange]

    public var rated: [IngredientHealth] { rows.filter { !$0.scores.isEmpty } }
    public func ingredients(in band: HealthBand) -> [Ingredient] { rows.filter { $0.band == band }.map(\.ingredient) }
    public var strengths: [Ingredient] { ingredients(in: .strength) }
    public var toDiscuss: [Ingredient] { ingredients(in: .discuss) }
    public var concerns: [Ingredient] { ingredients(in: .concern) }
    public var isEmpty: Bool { rated.isEmpty }

    public init(_ session: Session) {
        let latest = session.latestHealth()
        let order = session.partners.map(\.id)
        partners = order
        rows = Ingredient.allCases.map { ingredient in
            var scores: [String: Int] = [:]
            for id in order { if let rating = latest[id]?[ingredient] { scores[id] = rating.score } }
            return IngredientHealth(ingredient: ingredient, scores: scores)
        }
        var gaps: [PerceptionGap] = []
        for row in rows {
            for (i, a) in order.enumerated() {
                for b in order.dropFirst(i + 1) {
                    guard let sa = row.scores[a], let sb = row.scores[b], abs(sa - sb) >= PerceptionGap.threshold else {
                        continue
                    }
                    let (low, high) =
                        sa <= sb
                        ? (PartnerScore(a, sa), PartnerScore(b, sb)) : (PartnerScore(b, sb), PartnerScore(a, sa))
                    gaps.append(PerceptionGap(ingredient: row.ingredient, low: low, high: high))
                }
            }
        }
        // Stable: equal sizes keep ingredient and partner order.
        self.gaps = gaps.enumerated().sorted { ($0.element.size, -$0.offset) > ($1.element.size, -$1.offset) }.map(
            \.element)
        var missing: [String: [Ingredient]] = [:]
        var skipped: [String: [Ingredient]] = [:]
        for id in order {
            let absent = Ingredient.allCases.filter { latest[id]?[$0] == nil }
            let avoided = absent.filter { session.guide.wasSkipped(.health(partner: id, $0)) }
            if absent.count > avoided.count { missing[id] = absent.filter { !avoided.contains($0) } }
            if !avoided.isEmpty { skipped[id] = avoided }
        }
        self.missing = missing
        self.skipped = skipped
        var changes: [HealthChange] = []
        for id in order {
            for ingredient in Ingredient.allCases {
                guard let now = latest[id]?[ingredient],
                    let before = session.previousHealth(partner: id, ingredient: ingredient, before: now.date),
                    before.score != now.score
                else { continue }
                changes.append(
                    HealthChange(
                        partner: id, ingredient: ingredient, from: before.score, to: now.score, since: before.date))
            }
        }
        self.changes = changes
    }

    /// What is worth talking about, one topic per ingredient: a concern
    /// involves every partner; a gap the partners on either side of it.
    public var topics: [HealthTopic] {
        var list: [HealthTopic] = []
        for row in rows {
            if row.band == .concern {
                list.append(HealthTopic(ingredient: row.ingredient, partners: partners))
            } else {
                let involved = Set(
                    gaps.filter { $0.ingredient == row.ingredient }.flatMap { [$0.low.partner, $0.high.partner] })
                if !involved.isEmpty {
                    list.append(HealthTopic(ingredient: row.ingredient, partners: partners.filter(involved.contains)))
                }
            }
        }
        return list
    }
}

/// An ingredient some partners should talk through together.
public struct HealthTopic: Equatable, Sendable {
    public var ingredient: Ingredient
    /// Partner ids, in session order.
    public var partners: [String]
}
