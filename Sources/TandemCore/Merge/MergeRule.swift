/// How `tandem merge` matches the entries of one field of a session across
/// the two branches and their common base.
public enum MergeRule: Equatable, Sendable {
    /// A list of items with ids (`r3`): matched by id, merged field by field.
    case byID
    /// A list without ids, matched by some of its fields (a rating by partner and need), merged field by field.
    case byFields([String])
    /// A list whose entries are matched whole (a note, a phase entry): both sides' new ones kept.
    case whole
    /// One object (the context): merged field by field.
    case fields

    /// What identifies `entry` in its list, or nil when the rule matches no list.
    func key(of entry: JSONValue) -> String? {
        switch self {
        case .byID: return entry["id"]?.string
        case .byFields(let names):
            return names.map { name in entry[name].map { $0.string ?? $0.text } ?? "" }.joined(separator: "/")
        case .whole: return entry.text
        case .fields: return nil
        }
    }
}

extension Module {
    /// The session fields this module keeps (its keys in the file), each with
    /// how it merges. A new module must say it here: `SessionState` fields
    /// not listed by any module are refused by `MergeTests`.
    public var mergedFields: [(field: String, rule: MergeRule)] {
        switch self {
        case .context: return [("context", .fields), ("partners", .byID)]
        case .expectations: return [("expectations", .byID), ("tensions", .byID)]
        case .map:
            return [
                ("needs", .byID), ("ratings", .byFields(["partner", "need"])),
                ("peerRatings", .byFields(["partner", "need", "by"])), ("traits", .whole),
            ]
        case .stages: return [("stages", .byID)]
        case .agreement: return [("rules", .byID)]
        case .risks: return [("risks", .byID), ("failureScan", .fields), ("failureScanDays", .fields)]
        case .health: return [("health", .byFields(["partner", "ingredient", "date"]))]
        case .phase: return [("phases", .whole), ("phaseVoices", .byFields(["partner", "date"]))]
        case .actions: return [("actions", .byID)]
        }
    }
}

extension SessionMerge {
    /// Every field of a session file and how it merges: the modules' own, then
    /// the session's (notes, checkpoints, reviews, the plain values).
    /// The guide record, counters and conflicts have rules of their own.
    static let fields: [(field: String, rule: MergeRule)] =
        Module.allCases.flatMap(\.mergedFields) + [
            ("notes", .whole), ("checkpoints", .byID), ("reviews", .fields),
        ]

    static func rule(of field: String) -> MergeRule? {
        fields.first { $0.field == field }?.rule
    }

    /// The list field of each kind of id.
    static func field(of kind: IDKind) -> String {
        switch kind {
        case .partner: return "partners"
        case .expectation: return "expectations"
        case .tension: return "tensions"
        case .need: return "needs"
        case .stage: return "stages"
        case .rule: return "rules"
        case .risk: return "risks"
        case .action: return "actions"
        case .checkpoint: return "checkpoints"
        }
    }
}
