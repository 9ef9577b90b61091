import FoundationEssentials

/// One partnership-coaching session: everything Tandem saves in one JSON file.
/// The modules' data lives in `state` (see `SessionState`) and reads as if it
/// were the session's own (`session.risks`); the file keeps it at the top level.
@dynamicMemberLookup
public struct Session: Codable, Equatable, Sendable {
    /// The file format this build writes; a file with a larger number is refused.
    /// 2: no file-wide `updatedAt`, checkpoints kept as changes (`StateDelta`),
    /// conflicts a merge left (`conflicts`). Files of version 1 still open.
    public static let currentSchemaVersion = 2

    public var schemaVersion: Int
    public var title: String
    public var language: Language
    public var createdAt: Date
    /// When the session last changed: set by the shell as it changes it, and
    /// worked out from the dated items when a file is read (the file keeps no
    /// such date, so that a save does not change a line that every edit would touch).
    public var updatedAt: Date
    /// The modules' data. Any change to it drops the indexes built over it.
    public var state: SessionState {
        didSet { lookup = SessionLookup() }
    }
    /// Indexes over `state`, built when first asked for (`SessionLookup`); not part of what the session holds.
    var lookup = SessionLookup()
    public var notes: [Note]
    public var guide: GuideRecord
    /// Frozen copies of the module data, oldest first, that `diff` and `followup` compare with.
    public var checkpoints: [Checkpoint]
    /// When the next informal check-in and formal review are due, and the follow-up under way.
    public var reviews: ReviewPlan
    /// Last number handed out per kind of id (`partner` → 3 gave `p3`), so ids are never reused.
    public var counters: [String: Int]
    /// What `tandem merge` could not settle: kept until `conflict settle`.
    public var conflicts: [MergeConflict]

    public init(title: String, language: Language, now: Date) {
        schemaVersion = Session.currentSchemaVersion
        self.title = title
        self.language = language
        createdAt = now
        updatedAt = now
        state = SessionState()
        notes = []
        guide = GuideRecord()
        checkpoints = []
        reviews = ReviewPlan(start: Day(now))
        counters = [:]
        conflicts = []
    }

    /// A module's data, read and changed in place (`session.risks[i].rating = …`).
    public subscript<Value>(dynamicMember field: WritableKeyPath<SessionState, Value>) -> Value {
        get { state[keyPath: field] }
        _modify { yield &state[keyPath: field] }
    }

    private enum CodingKeys: String, CodingKey {
        case schemaVersion, title, language, createdAt, updatedAt, notes, guide, checkpoints, reviews, counters
        case conflicts
    }

    /// Two sessions are the same when they hold the same things; `updatedAt` is
    /// not kept in the file, so it is not part of what a session holds.
    public static func == (a: Session, b: Session) -> Bool {
        a.schemaVersion == b.schemaVersion && a.title == b.title && a.language == b.language
            && a.createdAt == b.createdAt && a.state == b.state && a.notes == b.notes && a.guide == b.guide
            && a.checkpoints == b.checkpoints && a.reviews == b.reviews && a.counters == b.counters
            && a.conflicts == b.conflicts
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        // Checked before anything else: a newer file may have another shape.
        guard schemaVersion <= Session.currentSchemaVersion, schemaVersion >= 1 else {
            throw SchemaVersionMismatch(found: schemaVersion)
        }
        title = try c.decode(String.self, forKey: .title)
        language = try c.value(.language, or: .en)
        createdAt = try c.decode(Date.self, forKey: .createdAt)
        state = try SessionState(from: decoder)  // the modules' keys sit beside these
        notes = try c.value(.notes, or: [])
        guide = try c.value(.guide, or: GuideRecord())
        let stored = try c.value(.checkpoints, or: [StoredCheckpoint]())
        do {
            checkpoints = stored.isEmpty ? [] : try StoredCheckpoint.expanded(stored, latest: state.frozen)
        } catch {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: [CodingKeys.checkpoints],
                    debugDescription: "a checkpoint's changes do not fit the state after it"))
        }
        reviews = try c.value(.reviews, or: ReviewPlan(start: Day(createdAt)))
        counters = try c.value(.counters, or: [:])
        conflicts = try c.value(.conflicts, or: [])
        // Version 1 kept a file-wide date; version 2 works it out from the items.
        updatedAt = try c.decodeIfPresent(Date.self, forKey: .updatedAt) ?? createdAt
        updatedAt = max(updatedAt, lastDated)
        schemaVersion = Session.currentSchemaVersion  // saved in the current format from now on
    }

    public func encode(to encoder: Encoder) throws {
        try state.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(title, forKey: .title)
        try c.encode(language, forKey: .language)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(notes, forKey: .notes)
        try c.encode(guide, forKey: .guide)
        // No copy of the state for a session without checkpoints (a large one opens and saves as fast as before).
        let stored = checkpoints.isEmpty ? [] : StoredCheckpoint.compact(checkpoints, latest: state.frozen)
        try c.encode(stored, forKey: .checkpoints)
        try c.encode(reviews, forKey: .reviews)
        try c.encode(counters, forKey: .counters)
        if !conflicts.isEmpty { try c.encode(conflicts, forKey: .conflicts) }
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
    case partner, expectation, tension, need, stage, rule, risk, action, checkpoint

    public var prefix: String {
        switch self {
        case .partner: return "p"
        case .expectation: return "e"
        case .tension: return "t"
        case .need: return "n"
        case .stage: return "s"
        case .rule: return "g"
        case .risk: return "r"
        case .action: return "a"
        case .checkpoint: return "c"
        }
    }
}
