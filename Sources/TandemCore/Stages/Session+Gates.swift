extension Session {
    /// Starts a gate on a stage, or returns the one under way; returns the pass number.
    ///
    /// The number is past every earlier pass that left answers or skips in the
    /// guide record, so a new pass never inherits the questions of an old one.
    @discardableResult
    public mutating func openGate(_ reference: String) throws(SessionError) -> Int {
        let index = try stageIndex(reference)
        if let draft = self.stages[index].draft { return draft.number }
        var number = self.stages[index].gates.count + 1
        let id = self.stages[index].id
        while guide.hasQuestions(prefixed: Self.gatePrefix(stage: id, pass: number)) { number += 1 }
        self.stages[index].draft = GateDraft(number: number)
        return number
    }

    /// The prefix of the question ids of one pass through a stage's gate: `gate.s1.2.`.
    public static func gatePrefix(stage: String, pass: Int) -> String {
        "gate.\(stage).\(pass)."
    }

    public mutating func assess(_ reference: String, condition number: Int, _ status: ConditionStatus)
        throws(SessionError)
    {
        let (index, text) = try draftCondition(reference, number)
        let evidence = self.stages[index].draft?.assessment(number)?.evidence ?? ""
        self.stages[index].draft?.assessments[String(number)] = .init(
            condition: text, status: status, evidence: evidence)
    }

    public mutating func giveEvidence(_ reference: String, condition number: Int, _ evidence: String)
        throws(SessionError)
    {
        let (index, _) = try draftCondition(reference, number)
        guard self.stages[index].draft?.assessment(number) != nil else { throw .unknown(.stage, reference) }
        self.stages[index].draft?.assessments[String(number)]?.evidence = evidence
    }

    public mutating func chooseVerdict(_ reference: String, _ verdict: GateVerdict) throws(SessionError) {
        let index = try draftIndex(reference)
        self.stages[index].draft?.verdict = verdict
    }

    /// The smaller scope a rescale agrees on; an empty text clears it.
    public mutating func scopeGate(_ reference: String, _ scope: String) throws(SessionError) {
        let index = try draftIndex(reference)
        self.stages[index].draft?.scope = scope.isEmpty ? nil : scope
    }

    /// What one partner leaves with if the partnership ends at this gate; an
    /// empty text clears it. Returns the partner's id.
    @discardableResult
    public mutating func exitTerms(_ reference: String, partner partnerReference: String, _ terms: String)
        throws(SessionError) -> String
    {
        let index = try draftIndex(reference)
        let partner = try partner(partnerReference).id
        var all = self.stages[index].draft?.exitTerms ?? [:]
        all[partner] = terms.isEmpty ? nil : terms
        self.stages[index].draft?.exitTerms = all.isEmpty ? nil : all
        return partner
    }

    public mutating func noteGate(_ reference: String, _ note: String) throws(SessionError) {
        let index = try draftIndex(reference)
        self.stages[index].draft?.note = note
    }

    /// Concludes the gate under way: the verdict chosen, or else the one the
    /// conditions propose on that day (a condition not met but not due yet
    /// argues for hold), recorded with its date. The answered marks of the
    /// pass are dropped from the guide record; its skips stay (they are signals).
    @discardableResult
    public mutating func closeGate(_ reference: String, on day: Day) throws(SessionError) -> (
        record: GateRecord, proposed: GateVerdict
    ) {
        let index = try draftIndex(reference)
        guard let draft = self.stages[index].draft else { throw .unknown(.stage, reference) }
        let stage = self.stages[index]
        let proposed = try proposedVerdict(reference, on: day)
        let assessments = (1...max(1, stage.entry.count)).compactMap { draft.assessment($0) }
        let verdict = draft.verdict ?? proposed
        // The scope belongs to a rescale, the exit terms to an end: what was typed for another verdict is not kept.
        let record = GateRecord(
            date: day, assessments: assessments, verdict: verdict, note: draft.note,
            scope: verdict == .rescale ? draft.scope : nil, exitTerms: verdict == .end ? draft.exitTerms : nil)
        self.stages[index].gates.append(record)
        self.stages[index].draft = nil
        guide.forgetAnswers(prefixed: Self.gatePrefix(stage: stage.id, pass: draft.number))
        return (record, proposed)
    }

    /// The verdict the conditions of the gate under way propose on `day`
    /// (a condition not met but not due yet argues for hold).
    public func proposedVerdict(_ reference: String, on day: Day) throws(SessionError) -> GateVerdict {
        let stage = self.stages[try draftIndex(reference)]
        let statuses = stage.draft?.statuses(count: stage.entry.count) ?? []
        return GateAnalysis.proposal(statuses, conditions: stage.entry, today: day)
    }

    /// Drops the gate under way without recording it.
    public mutating func discardGate(_ reference: String) throws(SessionError) {
        let index = try stageIndex(reference)
        if let draft = self.stages[index].draft {
            guide.forgetAnswers(prefixed: Self.gatePrefix(stage: self.stages[index].id, pass: draft.number))
        }
        self.stages[index].draft = nil
    }

    private func draftIndex(_ reference: String) throws(SessionError) -> Int {
        let index = try stageIndex(reference)
        guard self.stages[index].draft != nil else { throw .unknown(.stage, reference) }
        return index
    }

    private func draftCondition(_ reference: String, _ number: Int) throws(SessionError) -> (Int, String) {
        let index = try draftIndex(reference)
        let entry = self.stages[index].entry
        guard entry.indices.contains(number - 1) else {
            throw .outOfRange(field: "stage.condition", value: String(number), range: 1...max(1, entry.count))
        }
        return (index, entry[number - 1].text)
    }
}

extension GuideRecord {
    func hasQuestions(prefixed prefix: String) -> Bool {
        answered.keys.contains { $0.hasPrefix(prefix) } || skipped.keys.contains { $0.hasPrefix(prefix) }
    }

    mutating func forgetAnswers(prefixed prefix: String) {
        for key in answered.keys where key.hasPrefix(prefix) { answered[key] = nil }
    }
}
