/// A baseline: the state of every module frozen on a day, kept inside the
/// session file so a follow-up months later can say what moved since.
public struct Checkpoint: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    /// Empty when the coach gave none; `followup` labels its own.
    public var label: String
    public var date: Day
    public var state: SessionState
    /// How many of the session's notes were written when it was taken, so a
    /// diff lists the ones written since; nil in files from before it was kept.
    public var notes: Int?
    /// Set when a follow-up meeting ended with this checkpoint: its minutes.
    public var minutes: FollowUpMinutes?

    public init(
        id: String, label: String, date: Day, state: SessionState, notes: Int? = nil, minutes: FollowUpMinutes? = nil
    ) {
        self.id = id
        self.label = label
        self.date = date
        self.state = state
        self.notes = notes
        self.minutes = minutes
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        label = try c.value(.label, or: "")
        date = try c.decode(Day.self, forKey: .date)
        state = try c.value(.state, or: SessionState())
        notes = try c.decodeIfPresent(Int.self, forKey: .notes).map { max(0, $0) }
        minutes = try c.decodeIfPresent(FollowUpMinutes.self, forKey: .minutes)
    }
}
