/// Something someone will do, with an optional owner and due date.
public struct Action: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var text: String
    /// A partner id, or free text.
    public var owner: String
    public var due: Day?
    public var created: Day
    public var done: Day?

    public init(id: String, text: String, owner: String = "", due: Day? = nil, created: Day) {
        self.id = id
        self.text = text
        self.owner = owner
        self.due = due
        self.created = created
        done = nil
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        text = try c.decode(String.self, forKey: .text)
        owner = try c.value(.owner, or: "")
        due = try c.decodeIfPresent(Day.self, forKey: .due)
        created = try c.decode(Day.self, forKey: .created)
        done = try c.decodeIfPresent(Day.self, forKey: .done)
    }
}
