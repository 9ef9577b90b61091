import FoundationEssentials

/// The three-way merge of a session that `tandem merge` does for git: by
/// module and item id, field by field. Both sides' additions are kept (an id
/// both sides gave to different items is renumbered on their side, with every
/// reference to it and the checkpoint copies), deletions are applied, a field
/// changed the same way on both sides is taken once, and a field changed
/// differently is kept as ours and recorded as a `MergeConflict`.
public enum SessionMerge {
    public struct Outcome: Sendable {
        /// The merged session, valid (it went through the loader's checks).
        public var session: Session
        /// Ids of their side that were renumbered: (`r10`, `r12`).
        public var renumbered: [(from: String, to: String)]
    }

    public static func merge(base: Session, ours: Session, theirs: Session) throws(StoreError) -> Outcome {
        let baseTree = try tree(base)
        let oursTree = try tree(ours)
        var theirs = theirs
        var renumbered: [(from: String, to: String)] = []
        let theirsFirst = try tree(theirs)
        for kind in IDKind.allCases {
            let field = field(of: kind)
            let baseItems = items(baseTree, field)
            let ourItems = items(oursTree, field)
            let theirItems = items(theirsFirst, field)
            var next =
                [base, ours, theirs].map { session in
                    max(session.counters[kind.rawValue] ?? 0, session.ids(of: kind).compactMap(kind.number).max() ?? 0)
                }.max() ?? 0
            for id in theirs.ids(of: kind) where baseItems[id] == nil {
                guard let mine = ourItems[id], mine != theirItems[id] else { continue }
                next += 1
                let new = kind.prefix + String(next)
                theirs.renameID(kind, from: id, to: new)
                renumbered.append((id, new))
            }
        }
        let theirsTree = renumbered.isEmpty ? theirsFirst : try tree(theirs)
        var merger = TreeMerger()
        let merged = merger.session(baseTree, oursTree, theirsTree)
        let session = try decode(merged)
        return Outcome(session: session, renumbered: renumbered)
    }

    /// The session as a JSON tree, with its checkpoints whole (so they merge by id like other items).
    static func tree(_ session: Session) throws(StoreError) -> JSONValue {
        let bytes = try SessionCodec.encode(session, maxBytes: Int.max)
        do {
            var tree = try JSONDecoder().decode(JSONValue.self, from: Data(bytes))
            let encoder = JSONEncoder()
            encoder.dateEncodingStrategy = .custom(SessionCodec.encodeTimestamp)
            let whole = try encoder.encode(session.checkpoints)
            tree["checkpoints"] = try JSONDecoder().decode(JSONValue.self, from: whole)
            return tree
        } catch {
            throw .cannotEncode(String(describing: error))
        }
    }

    /// A session from a tree, through every check the loader makes.
    static func decode(_ tree: JSONValue) throws(StoreError) -> Session {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data: Data
        do {
            data = try encoder.encode(tree)
        } catch {
            throw .cannotEncode(String(describing: error))
        }
        return try SessionCodec.decode([UInt8](data), file: "the merged session")
    }

    /// The entries of a list field by id.
    static func items(_ tree: JSONValue, _ field: String) -> [String: JSONValue] {
        var byID: [String: JSONValue] = [:]
        for item in tree[field]?.array ?? [] {
            if let id = item["id"]?.string { byID[id] = item }
        }
        return byID
    }
}

extension IDKind {
    /// 12 for `r12`, nil for an id not of this kind's shape.
    func number(_ id: String) -> Int? {
        guard id.hasPrefix(prefix) else { return nil }
        return Int(id.dropFirst(prefix.count)).flatMap { $0 <= Session.maxCounter ? $0 : nil }
    }
}

/// Merges the trees of two sides with their base, recording what it cannot settle.
struct TreeMerger {
    var conflicts: [MergeConflict] = []

    mutating func session(_ base: JSONValue, _ ours: JSONValue, _ theirs: JSONValue) -> JSONValue {
        var result: [String: JSONValue] = [:]
        let keys = Set((ours.object ?? [:]).keys).union((theirs.object ?? [:]).keys).union((base.object ?? [:]).keys)
        var previous: [MergeConflict] = []
        for key in keys.sorted() {
            let (b, o, t) = (base[key], ours[key], theirs[key])
            switch key {
            case "schemaVersion":
                result[key] = o ?? t
            case "counters":
                var counters: [String: JSONValue] = [:]
                for side in [b, o, t] {
                    for (kind, value) in side?.object ?? [:] {
                        if case .int(let number) = value, case .int(let seen)? = counters[kind], seen >= number {
                            continue
                        }
                        counters[kind] = value
                    }
                }
                result[key] = .object(counters)
            case "guide":
                var guide: [String: JSONValue] = [:]
                for part in ["answered", "skipped", "none"] {
                    let days = latestDays(b?[part], o?[part], t?[part])
                    // "none" is written only when some question was answered so.
                    if part == "none", days.object?.isEmpty ?? true { continue }
                    guide[part] = days
                }
                result[key] = .object(guide)
            case "conflicts":
                previous = Self.conflictList(o) + Self.conflictList(t)
            default:
                let value: JSONValue?
                switch SessionMerge.rule(of: key) {
                case .fields?: value = object(key, item: "", b, o, t)
                case .some(let rule): value = list(key, rule, b, o, t)
                case nil: value = self.value(key, item: "", key: "", b, o, t)
                }
                if let value { result[key] = value }
            }
        }
        // Conflicts left by an earlier merge stay, unless settled on one side; then ours, theirs, renumbered.
        var all: [MergeConflict] = []
        for conflict in previous + conflicts where !all.contains(where: { $0.place == conflict.place }) {
            all.append(conflict)
        }
        for index in all.indices { all[index].id = "x" + String(index + 1) }
        conflicts = all
        if !all.isEmpty {
            let encoder = JSONEncoder()
            if let data = try? encoder.encode(all), let tree = try? JSONDecoder().decode(JSONValue.self, from: data) {
                result["conflicts"] = tree
            }
        }
        return .object(result)
    }

