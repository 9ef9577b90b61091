extension Session {
    /// Finds a declared item by its id (`e3`), ignoring case.
    public func expectation(_ reference: String) throws(SessionError) -> Expectation {
        let key = reference.trimmingWhitespace.lowercased()
        guard let found = self.expectations.withID(key) else {
            throw .unknown(.expectation, reference)
        }
        return found
    }

    /// Contributions and commitments of the other partners: what may answer an expectation of `partner`.
    public func answerCandidates(for partner: String) -> [Expectation] {
        let others = Set(self.partners.map(\.id).filter { $0 != partner })
        return self.expectations.filter { $0.kind.canAnswer && others.contains($0.partner) }
    }

    @discardableResult
    public mutating func addExpectation(partner reference: String, kind: ExpectationKind, text rawText: String)
        throws(SessionError)
        -> Expectation
    {
        let owner = try partner(reference)
        let text = try TextRule.line.check(rawText, field: "declared")
        let item = Expectation(id: nextID(.expectation), partner: owner.id, kind: kind, text: text)
        self.expectations.append(item)
        return item
    }

    /// Removes an item and every link that pointed to it.
    @discardableResult
    public mutating func removeExpectation(_ reference: String) throws(SessionError) -> Expectation {
        let item = try expectation(reference)
        self.expectations.removeAll { $0.id == item.id }
        for index in self.expectations.indices {
            self.expectations[index].answeredBy.removeAll { $0 == item.id }
            self.expectations[index].safeguards?.removeAll { $0 == item.id }
        }
        // A tension needs both its sides; one settled by this commitment is open again.
        self.tensions.removeAll { $0.between.contains(item.id) }
        for index in self.tensions.indices where self.tensions[index].settledBy == item.id {
            self.tensions[index].settledBy = nil
        }
        return item
    }

    /// Says that `answer` (a contribution or commitment of another partner) meets `expectation`.
    /// Returns false when the link was already there.
    @discardableResult
    public mutating func link(_ expectationRef: String, to answerRef: String) throws(SessionError) -> Bool {
        let wanted = try expectation(expectationRef)
        let answer = try expectation(answerRef)
        if let mismatch = Self.linkMismatch(wanted, answer) { throw mismatch.error }
        guard let index = self.expectations.firstIndex(where: { $0.id == wanted.id }) else {
            throw .unknown(.expectation, expectationRef)
        }
        if self.expectations[index].answeredBy.contains(answer.id) { return false }
        self.expectations[index].answeredBy.append(answer.id)
        return true
    }

    /// Replaces the links of an expectation by `answers` (none clears them),
    /// each checked before any is changed; an answer given twice counts once.
    @discardableResult
    public mutating func relink(_ expectationRef: String, to answerRefs: [String]) throws(SessionError) -> Expectation {
        let wanted = try expectation(expectationRef)
        var ids: [String] = []
        for reference in answerRefs {
            let answer = try expectation(reference)
            if let mismatch = Self.linkMismatch(wanted, answer) { throw mismatch.error }
            if !ids.contains(answer.id) { ids.append(answer.id) }
        }
        guard let index = self.expectations.firstIndex(where: { $0.id == wanted.id }) else {
            throw .unknown(.expectation, expectationRef)
        }
        self.expectations[index].answeredBy = ids
        return self.expectations[index]
    }

    /// Why `answer` cannot meet `wanted`, or nil when it can: only an
    /// expectation is answered, only by a contribution or a commitment, and
    /// only by another partner.
    public static func linkMismatch(_ wanted: Expectation, _ answer: Expectation) -> ExpectationMismatch? {
        if wanted.kind != .expectation { return .notExpectation(wanted) }
        if !answer.kind.canAnswer { return .cannotAnswer(answer) }
        if answer.partner == wanted.partner { return .samePartner(answer, expectation: wanted.id) }
        return nil
    }

    /// Removes one link, or all of them when `answerRef` is nil. Returns the ids unlinked.
    @discardableResult
    public mutating func unlink(_ expectationRef: String, from answerRef: String? = nil) throws(SessionError)
        -> [String]
    {
        let wanted = try expectation(expectationRef)
        guard let index = self.expectations.firstIndex(where: { $0.id == wanted.id }) else {
            throw .unknown(.expectation, expectationRef)
        }
        guard let answerRef else {
            let removed = self.expectations[index].answeredBy
            self.expectations[index].answeredBy = []
            return removed
        }
        let key = answerRef.trimmingWhitespace.lowercased()
        guard self.expectations[index].answeredBy.contains(key) else {
            throw ExpectationMismatch.notLinked(self.expectations[index], answer: answerRef).error
        }
        self.expectations[index].answeredBy.removeAll { $0 == key }
        return [key]
    }

    /// Sets (or with nil clears) the date a commitment is due.
    @discardableResult
    public mutating func setDue(_ reference: String, _ day: Day?) throws(SessionError) -> Expectation {
        return try update(\.expectations, commitmentIndex(reference)) { $0.due = day }
    }

    /// Records that a commitment was kept on `day` (nil: not kept after all).
    @discardableResult
    public mutating func setKept(_ reference: String, _ day: Day?) throws(SessionError) -> Expectation {
        return try update(\.expectations, commitmentIndex(reference)) { $0.kept = day }
    }

    /// Sets (or with an empty text clears) how a commitment will be checked.
    @discardableResult
    public mutating func setMeasure(_ reference: String, _ rawText: String) throws(SessionError) -> Expectation {
        let index = try commitmentIndex(reference)
        let text = rawText.trimmingWhitespace
        self.expectations[index].measure =
            text.isEmpty ? "" : try TextRule.line.check(text, field: "commitment.measure")
        return self.expectations[index]
    }

    /// Sets what a guided answer `DATE, MEASURE` gave: the date when there is
    /// one, the measure when there is one; both are checked before either is set.
    @discardableResult
    public mutating func setTerms(_ reference: String, due day: Day?, measure rawText: String) throws(SessionError)
        -> Expectation
    {
        let index = try commitmentIndex(reference)
        let text = rawText.trimmingWhitespace
        let measure = text.isEmpty ? nil : try TextRule.line.check(text, field: "commitment.measure")
        if let day { self.expectations[index].due = day }
        if let measure { self.expectations[index].measure = measure }
        return self.expectations[index]
    }

    /// Records (or with an empty text clears) what a partner hopes to gain for themselves.
    @discardableResult
    public mutating func setPersonalGoals(_ reference: String, _ rawText: String) throws(SessionError) -> Partner {
        let owner = try partner(reference)
        guard let index = self.partners.firstIndex(where: { $0.id == owner.id }) else {
            throw .unknownPartner(reference)
        }
        let text = rawText.trimmingWhitespace
        self.partners[index].personalGoals = text.isEmpty ? "" : try TextRule.line.check(text, field: "personal.goals")
        return self.partners[index]
    }

    /// Sets (or with nil clears) the effort a contribution or commitment takes, in hours per week.
    @discardableResult
    public mutating func setEffort(_ reference: String, _ hours: Int?) throws(SessionError) -> Expectation {
        let item = try expectation(reference)
        guard item.kind.canAnswer else { throw ExpectationMismatch.cannotCarryEffort(item).error }
        if let hours, !Expectation.effortRange.contains(hours) {
            throw .outOfRange(field: "effort", value: String(hours), range: Expectation.effortRange)
        }
        guard let index = self.expectations.firstIndex(where: { $0.id == item.id }) else {
            throw .unknown(.expectation, reference)
        }
        self.expectations[index].effort = hours
        return self.expectations[index]
    }

    /// Dates and measures belong to commitments only: a wish cannot be due.
    private func commitmentIndex(_ reference: String) throws(SessionError) -> Int {
        let item = try expectation(reference)
        guard item.kind == .commitment else { throw ExpectationMismatch.notCommitment(item).error }
        guard let index = self.expectations.firstIndex(where: { $0.id == item.id }) else {
            throw .unknown(.expectation, reference)
        }
        return index
    }
}

