/// What happened to the guided questions: answered, or skipped (avoidance is
/// a signal, stronger between friends). Keys are question ids such as
/// `context.purpose` or `expectations.p1.commitment`.
public struct GuideRecord: Codable, Equatable, Sendable {
    public var answered: [String: Day]
    public var skipped: [String: Day]

    public init() {
        answered = [:]
        skipped = [:]
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        answered = try c.value(.answered, or: [:])
        skipped = try c.value(.skipped, or: [:])
    }

    public mutating func answer(_ question: QuestionID, on day: Day) {
        answered[question.raw] = day
        skipped[question.raw] = nil
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
