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

    public mutating func answer(_ id: String, on day: Day) {
        answered[id] = day
        skipped[id] = nil
    }

    public mutating func skip(_ id: String, on day: Day) {
        skipped[id] = day
    }

    public func isSettled(_ id: String) -> Bool {
        answered[id] != nil || skipped[id] != nil
    }
}
