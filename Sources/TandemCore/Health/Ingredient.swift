/// The seven ingredients of a good partnership (seed 002), in its order.
public enum Ingredient: String, ValueWord {
    case vision, trust, leadership, objectives, care, values, decisions
    public static let labelPrefix = "value.ingredient"
}

/// One partner's rating of one ingredient, 1 (absent) to 5 (solid).
public struct HealthRating: Codable, Equatable, Sendable {
    public static let scale = 1...5
    public var partner: String
    public var ingredient: Ingredient
    public var score: Int
    public var date: Day

    public init(partner: String, ingredient: Ingredient, score: Int, date: Day) {
        self.partner = partner
        self.ingredient = ingredient
        self.score = score
        self.date = date
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        partner = try c.decode(String.self, forKey: .partner)
        ingredient = try c.decode(Ingredient.self, forKey: .ingredient)
        score = try c.decode(Int.self, forKey: .score)
        date = try c.decode(Day.self, forKey: .date)
        guard Self.scale.contains(score) else {
            throw DecodingError.dataCorruptedError(
                forKey: .score, in: c, debugDescription: "expected 1 to 5, found \(score)")
        }
    }
}
