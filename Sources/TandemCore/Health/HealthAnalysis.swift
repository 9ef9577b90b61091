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
    /// How many gaps an analysis lists (the widest); the others are counted.
    public static let listed = 50
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
    /// Perception gaps, the widest first, then in ingredient and partner order:
    /// the first `PerceptionGap.listed` of them (each pair of partners may make one).
    public var gaps: [PerceptionGap]
    /// How many perception gaps there are in all, listed or not.
    public var gapCount: Int
    /// Ingredient → the partners on either side of one of its gaps (ingredients without a gap are absent).
    public var apart: [Ingredient: Set<String>]
    /// Partner id → the ingredients they have not rated yet (partners with none missing are absent).
    public var missing: [String: [Ingredient]]
    /// Partner id → unrated ingredients whose question was skipped in the guide (avoidance is a signal).
    public var skipped: [String: [Ingredient]]
    public var changes: [HealthChange]

    public var rated: [IngredientHealth] { rows.filter { !$0.scores.isEmpty } }
    /// The band an ingredient is said to be in: its mean's, except that one
    /// partners see differently (a perception gap) is never called a strength.
    public func band(of row: IngredientHealth) -> HealthBand? {
        guard let band = row.band else { return nil }
        return band == .strength && apart[row.ingredient] != nil ? .discuss : band
    }
    public func ingredients(in band: HealthBand) -> [Ingredient] {
        rows.filter { self.band(of: $0) == band }.map(\.ingredient)
    }
    public var strengths: [Ingredient] { ingredients(in: .strength) }
    public var toDiscuss: [Ingredient] { ingredients(in: .discuss) }
    public var concerns: [Ingredient] { ingredients(in: .concern) }

    /// Every individual score of 2 or less, by ingredient then partner: named even when the mean is fine.
    public var lowScores: [(ingredient: Ingredient, partner: String, score: Int)] {
        rows.flatMap { row in
            partners.compactMap { id in
                row.scores[id].flatMap { $0 <= SessionDiff.lowHealth ? (row.ingredient, id, $0) : nil }
            }
        }
    }

    /// A partner who rates lower than the others on most ingredients (at
    /// least three rated in common, lower on each, a point lower on average):
    /// their mean in tenths and the others' on the same ingredients.
    public var lowerThanOthers: [(partner: String, mine: Int, others: Int)] {
        guard partners.count >= 2 else { return [] }
        // Each ingredient's total once, so the others' mean is (total - own) / (count - 1):
        // linear in the partners.
        let totals = rows.map { $0.scores.values.reduce(0, +) }
        return partners.compactMap { id in
            var mine = 0
            var others = 0
            var shared = 0
            for (row, total) in zip(rows, totals) {
                guard let own = row.scores[id], row.scores.count >= 2 else { continue }
                let restMean = Double(total - own) / Double(row.scores.count - 1)
                guard Double(own) < restMean else { return nil }
                mine += own * 10
                others += Int((restMean * 10).rounded())
                shared += 1
            }
            guard shared >= 3, others - mine >= 10 * shared else { return nil }
            return (id, mine / shared, others / shared)
        }
    }
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
        (gaps, gapCount, apart) = Self.perceptionGaps(rows, order)
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
                if let involved = apart[row.ingredient], !involved.isEmpty {
                    list.append(HealthTopic(ingredient: row.ingredient, partners: partners.filter(involved.contains)))
                }
            }
        }
        return list
    }
}

extension HealthAnalysis {
    /// The gaps to list, their number and who is on either side, in time linear in
    /// the partners: scores are grouped by value (1 to 5), so pairs are counted,
    /// not enumerated, and only the listed ones are built.
    static func perceptionGaps(_ rows: [IngredientHealth], _ order: [String])
        -> (gaps: [PerceptionGap], count: Int, apart: [Ingredient: Set<String>])
    {
        var count = 0
        var apart: [Ingredient: Set<String>] = [:]
        // Per ingredient: the positions (in partner order) of the partners who gave each score.
        var positions: [[Int: [Int]]] = []
        for row in rows {
            var byScore: [Int: [Int]] = [:]
            for (index, id) in order.enumerated() {
                if let score = row.scores[id] { byScore[score, default: []].append(index) }
            }
            positions.append(byScore)
            let scores = byScore.keys.sorted()
            for (i, x) in scores.enumerated() {
                for y in scores[(i + 1)...] where y - x >= PerceptionGap.threshold {
                    count += (byScore[x]?.count ?? 0) * (byScore[y]?.count ?? 0)
                }
            }
            guard let low = scores.first, let high = scores.last, high - low >= PerceptionGap.threshold else {
                continue
            }
            apart[row.ingredient] = Set(
                row.scores.filter {
                    $0.value - low >= PerceptionGap.threshold || high - $0.value >= PerceptionGap.threshold
                }
                .map(\.key))
        }
        // The widest first; among equal sizes, ingredient order, then the pairs in partner order.
        var gaps: [PerceptionGap] = []
        let widest = rows.map { row in (row.scores.values.max() ?? 0) - (row.scores.values.min() ?? 0) }.max() ?? 0
        let sizes = Swift.stride(from: widest, through: PerceptionGap.threshold, by: -1)
        sizing: for size in sizes {
            for (row, byScore) in zip(rows, positions) {
                var next: [Int: Int] = [:]  // score → how far into its positions the pairs have gone
                for (a, id) in order.enumerated() {
                    guard let sa = row.scores[id] else { continue }
                    // The partners after `a` whose score is `size` away, in partner order.
                    var later: [Int] = []
                    for sb in [sa - size, sa + size] {
                        guard let list = byScore[sb] else { continue }
                        var start = next[sb] ?? 0
                        while start < list.count, list[start] <= a { start += 1 }
                        next[sb] = start
                        later += list[start...].prefix(PerceptionGap.listed - gaps.count)
                    }
                    for b in later.sorted().prefix(PerceptionGap.listed - gaps.count) {
                        let other = order[b]
                        guard let sb = row.scores[other] else { continue }
                        let (low, high) =
                            sa <= sb
                            ? (PartnerScore(id, sa), PartnerScore(other, sb))
                            : (PartnerScore(other, sb), PartnerScore(id, sa))
                        gaps.append(PerceptionGap(ingredient: row.ingredient, low: low, high: high))
                    }
                    if gaps.count >= PerceptionGap.listed { break sizing }
                }
            }
        }
        return (gaps, count, apart)
    }
}

/// An ingredient some partners should talk through together.
public struct HealthTopic: Equatable, Sendable {
    public var ingredient: Ingredient
    /// Partner ids, in session order.
    public var partners: [String]
}
