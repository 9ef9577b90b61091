/// A pass through a stage's gate that is not concluded yet. Saved with the
/// stage, so a coach who stops in the middle of `gate` finds the answers
/// given so far when coming back.
public struct GateDraft: Codable, Equatable, Sendable {
    /// Which pass this is (1 for the first gate of the stage); it makes the
    /// question ids of this pass distinct from those of earlier ones.
    public var number: Int
    /// Assessments given so far, by condition number (1-based) as text keys
    /// so the JSON stays an object.
    public var assessments: [String: GateRecord.Assessment]
    /// The verdict the coach chose, when it overrides or confirms the proposal.
    public var verdict: GateVerdict?
    public var note: String
    /// The smaller scope, for a rescale.
    public var scope: String?
    /// Each partner's exit terms by partner id, for an end.
    public var exitTerms: [String: String]?

    public init(number: Int) {
        self.number = number
        assessments = [:]
        verdict = nil
        note = ""
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        number = try c.decode(Int.self, forKey: .number)
        assessments = try c.value(.assessments, or: [:])
        verdict = try c.decodeIfPresent(GateVerdict.self, forKey: .verdict)
        note = try c.value(.note, or: "")
        scope = try c.decodeIfPresent(String.self, forKey: .scope)
        exitTerms = try c.decodeIfPresent([String: String].self, forKey: .exitTerms)
    }

    public func assessment(_ condition: Int) -> GateRecord.Assessment? {
        assessments[String(condition)]
    }

    /// Forgets condition `number` and renumbers the ones after it, so the
    /// assessments still match their conditions once one is removed.
    mutating func dropCondition(_ number: Int) {
        var renumbered: [String: GateRecord.Assessment] = [:]
        for (key, assessment) in assessments {
            guard let n = Int(key), n != number else { continue }
            renumbered[String(n > number ? n - 1 : n)] = assessment
        }
        assessments = renumbered
    }

    /// The statuses of conditions 1…`count`, nil where not assessed yet.
    public func statuses(count: Int) -> [ConditionStatus?] {
        (0..<max(0, count)).map { assessment($0 + 1)?.status }
    }
}
