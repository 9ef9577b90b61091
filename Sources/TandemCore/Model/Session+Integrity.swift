extension Session {
    /// The largest id counter a file may hold; far above any real session, far below overflow.
    public static let maxCounter = 1_000_000_000

    /// The ids in use for one kind of item.
    func ids(of kind: IDKind) -> [String] {
        switch kind {
        case .partner: return self.partners.map(\.id)
        case .expectation: return self.expectations.map(\.id)
        case .need: return self.needs.map(\.id)
        case .stage: return self.stages.map(\.id)
        case .rule: return self.rules.map(\.id)
        case .tension: return self.tensions.map(\.id)
        case .risk: return self.risks.map(\.id)
        case .action: return self.actions.map(\.id)
        case .checkpoint: return checkpoints.map(\.id)
        }
    }

    /// Why a decoded session cannot be trusted (an id used twice, a counter
    /// too large to count on from), or nil. Commands look items up by id, so duplicates
    /// would send a change to the wrong item.
    public func integrityProblem() -> String? {
        for (kind, value) in counters.sorted(by: { $0.key < $1.key }) where value > Self.maxCounter {
            return "counters.\(kind): \(value) is outside 0…\(Self.maxCounter)"
        }
        for kind in IDKind.allCases {
            var seen = Set<String>()
            for id in ids(of: kind) where !seen.insert(id).inserted {
                return "the \(kind.rawValue) id \"\(id)\" is used twice"
            }
        }
        return nil
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
