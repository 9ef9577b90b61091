/// Someone taking part in the partnership: a person or the organisation they speak for.
public struct Partner: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var role: String
    public var represents: String
    /// The open question of personal goals not said aloud; empty until discussed.
    public var personalGoals: String

    public init(id: String, name: String, role: String = "", represents: String = "") {
        self.id = id
        self.name = name
        self.role = role
        self.represents = represents
        personalGoals = ""
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        role = try c.decodeIfPresent(String.self, forKey: .role) ?? ""
        represents = try c.value(.represents, or: "")
        personalGoals = try c.value(.personalGoals, or: "")
    }
}
