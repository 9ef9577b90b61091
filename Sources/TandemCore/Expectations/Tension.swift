/// Two declared items that pull against each other (one partner wants a
/// quick launch, the other a careful pilot): said aloud, then settled by a
/// rule of the working agreement or by a commitment.
public struct Tension: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    /// The two expectation ids, as the coach gave them.
    public var between: [String]
    public var note: String
    /// The rule (g…) or commitment (e…) that settles it; nil while it is open.
    public var settledBy: String?

    public init(id: String, between: [String], note: String = "", settledBy: String? = nil) {
        self.id = id
        self.between = between
        self.note = note
        self.settledBy = settledBy
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        between = try c.value(.between, or: [])
        note = try c.value(.note, or: "")
        settledBy = try c.decodeIfPresent(String.self, forKey: .settledBy)
    }
}
