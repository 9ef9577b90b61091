extension Session {
    /// The longest declared text kept, so a stray paste cannot bloat a session.
    public static let maxExpectationLength = 2_000

    /// Finds a declared item by its id (`e3`), ignoring case.
    public func expectation(_ reference: String) throws(SessionError) -> Expectation {
        let key = reference.trimmingWhitespace.lowercased()
        guard let found = expectations.first(where: { $0.id == key }) else { throw .unknown(.expectation, reference) }
        return found
    }

    /// The items one partner declared of one kind, in the order they were added.
    public func expectations(of partner: String, _ kind: ExpectationKind) -> [Expectation] {
        expectations.filter { $0.partner == partner && $0.kind == kind }
    }

    /// Contributions and commitments of the other partners: what may answer an expectation of `partner`.
    public func answerCandidates(for partner: String) -> [Expectation] {
        let others = Set(partners.map(\.id).filter { $0 != partner })
        return expectations.filter { $0.kind.canAnswer && others.contains($0.partner) }
    }

    @discardableResult
    public mutating func addExpectation(partner reference: String, kind: ExpectationKind, text rawText: String)
        throws(SessionError)
        -> Expectation
    {
        let owner = try partner(reference)
        let text = try Self.cleanDeclared(rawText, field: "declared")
        let item = Expectation(id: nextID(.expectation), partner: owner.id, kind: kind, text: text)
        expectations.append(item)
        return item
    }

    /// Removes an item and every link that pointed to it.
    @discardableResult
    public mutating func removeExpectation(_ reference: String) throws(SessionError) -> Expectation {
        let item = try expectation(reference)
        expectations.removeAll { $0.id == item.id }
        for index in expectations.indices { expectations[index].answeredBy.removeAll { $0 == item.id } }
        return item
    }

    /// Says that `answer` (a contribution or commitment of another partner) meets `expectation`.
    /// Returns false when the link was already there.
    @discardableResult
    public mutating func link(_ expectationRef: String, to answerRef: String) throws(SessionError) -> Bool {
        let wanted = try expectation(expectationRef)
        let answer = try expectation(answerRef)
        guard wanted.kind == .expectation else { throw .unknown(.expectation, expectationRef) }
        guard answer.kind.canAnswer, answer.partner != wanted.partner else { throw .unknown(.expectation, answerRef) }
        guard let index = expectations.firstIndex(where: { $0.id == wanted.id }) else {
            throw .unknown(.expectation, expectationRef)
        }
        if expectations[index].answeredBy.contains(answer.id) { return false }
        expectations[index].answeredBy.append(answer.id)
        return true
    }

    /// Removes one link, or all of them when `answerRef` is nil. Returns the ids unlinked.
    @discardableResult
    public mutating func unlink(_ expectationRef: String, from answerRef: String? = nil) throws(SessionError)
        -> [String]
    {
        let wanted = try expectation(expectationRef)
        guard let index = expectations.firstIndex(where: { $0.id == wanted.id }) else {
            throw .unknown(.expectation, expectationRef)
        }
        guard let answerRef else {
            let removed = expectations[index].answeredBy
            expectations[index].answeredBy = []
            return removed
        }
        let key = answerRef.trimmingWhitespace.lowercased()
        guard expectations[index].answeredBy.contains(key) else { throw .unknown(.expectation, answerRef) }
        expectations[index].answeredBy.removeAll { $0 == key }
        return [key]
    }

    /// Sets (or with nil clears) the date a commitment is due.
    @discardableResult
    public mutating func setDue(_ reference: String, _ day: Day?) throws(SessionError) -> Expectation {
        let index = try commitmentIndex(reference)
        expectations[index].due = day
        return expectations[index]
    }

    /// Records that a commitment was kept on `day` (nil: not kept after all).
    @discardableResult
    public mutating func setKept(_ reference: String, _ day: Day?) throws(SessionError) -> Expectation {
        let index = try commitmentIndex(reference)
        expectations[index].kept = day
        return expectations[index]
    }

    /// Sets (or with an empty text clears) how a commitment will be checked.
    @discardableResult
    public mutating func setMeasure(_ reference: String, _ rawText: String) throws(SessionError) -> Expectation {
        let index = try commitmentIndex(reference)
        let text = rawText.trimmingWhitespace
        expectations[index].measure = text.isEmpty ? "" : try Self.cleanDeclared(text, field: "commitment.measure")
        return expectations[index]
    }

    /// Records (or with an empty text clears) what a partner hopes to gain for themselves.
    @discardableResult
    public mutating func setPersonalGoals(_ reference: String, _ rawText: String) throws(SessionError) -> Partner {
        let owner = try partner(reference)
        guard let index = partners.firstIndex(where: { $0.id == owner.id }) else { throw .unknownPartner(reference) }
        let text = rawText.trimmingWhitespace
        partners[index].personalGoals = text.isEmpty ? "" : try Self.cleanDeclared(text, field: "personal.goals")
        return partners[index]
    }

    /// Dates and measures belong to commitments only: a wish cannot be due.
    private func commitmentIndex(_ reference: String) throws(SessionError) -> Int {
        let item = try expectation(reference)
        guard item.kind == .commitment, let index = expectations.firstIndex(where: { $0.id == item.id }) else {
            throw .unknown(.expectation, reference)
        }
        return index
    }

    /// Trims a declared text and refuses empty, oversized or control-character text.
    static func cleanDeclared(_ raw: String, field: String) throws(SessionError) -> String {
        let text = try TextRule.line.check(raw, field: field)
        guard text.count <= maxExpectationLength else { throw .invalidText(field: field) }
        return text
    }
}

extension ExpectationKind {
    /// Contributions and commitments are what can meet another partner's expectation.
    public var canAnswer: Bool {
        switch self {
        case .contribution, .commitment: return true
        case .expectation, .interest, .concern: return false
        }
    }
}
