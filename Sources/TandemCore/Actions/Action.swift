/// Something someone will do, with an optional owner and due date.
public struct Action: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var text: String
    /// A partner id, or free text.
    public var owner: String
    public var due: Day?
    public var created: Day
    public var done: Day?
    /// Where the action came from when an analysis suggested it: the health
    /// check and the phase check are the coach's own reading, so their actions
    /// stay out of the proposal. Empty for actions the coach typed.
    public var origin: String
    /// Set only when it differs from the default (`Visibility`); absent in older files.
    public var visibility: Visibility?

    public init(id: String, text: String, owner: String = "", due: Day? = nil, created: Day, origin: String = "") {
        self.id = id
        self.text = text
        self.owner = owner
        self.due = due
        self.created = created
        done = nil
        self.origin = origin
        visibility = nil
    }

    /// Origins whose actions are private to the coach.
    public static let privateOrigins: Set<String> = ["health", "phase", "analysis"]

    /// Kept out of the proposal: suggested by the health or phase check (the
    /// coach's reading), unless shared, or made private (`private ID`).
    public var isPrivate: Bool { !isShared }

    enum CodingKeys: String, CodingKey {
        case id, text, owner, due, created, done, origin, visibility
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        text = try c.decode(String.self, forKey: .text)
        owner = try c.value(.owner, or: "")
        due = try c.decodeIfPresent(Day.self, forKey: .due)
        created = try c.decode(Day.self, forKey: .created)
        done = try c.decodeIfPresent(Day.self, forKey: .done)
        origin = try c.value(.origin, or: "")
        visibility = try c.decodeIfPresent(Visibility.self, forKey: .visibility)
    }

    /// The origin is written only when there is one, so actions typed by the coach look as they always did.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(text, forKey: .text)
        try c.encode(owner, forKey: .owner)
        try c.encodeIfPresent(due, forKey: .due)
        try c.encode(created, forKey: .created)
        try c.encodeIfPresent(done, forKey: .done)
        if !origin.isEmpty { try c.encode(origin, forKey: .origin) }
        try c.encodeIfPresent(visibility, forKey: .visibility)
    }
}