/// Why an edit of the exchange does not fit the item it names. The core
/// refuses such an edit (as an expectation it cannot use, the error every
/// caller already handles); `ExpectationEdit.mismatch(in:)` tells the shell
/// which of these rules it broke, so the message can say it.
public enum ExpectationMismatch: Equatable, Sendable {
    /// Only an expectation is answered by something.
    case notExpectation(Expectation)
    /// Only a contribution or a commitment answers an expectation.
    case cannotAnswer(Expectation)
    /// An expectation is answered by another partner than its own.
    case samePartner(Expectation, expectation: String)
    /// Dates, measures and "kept" belong to commitments.
    case notCommitment(Expectation)
    /// `answer` is not among the links of the expectation.
    case notLinked(Expectation, answer: String)
    /// Only a contribution or a commitment takes an effort.
    case cannotCarryEffort(Expectation)

    /// The refusal the core throws.
    public var error: SessionError {
        switch self {
        case .notExpectation(let item), .notCommitment(let item): return .unknown(.expectation, item.id)
        case .cannotAnswer(let item), .samePartner(let item, _): return .unknown(.expectation, item.id)
        case .notLinked(_, let answer): return .unknown(.expectation, answer)
        case .cannotCarryEffort(let item): return .unknown(.expectation, item.id.isEmpty ? item.text : item.id)
        }
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
