extension Session {
    /// The largest id counter a file may hold; far above any real session, far below overflow.
    public static let maxCounter = 1_000_000_000

    /// The ids in use for one kind of item.
    func ids(of kind: IDKind) -> [String] {
        kind == .checkpoint ? checkpoints.map(\.id) : state.ids(of: kind)
    }

    /// Why a decoded session cannot be trusted (an id used twice, a counter
    /// too large to count on from), or nil. Commands look items up by id, so duplicates
    /// would send a change to the wrong item.
    public func integrityProblem() -> String? {
        for (kind, value) in counters.sorted(by: { $0.key < $1.key }) where value > Self.maxCounter {
            return "counters.\(kind): \(value) is outside 0…\(Self.maxCounter)"
        }
        for kind in IDKind.allCases {
            if let id = Self.repeated(ids(of: kind)) { return "the \(kind.rawValue) id \"\(id)\" is used twice" }
        }
        // A checkpoint's state is compared item by item with later ones (diff):
        // an id used twice in it would make the comparison, and a round trip, lose one.
        for checkpoint in checkpoints {
            for kind in IDKind.allCases where kind != .checkpoint {
                if let id = Self.repeated(checkpoint.state.ids(of: kind)) {
                    return "checkpoint \(checkpoint.id): the \(kind.rawValue) id \"\(id)\" is used twice"
                }
            }
        }
        return nil
    }

    /// The first id that comes twice, if any.
    private static func repeated(_ ids: [String]) -> String? {
        var seen = Set<String>()
        return ids.first { !seen.insert($0).inserted }
    }

    /// Raises each counter to the highest id number in use, so a hand-edited
    /// file with a low counter can never make a new item reuse an id.
    public mutating func raiseCountersToIDsInUse() {
        for kind in IDKind.allCases {
            let highest =
                ids(of: kind).compactMap { id -> Int? in
                    guard id.hasPrefix(kind.prefix) else { return nil }
                    return Int(id.dropFirst(kind.prefix.count))
                }.filter { $0 <= Self.maxCounter }.max() ?? 0
            // A negative counter (a hand edit) starts again from the ids in use.
            if highest > (counters[kind.rawValue] ?? 0) || (counters[kind.rawValue] ?? 0) < 0 {
                counters[kind.rawValue] = highest
            }
        }
    }
}

extension SessionState {
    /// The ids of one kind of item in this state (no checkpoints: a session keeps those).
    func ids(of kind: IDKind) -> [String] {
        switch kind {
        case .partner: return partners.map(\.id)
        case .expectation: return expectations.map(\.id)
        case .need: return needs.map(\.id)
        case .stage: return stages.map(\.id)
        case .rule: return rules.map(\.id)
        case .tension: return tensions.map(\.id)
        case .risk: return risks.map(\.id)
        case .action: return actions.map(\.id)
        case .checkpoint: return []
        }
    }
}
