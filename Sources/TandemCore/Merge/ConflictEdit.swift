/// How a coach settles a merge conflict: our value (kept meanwhile), theirs, or a new one.
public enum ConflictChoice: Equatable, Sendable {
    case ours
    case theirs
    /// A new value, as typed: a text for a text field, else JSON (`4`, `true`).
    case value(String)
}

/// `conflict settle ID ours|theirs|TEXT`, as a value.
public struct ConflictEdit: SessionChange, Equatable {
    public let id: String
    public let choice: ConflictChoice

    public init(settle id: String, _ choice: ConflictChoice) {
        self.id = id
        self.choice = choice
    }

    public func apply(to session: inout Session) throws(SessionError) -> String? {
        try session.settleConflict(id, choice).id
    }

    public var wording: Phrase { Phrase("undo.conflict.settle", ["id": id]) }
}

extension Session {
    /// The conflict a reference names: `x2`, or `2`.
    public func conflict(_ reference: String) throws(SessionError) -> MergeConflict {
        let typed = reference.trimmingWhitespace.lowercased()
        let id = !typed.isEmpty && typed.allSatisfy(\.isNumber) ? "x" + typed : typed
        guard let found = conflicts.first(where: { $0.id == id }) else { throw .unknownConflict(reference) }
        return found
    }

    /// Settles a conflict: the field takes the chosen value and the conflict
    /// is gone. The session is checked as loading checks it, so a value the
    /// field cannot hold is refused and nothing changes.
    @discardableResult
    public mutating func settleConflict(_ reference: String, _ choice: ConflictChoice) throws(SessionError)
        -> MergeConflict
    {
        let conflict = try conflict(reference)
        var rest = self
        rest.conflicts.removeAll { $0.id == conflict.id }
        let chosen: JSONValue?
        switch choice {
        case .ours:
            self = rest
            return conflict
        case .theirs:
            chosen = JSONValue.parse(conflict.theirs).flatMap { $0 == .null ? nil : $0 }
        case .value(let text):
            let isText = [conflict.ours, conflict.theirs].contains { JSONValue.parse($0)?.string != nil }
            guard let value = isText ? JSONValue.string(text) : JSONValue.parse(text) else {
                throw .conflictValue(id: conflict.id, value: text)
            }
            chosen = value
        }
        do {
            var tree = try SessionMerge.tree(rest)
            guard tree.set(chosen, at: conflict) else { throw SessionError.unknownConflict(reference) }
            var settled = try SessionMerge.decode(tree)
            settled.updatedAt = updatedAt
            self = settled
        } catch let error as SessionError {
            throw error
        } catch {
            let typed: String
            switch choice {
            case .value(let text): typed = text
            default: typed = conflict.theirs
            }
            throw .conflictValue(id: conflict.id, value: typed)
        }
        return conflict
    }
}

extension JSONValue {
    /// Puts `value` (nil: removes) at the place a conflict names; false when that place is gone.
    mutating func set(_ value: JSONValue?, at conflict: MergeConflict) -> Bool {
        guard conflict.item.isEmpty else {
            guard var entries = self[conflict.field]?.array, let rule = SessionMerge.rule(of: conflict.field),
                let index = entries.firstIndex(where: { rule.key(of: $0) == conflict.item })
            else { return false }
            if conflict.key.isEmpty {
                guard let value else { return false }
                entries[index] = value
            } else {
                entries[index][conflict.key] = value
            }
            self[conflict.field] = .array(entries)
            return true
        }
        if conflict.key.isEmpty {
            self[conflict.field] = value
        } else {
            guard var part = self[conflict.field], part.object != nil else { return false }
            part[conflict.key] = value
            self[conflict.field] = part
        }
        return true
    }
}
