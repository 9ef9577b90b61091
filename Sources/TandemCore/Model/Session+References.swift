/// How a typed reference found its item, so the shell can say which one it took.
public struct Resolution: Equatable, Sendable {
    public enum How: Int, Sendable, Comparable {
        /// The name exactly as written, or the id.
        case exact
        /// The name up to case and accents.
        case folded
        /// The unique item whose name starts so.
        case prefix

        public static func < (a: How, b: How) -> Bool { a.rawValue < b.rawValue }
    }

    public var id: String
    public var name: String
    public var how: How
}

extension Session {
    /// The id and name of every item of a kind that can be named.
    public func named(_ kind: IDKind) -> [(id: String, name: String)] {
        switch kind {
        case .partner: return self.partners.map { ($0.id, $0.name) }
        case .need: return self.needs.map { ($0.id, $0.name) }
        case .stage: return self.stages.map { ($0.id, $0.name) }
        case .checkpoint: return checkpoints.map { ($0.id, $0.label) }
        case .expectation: return self.expectations.map { ($0.id, $0.text) }
        case .rule: return self.rules.map { ($0.id, $0.text) }
        case .tension: return self.tensions.map { ($0.id, $0.note) }
        case .risk: return self.risks.map { ($0.id, $0.text) }
        case .action: return self.actions.map { ($0.id, $0.text) }
        }
    }

    /// Finds an item by what a coach typed: the exact name, then the id (`p2`,
    /// or `2` for ids-only kinds), then a unique match up to case and accents,
    /// then the unique name that starts so. Several matches list the candidates
    /// with their ids. Expectations, rules, risks and actions are named by id only.
    public func resolve(_ kind: IDKind, _ typed: String) throws(SessionError) -> Resolution {
        let reference = typed.trimmingWhitespace
        // Scripts name items exactly, thousands of times: the exact id or name without listing every item.
        if let found = exactly(kind, reference) { return found }
        let items = named(kind)
        let byName: Bool
        switch kind {
        case .partner, .need, .stage, .checkpoint: byName = true
        case .expectation, .tension, .rule, .risk, .action: byName = false
        }
        if byName, let exact = items.first(where: { $0.name == reference && !$0.name.isEmpty }) {
            return Resolution(id: exact.id, name: exact.name, how: .exact)
        }
        let lowered = reference.lowercased()
        let id =
            !lowered.isEmpty && lowered.allSatisfy(\.isASCII) && lowered.allSatisfy(\.isNumber)
            ? kind.prefix + lowered : lowered
        if let found = items.first(where: { $0.id == id }) {
            return Resolution(id: found.id, name: found.name, how: .exact)
        }
        let key = reference.folded
        guard byName, !key.isEmpty else { throw .unknown(kind, typed) }
        let folded = items.filter { $0.name.folded == key }
        if folded.count == 1, let only = folded.first { return Resolution(id: only.id, name: only.name, how: .folded) }
        let candidates = folded.isEmpty ? items.filter { $0.name.folded.hasPrefix(key) } : folded
        if candidates.count == 1, let only = candidates.first {
            return Resolution(id: only.id, name: only.name, how: .prefix)
        }
        if candidates.count > 1 {
            throw .ambiguous(kind, typed, candidates.map { "\($0.name) (\($0.id))" })
        }
        if kind == .partner { throw .unknownPartner(typed) }
        throw .unknown(kind, typed)
    }

    /// The item whose id or (for named kinds) name is exactly `reference`, found without copying any list.
    private func exactly(_ kind: IDKind, _ reference: String) -> Resolution? {
        switch kind {
        case .partner: return Self.find(self.partners, reference, kind, { $0.id }, { $0.name })
        case .need: return Self.find(self.needs, reference, kind, { $0.id }, { $0.name })
        case .stage: return Self.find(self.stages, reference, kind, { $0.id }, { $0.name })
        case .checkpoint: return Self.find(checkpoints, reference, kind, { $0.id }, nil)
        case .expectation: return Self.find(self.expectations, reference, kind, { $0.id }, nil)
        case .rule: return Self.find(self.rules, reference, kind, { $0.id }, nil)
        case .tension: return Self.find(self.tensions, reference, kind, { $0.id }, nil)
        case .risk: return Self.find(self.risks, reference, kind, { $0.id }, nil)
        case .action: return Self.find(self.actions, reference, kind, { $0.id }, nil)
        }
    }

    /// Ids are handed out in order, so `r12` is usually at index 11: looked at first, then every item.
    private static func find<T>(
        _ items: [T], _ reference: String, _ kind: IDKind, _ id: (T) -> String, _ name: ((T) -> String)?
    ) -> Resolution? {
        if let name, let item = items.first(where: { name($0) == reference }) {
            return Resolution(id: id(item), name: name(item), how: .exact)
        }
        guard reference.hasPrefix(kind.prefix), let number = Int(reference.dropFirst(kind.prefix.count)) else {
            return nil
        }
        let guess = number - 1
        let item: T?
        if items.indices.contains(guess), id(items[guess]) == reference {
            item = items[guess]
        } else {
            item = items.first { id($0) == reference }
        }
        guard let item else { return nil }
        return Resolution(id: reference, name: name.map { $0(item) } ?? reference, how: .exact)
    }
}
