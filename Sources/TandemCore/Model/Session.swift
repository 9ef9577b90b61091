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
        counters = [:]
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        title = try c.decode(String.self, forKey: .title)
        language = try c.decodeIfPresent(Language.self, forKey: .language) ?? .en
        createdAt = try c.decode(Date.self, forKey: .createdAt)
        updatedAt = try c.decodeIfPresent(Date.self, forKey: .updatedAt) ?? createdAt
        context = try c.decodeIfPresent(Context.self, forKey: .context) ?? Context()
        partners = try c.decodeIfPresent([Partner].self, forKey: .partners) ?? []
        notes = try c.decodeIfPresent([Note].self, forKey: .notes) ?? []
        counters = try c.decodeIfPresent([String: Int].self, forKey: .counters) ?? [:]
    }

    /// Hands out the next short id of a kind (`p` for partners gives `p1`, `p2`, …).
    public mutating func nextID(_ kind: IDKind) -> String {
        let next = (counters[kind.rawValue] ?? 0) + 1
        counters[kind.rawValue] = next
        return kind.prefix + String(next)
    }
}

/// The kinds of things a coach names by a short id.
public enum IDKind: String, Sendable {
    case partner

    var prefix: String {
        switch self {
        case .partner: return "p"
        }
    }
}
