/// A capability the partnership requires; critical needs feed the defection risk.
public struct Need: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var critical: Bool

    public init(id: String, name: String, critical: Bool = false) {
        self.id = id
        self.name = name
        self.critical = critical
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        critical = try c.value(.critical, or: false)
    }
}

/// How well one partner covers one need: 0 none, 1 basic, 2 solid, 3 lead.
public struct Rating: Codable, Equatable, Sendable {
    public static let range = 0...3
    public var partner: String
    public var need: String
    public var score: Int
    public var note: String

    public init(partner: String, need: String, score: Int, note: String = "") {
        self.partner = partner
        self.need = need
        self.score = score
        self.note = note
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        partner = try c.decode(String.self, forKey: .partner)
        need = try c.decode(String.self, forKey: .need)
        score = try c.decode(Int.self, forKey: .score)
        note = try c.value(.note, or: "")
        guard Self.range.contains(score) else {
            throw DecodingError.dataCorruptedError(
                forKey: .score, in: c, debugDescription: "expected 0 to 3, found \(score)")
        }
    }
}

/// A strength or weakness a partner names about itself (or the coach notes).
public struct Trait: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable { case strength, weakness }
    public var partner: String
    public var kind: Kind
    public var text: String
}

/// How another partner (or the coach) sees a partner's cover of a need, 0–3:
/// beside the partner's own rating, so a self-rating the others do not share
/// shows as a perception gap. One per partner, need and rater.
public struct PeerRating: Codable, Equatable, Sendable {
    /// The rater when it is the coach rather than a partner.
    public static let coach = "coach"
    public var partner: String  // the partner rated
    public var need: String
    /// The partner id of who gives this view, or `coach`.
    public var by: String
    public var score: Int

    public init(partner: String, need: String, by: String, score: Int) {
        self.partner = partner
        self.need = need
        self.by = by
        self.score = score
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        partner = try c.decode(String.self, forKey: .partner)
        need = try c.decode(String.self, forKey: .need)
        by = try c.decode(String.self, forKey: .by)
        score = try c.decode(Int.self, forKey: .score)
        guard Rating.range.contains(score) else {
            throw DecodingError.dataCorruptedError(
                forKey: .score, in: c, debugDescription: "expected 0 to 3, found \(score)")
        }
    }
}