    static func conflictList(_ tree: JSONValue?) -> [MergeConflict] {
        guard let tree, let data = try? JSONEncoder().encode(tree) else { return [] }
        return (try? JSONDecoder().decode([MergeConflict].self, from: data)) ?? []
    }

    /// A field's merged value: the side that changed it, the one change both made, or ours and a conflict.
    mutating func value(
        _ field: String, item: String, key: String, _ base: JSONValue?, _ ours: JSONValue?, _ theirs: JSONValue?
    ) -> JSONValue? {
        if ours == theirs { return ours }
        if ours == base { return theirs }
        if theirs == base { return ours }
        conflicts.append(
            MergeConflict(
                id: "", field: field, item: item, key: key, base: base?.text, ours: ours?.text ?? "null",
                theirs: theirs?.text ?? "null"))
        return ours
    }

    /// An object merged key by key (the context, an item).
    mutating func object(
        _ field: String, item: String, _ base: JSONValue?, _ ours: JSONValue?, _ theirs: JSONValue?
    ) -> JSONValue? {
        guard let o = ours?.object, let t = theirs?.object, base == nil || base?.object != nil else {
            return value(field, item: item, key: "", base, ours, theirs)
        }
        let b = base?.object ?? [:]
        var result: [String: JSONValue] = [:]
        for key in Set(o.keys).union(t.keys).union(b.keys).sorted() {
            if let merged = value(field, item: item, key: key, b[key], o[key], t[key]) { result[key] = merged }
        }
        return .object(result)
    }

    /// A list merged by entry: ours in its order, then their additions; an entry
    /// one side removed is removed; one both sides kept is merged field by field.
    mutating func list(
        _ field: String, _ rule: MergeRule, _ base: JSONValue?, _ ours: JSONValue?, _ theirs: JSONValue?
    ) -> JSONValue? {
        guard let o = ours?.array, let t = theirs?.array else {
            return value(field, item: "", key: "", base, ours, theirs)
        }
        func keyed(_ entries: [JSONValue]) -> [String: JSONValue] {
            var byKey: [String: JSONValue] = [:]
            for entry in entries {
                if let key = rule.key(of: entry), byKey[key] == nil { byKey[key] = entry }
            }
            return byKey
        }
        let (b, om, tm) = (keyed(base?.array ?? []), keyed(o), keyed(t))
        var result: [JSONValue] = []
        var placed = Set<String>()
        for entry in o {
            guard let key = rule.key(of: entry) else {
                result.append(entry)
                continue
            }
            if !placed.insert(key).inserted, rule != .whole { continue }
            if let their = tm[key] {
                if rule == .whole || entry == their {
                    result.append(entry)
                } else if let merged = object(field, item: key, b[key], entry, their) {
                    result.append(merged)
                }
            } else if b[key] == nil {
                result.append(entry)  // added on our side
            }  // else removed on their side
        }
        for entry in t {
            guard let key = rule.key(of: entry) else { continue }
            if om[key] == nil, b[key] == nil, placed.insert(key).inserted { result.append(entry) }  // added on theirs
        }
        return .array(result)
    }

    /// The guide's answered or skipped days: both sides' questions, the later day when they differ.
    func latestDays(_ base: JSONValue?, _ ours: JSONValue?, _ theirs: JSONValue?) -> JSONValue {
        let (b, o, t) = (base?.object ?? [:], ours?.object ?? [:], theirs?.object ?? [:])
        var result: [String: JSONValue] = [:]
        for key in Set(o.keys).union(t.keys) {
            let (x, y) = (o[key], t[key])
            if x == nil, b[key] != nil, y == b[key] { continue }  // cleared on our side
            if y == nil, b[key] != nil, x == b[key] { continue }  // cleared on theirs
            let days = [x, y].compactMap { $0?.string }
            if let latest = days.max() { result[key] = .string(latest) }
        }
        return .object(result)
    }
}
