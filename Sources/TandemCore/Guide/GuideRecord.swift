/// What happened to the guided questions: answered, or skipped (avoidance is
/// a signal, stronger between friends). Keys are question ids such as
/// `context.purpose` or `expectations.p1.commitment`. A question answered
/// "none" (no concern, no risk in this zone) is answered, and kept in `none`
/// too, so the guide can show that answer again.
public struct GuideRecord: Codable, Equatable, Sendable {
    public var answered: [String: Day]
    public var skipped: [String: Day]
    /// The questions whose answer was "none", a subset of `answered` (absent from the file when empty).
    public var none: [String: Day]

    public init() {
        answered = [:]
        skipped = [:]
        none = [:]
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        answered = try c.value(.answered, or: [:])
        skipped = try c.value(.skipped, or: [:])
        none = try c.value(.none, or: [:])
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(answered, forKey: .answered)
        try c.encode(skipped, forKey: .skipped)
        if !none.isEmpty { try c.encode(none, forKey: .none) }
    }

    private enum CodingKeys: String, CodingKey { case answered, skipped, none }

    public mutating func answer(_ question: QuestionID, on day: Day) {
        answered[question.raw] = day
        skipped[question.raw] = nil
        none[question.raw] = nil
    }

    /// Answered "none": settled, and not a skip (a skip is avoidance, a signal).
    public mutating func answerNone(_ question: QuestionID, on day: Day) {
        answer(question, on: day)
        none[question.raw] = day
    }

    /// Whether the answer given was "none".
    public func wasNone(_ question: QuestionID) -> Bool {
        none[question.raw] != nil
    }

    public mutating func skip(_ question: QuestionID, on day: Day) {
        skipped[question.raw] = day
    }

    /// Answered or skipped in the guide (the data may settle it too: `QuestionID.isAnswered`).
    public func isSettled(_ question: QuestionID) -> Bool {
        answered[question.raw] != nil || skipped[question.raw] != nil
    }

    public func wasSkipped(_ question: QuestionID) -> Bool {
        skipped[question.raw] != nil
    }
}
