/// The modules' data: what the coach works on, one field per module, and what
/// a checkpoint freezes. This is the one list of module state: the session
/// holds one (its fields read as `session.risks`), each checkpoint a copy, and
/// `diff` compares two. A new module adds its field here, with its default.
public struct SessionState: Codable, Equatable, Sendable {
    // Context
    public var context = Context()
    public var partners: [Partner] = []
    // Expectations
    public var expectations: [Expectation] = []
    // Complementarity map
    public var needs: [Need] = []
    public var ratings: [Rating] = []
    /// Others' views of a partner's cover of a need (absent in older files).
    public var peerRatings: [PeerRating] = []
    public var traits: [Trait] = []
    // Expectations that pull against each other
    public var tensions: [Tension] = []
    // Stages, with their gate history
    public var stages: [Stage] = []
    // Working agreement
    public var rules: [Rule] = []
    // Risks, and the quick scan of the ten reasons of failure by reason id
    public var risks: [Risk] = []
    public var failureScan: [String: ScanAnswer] = [:]
    /// The day each reason of the scan was last answered (absent in older files: not known).
    public var failureScanDays: [String: Day] = [:]
    // Health
    public var health: [HealthRating] = []
    // Phase
    public var phases: [PhaseEntry] = []
    /// Each partner's view of the phase, dated (absent in older files).
    public var phaseVoices: [PhaseVoice] = []
    // Actions
    public var actions: [Action] = []

    public init() {}

    /// Every field is optional in a file: a module the file does not mention starts empty.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        context = try c.value(.context, or: context)
        partners = try c.value(.partners, or: partners)
        expectations = try c.value(.expectations, or: expectations)
        needs = try c.value(.needs, or: needs)
        ratings = try c.value(.ratings, or: ratings)
        peerRatings = try c.value(.peerRatings, or: peerRatings)
        traits = try c.value(.traits, or: traits)
        tensions = try c.value(.tensions, or: tensions)
        stages = try c.value(.stages, or: stages)
        rules = try c.value(.rules, or: rules)
        risks = try c.value(.risks, or: risks)
        failureScan = try c.value(.failureScan, or: failureScan)
        failureScanDays = try c.value(.failureScanDays, or: failureScanDays)
        health = try c.value(.health, or: health)
        phases = try c.value(.phases, or: phases)
        phaseVoices = try c.value(.phaseVoices, or: phaseVoices)
        actions = try c.value(.actions, or: actions)
    }

    /// The state as a checkpoint keeps it: a gate under way is not part of it.
    public var frozen: SessionState {
        var copy = self
        for index in copy.stages.indices { copy.stages[index].draft = nil }
        return copy
    }
}
