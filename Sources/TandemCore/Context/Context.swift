/// What the partnership is for and how engaged it is.
public struct Context: Codable, Equatable, Sendable {
    public var purpose: String
    public var vision: String
    public var type: PartnershipType?
    public var level: PartnershipLevel?
    public var relationship: Relationship?
    /// The partner who writes the proposal (a partner id): it speaks in their first person. Absent: the partners'.
    public var author: String?
    /// The decision the proposal asks for, as typed. Absent: drawn from the next gate.
    public var ask: String?

    public init(
        purpose: String = "", vision: String = "", type: PartnershipType? = nil,
        level: PartnershipLevel? = nil, relationship: Relationship? = nil
    ) {
        self.purpose = purpose
        self.vision = vision
        self.type = type
        self.level = level
        self.relationship = relationship
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        purpose = try c.decodeIfPresent(String.self, forKey: .purpose) ?? ""
        vision = try c.decodeIfPresent(String.self, forKey: .vision) ?? ""
        type = try c.decodeIfPresent(PartnershipType.self, forKey: .type)
        level = try c.decodeIfPresent(PartnershipLevel.self, forKey: .level)
        relationship = try c.decodeIfPresent(Relationship.self, forKey: .relationship)
        author = try c.decodeIfPresent(String.self, forKey: .author)
        ask = try c.decodeIfPresent(String.self, forKey: .ask)
    }
}
