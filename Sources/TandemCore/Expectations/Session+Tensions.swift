extension Session {
    /// Finds a tension by its id (`t2`, or just `2`).
    public func tension(_ reference: String) throws(SessionError) -> Tension {
        self.tensions[try tensionIndex(reference)]
    }

    func tensionIndex(_ reference: String) throws(SessionError) -> Int {
        let key = reference.trimmingWhitespace.lowercased()
        let id = key.allSatisfy(\.isNumber) && !key.isEmpty ? IDKind.tension.prefix + key : key
        guard let index = self.tensions.firstIndex(where: { $0.id == id }) else { throw .unknown(.tension, reference) }
        return index
    }

    /// Records that two declared items pull against each other. Refused: the
    /// same item twice, an item that does not exist, a pair already recorded.
    @discardableResult
    public mutating func addTension(_ first: String, _ second: String, note: String) throws(SessionError) -> Tension {
        let a = try expectation(first)
        let b = try expectation(second)
        guard a.id != b.id else { throw .invalidText(field: "tension.pair") }
        if let same = self.tensions.first(where: { Set($0.between) == [a.id, b.id] }) {
            throw .exists(.tension, same.id)
        }
        let tension = Tension(id: nextID(.tension), between: [a.id, b.id], note: note)
        self.tensions.append(tension)
        return tension
    }

    /// Settles a tension with a rule (g…) or a commitment (e…); nil reopens it.
    @discardableResult
    public mutating func settleTension(_ reference: String, by answer: String?) throws(SessionError) -> Tension {
        let index = try tensionIndex(reference)
        self.tensions[index].settledBy = try answer.map { (typed: String) throws(SessionError) -> String in
            try settlingID(typed)
        }
        return self.tensions[index]
    }

    @discardableResult
    public mutating func removeTension(_ reference: String) throws(SessionError) -> Tension {
        self.tensions.remove(at: try tensionIndex(reference))
    }

    /// The id of what may settle a tension or guard a concern: a rule, or a commitment.
    func settlingID(_ typed: String) throws(SessionError) -> String {
        let key = typed.trimmingWhitespace.lowercased()
        if key.hasPrefix(IDKind.rule.prefix) { return try rule(key).id }
        let item = try expectation(key)
        guard item.kind == .commitment else { throw .unknown(.expectation, item.id) }
        return item.id
    }

    /// Names what answers a concern: a risk (its mitigation), a rule or a
    /// commitment; `none` (an empty list) clears them. Each is checked first.
    @discardableResult
    public mutating func setSafeguards(_ concern: String, _ references: [String]) throws(SessionError) -> Expectation {
        let item = try expectation(concern)
        guard item.kind == .concern else { throw .unknown(.expectation, item.id) }
        var ids: [String] = []
        for reference in references {
            let key = reference.trimmingWhitespace.lowercased()
            let id = key.hasPrefix(IDKind.risk.prefix) ? try risk(key).id : try settlingID(key)
            if !ids.contains(id) { ids.append(id) }
        }
        guard let index = self.expectations.firstIndex(where: { $0.id == item.id }) else {
            throw .unknown(.expectation, concern)
        }
        self.expectations[index].safeguards = ids.isEmpty ? nil : ids
        return self.expectations[index]
    }
}
