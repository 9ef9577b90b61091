import Foundation

/// One partnership-coaching session: everything Tandem saves in one JSON file.
public struct Session: Codable, Equatable, Sendable {
    /// The file format this build writes; a file with a larger number is refused.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var title: String
    public var language: Language
    public var createdAt: Date
    public var updatedAt: Date
    public var context: Context
    public var partners: [Partner]
    public var notes: [Note]
    public var expectations: [Expectation]
    public var needs: [Need]
    public var ratings: [Rating]
    public var traits: [Trait]
    public var stages: [Stage]
    public var risks: [Risk]
    /// The quick scan of the ten reasons of failure, by reason id.
    public var failureScan: [String: ScanAnswer]
    public var health: [HealthRating]
    public var phases: [PhaseEntry]
    public var actions: [Action]
    public var guide: GuideRecord
    /// Frozen copies of the module data, oldest first, that `diff` and `followup` compare with.
    public var checkpoints: [Checkpoint]
    /// When the next informal check-in and formal review are due, and the follow-up under way.
    public var reviews: ReviewPlan
    /// Last number handed out per kind of id (`partner` → 3 gave `p3`), so ids are never reused.
    public var counters: [String: Int]

    public init(title: String, language: Language, now: Date) {
        schemaVersion = Session.currentSchemaVersion
        self.title = title
        self.language = language
        createdAt = now
        updatedAt = now
        context = Context()
        partners = []
        notes = []
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
        guide = GuideRecord()
        checkpoints = []
        reviews = ReviewPlan(start: Day(now))
        counters = [:]
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        // Checked before anything else: a newer file may have another shape.
        guard schemaVersion <= Session.currentSchemaVersion, schemaVersion >= 1 else {
            throw SchemaVersionMismatch(found: schemaVersion)
        }
        title = try c.decode(String.self, forKey: .title)
        language = try c.decodeIfPresent(Language.self, forKey: .language) ?? .en
        createdAt = try c.decode(Date.self, forKey: .createdAt)
        updatedAt = try c.decodeIfPresent(Date.self, forKey: .updatedAt) ?? createdAt
        context = try c.decodeIfPresent(Context.self, forKey: .context) ?? Context()
        partners = try c.decodeIfPresent([Partner].self, forKey: .partners) ?? []
        notes = try c.value(.notes, or: [])
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
        guide = try c.value(.guide, or: GuideRecord())
        checkpoints = try c.value(.checkpoints, or: [])
        reviews = try c.value(.reviews, or: ReviewPlan(start: Day(createdAt)))
        counters = try c.value(.counters, or: [:])
    }

    /// Hands out the next short id of a kind (`p` for partners gives `p1`, `p2`, …).
    public mutating func nextID(_ kind: IDKind) -> String {
        let next = (counters[kind.rawValue] ?? 0) + 1
        counters[kind.rawValue] = next
        return kind.prefix + String(next)
    }
}

/// Thrown while decoding a file whose `schemaVersion` this build cannot read.
struct SchemaVersionMismatch: Error {
    let found: Int
}

/// The kinds of things a coach names by a short id.
public enum IDKind: String, Sendable, CaseIterable {
    case partner, expectation, need, stage, risk, action, checkpoint

    public var prefix: String {
        switch self {
        case .partner: return "p"
        case .expectation: return "e"
        case .need: return "n"
        case .stage: return "s"
        case .risk: return "r"
        case .action: return "a"
        case .checkpoint: return "c"
        }
    }
}
