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

    public init(id: String, name: String, how: How) {
        self.id = id
        self.name = name
        self.how = how
    }
}

extension Session {
    /// The id and name of every item of a kind that can be named.
    public func named(_ kind: IDKind) -> [(id: String, name: String)] {
        switch kind {
        case .partner: return partners.map { ($0.id, $0.name) }
        case .need: return needs.map { ($0.id, $0.name) }
        case .stage: return stages.map { ($0.id, $0.name) }
        case .checkpoint: return checkpoints.map { ($0.id, $0.label) }
        case .expectation: return expectations.map { ($0.id, $0.text) }
        case .risk: return risks.map { ($0.id, $0.text) }
        case .action: return actions.map { ($0.id, $0.text) }
        }
    }

    /// Finds an item by what a coach typed: the exact name, then the id (`p2`,
    /// or `2` for ids-only kinds), then a unique match up to case and accents,
    /// then the unique name that starts so. Several matches list the candidates
    /// with their ids. Expectations, risks and actions are named by id only.
    public func resolve(_ kind: IDKind, _ typed: String) throws(SessionError) -> Resolution {
        let reference = typed.trimmingWhitespace
        // Scripts name items exactly, thousands of times: the exact id or name without listing every item.
        if let found = exactly(kind, reference) { return found }
        let items = named(kind)
        let byName: Bool
        switch kind {
        case .partner, .need, .stage, .checkpoint: byName = true
        case .expectation, .risk, .action: byName = false
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
        func find<T>(_ items: [T], _ id: KeyPath<T, String>, _ name: KeyPath<T, String>?) -> Resolution? {
            if let name, let item = items.last(where: { $0[keyPath: name] == reference }) {
                return Resolution(id: item[keyPath: id], name: item[keyPath: name], how: .exact)
            }
            guard let item = items.last(where: { $0[keyPath: id] == reference }) else { return nil }
            return Resolution(id: reference, name: name.map { item[keyPath: $0] } ?? reference, how: .exact)
        }
        switch kind {
        case .partner: return find(partners, \.id, \.name)
        case .need: return find(needs, \.id, \.name)
        case .stage: return find(stages, \.id, \.name)
        case .checkpoint: return find(checkpoints, \.id, nil)
        case .expectation: return find(expectations, \.id, nil)
        case .risk: return find(risks, \.id, nil)
        case .action: return find(actions, \.id, nil)
        }
    }
}
