/// A baseline: the state of every module frozen on a day, kept inside the
/// session file so a follow-up months later can say what moved since.
public struct Checkpoint: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    /// Empty when the coach gave none; `followup` labels its own.
    public var label: String
    public var date: Day
    public var state: SessionSnapshot

    public init(id: String, label: String, date: Day, state: SessionSnapshot) {
        self.id = id
        self.label = label
        self.date = date
        self.state = state
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        label = try c.value(.label, or: "")
        date = try c.decode(Day.self, forKey: .date)
        state = try c.value(.state, or: SessionSnapshot())
    }
}

/// The module data of a session, without its checkpoints, guide record or
/// counters. Arrays keep the live order and the file keeps sorted keys, so a
/// new checkpoint shows in `git diff` as one block that reads like the session.
public struct SessionSnapshot: Codable, Equatable, Sendable {
    public var context: Context
    public var partners: [Partner]
    public var expectations: [Expectation]
    public var needs: [Need]
    public var ratings: [Rating]
    public var traits: [Trait]
    /// Stages with their gate history; a gate under way is not part of the state.
    public var stages: [Stage]
    public var risks: [Risk]
    public var failureScan: [String: ScanAnswer]
    public var health: [HealthRating]
    public var phases: [PhaseEntry]
    public var actions: [Action]

    public init() {
        context = Context()
        partners = []
        expectations = []
        needs = []
        ratings = []
        traits = []
        stages = []
        risks = []
        failureScan = [:]
        health = []
        phases = []
        actions = []
    }

    /// The session's module data as it is now.
    public init(_ session: Session) {
        context = session.context
        partners = session.partners
        expectations = session.expectations
        needs = session.needs
        ratings = session.ratings
        traits = session.traits
        stages = session.stages.map { stage in
            var frozen = stage
            frozen.draft = nil
            return frozen
        }
        risks = session.risks
        failureScan = session.failureScan
        health = session.health
        phases = session.phases
        actions = session.actions
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        context = try c.value(.context, or: Context())
        partners = try c.value(.partners, or: [])
        expectations = try c.value(.expectations, or: [])
        needs = try c.value(.needs, or: [])
        ratings = try c.value(.ratings, or: [])
        traits = try c.value(.traits, or: [])
        stages = try c.value(.stages, or: [])
        risks = try c.value(.risks, or: [])
        failureScan = try c.value(.failureScan, or: [:])
        health = try c.value(.health, or: [])
        phases = try c.value(.phases, or: [])
        actions = try c.value(.actions, or: [])
    }
}
