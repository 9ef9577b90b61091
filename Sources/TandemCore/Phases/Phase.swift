/// The cycle every partnership goes through: euphoria, crisis, performance.
public enum Phase: String, ValueWord {
    case euphoria, crisis, performance
    public static let labelPrefix = "value.phase"
}

/// A declared phase, dated, with what made the coach say so.
public struct PhaseEntry: Codable, Equatable, Sendable {
    public var phase: Phase
    public var date: Day
    public var note: String

    public init(phase: Phase, date: Day, note: String = "") {
        self.phase = phase
        self.date = date
        self.note = note
    }
}

/// One partner's view of the phase, dated: the guided step asks each partner,
/// `phase PARTNER VALUE [NOTE]` records one. Kept apart from the declared
/// timeline, so a disagreement stays on record with its day.
public struct PhaseVoice: Codable, Equatable, Sendable {
    public var partner: String  // partner id
    public var phase: Phase
    public var date: Day
    public var note: String

    public init(partner: String, phase: Phase, date: Day, note: String = "") {
        self.partner = partner
        self.phase = phase
        self.date = date
        self.note = note
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        partner = try c.decode(String.self, forKey: .partner)
        phase = try c.decode(Phase.self, forKey: .phase)
        date = try c.decode(Day.self, forKey: .date)
        note = try c.value(.note, or: "")
    }
}
