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
