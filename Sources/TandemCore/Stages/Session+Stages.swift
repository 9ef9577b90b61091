/// The parts of a stage that hold numbered items, for `stage drop`.
public enum StagePart: String, ValueWord {
    case entry, commitment, deliverable, exit
    public static let labelPrefix = "value.stagepart"

    /// The `field.*` key of an item's number in this part: conditions are counted apart.
    public var numberField: String { self == .entry ? "stage.condition" : "stage.item" }
}

extension Stage {
    /// How many items one part holds, as `stages show` numbers them.
    public func count(of part: StagePart) -> Int {
        switch part {
        case .entry: return entry.count
        case .commitment: return commitments.count
        case .deliverable: return deliverables.count
        case .exit: return exits.count
        }
    }

    /// The text of item `number` (1-based) of a part, or nil past its end.
    public func item(_ part: StagePart, _ number: Int) -> String? {
        guard number >= 1, number <= count(of: part) else { return nil }
        switch part {
        case .entry: return entry[number - 1].text
        case .commitment: return commitments[number - 1].text
        case .deliverable: return deliverables[number - 1]
        case .exit: return exits[number - 1]
        }
    }
}

extension Session {
    /// Finds a stage by id (`s2`) or by name ignoring case and accents; an
    /// unambiguous start of a name is enough unless `exact` is asked for.
    public func stage(_ reference: String, exact: Bool = false) throws(SessionError) -> Stage {
        self.stages[try stageIndex(reference, exact: exact)]
    }

    public func stageIndex(_ reference: String, exact: Bool = false) throws(SessionError) -> Int {
        let key = reference.folded
        if let byID = self.stages.firstIndex(where: { $0.id == key }) { return byID }
        let matching = self.stages.indices.filter { self.stages[$0].name.folded == key }
        if let only = matching.first, matching.count == 1 { return only }
        if exact { throw .unknown(.stage, reference) }
        let prefixed = self.stages.indices.filter { self.stages[$0].name.folded.hasPrefix(key) }
        if prefixed.count == 1, let only = prefixed.first, !key.isEmpty { return only }
        if prefixed.count > 1 { throw .ambiguous(.stage, reference, prefixed.map { self.stages[$0].name }) }
        throw .unknown(.stage, reference)
    }

    @discardableResult
    public mutating func addStage(name rawName: String) throws(SessionError) -> Stage {
        let name = try Self.cleanName(rawName)
        if self.stages.contains(where: { $0.name.folded == name.folded }) { throw .exists(.stage, name) }
        let stage = Stage(id: nextID(.stage), name: name)
        self.stages.append(stage)
        return stage
    }

    @discardableResult
    public mutating func renameStage(_ reference: String, to rawName: String) throws(SessionError) -> (
        old: String, new: String
    ) {
        let index = try stageIndex(reference)
        let name = try Self.cleanName(rawName)
        if self.stages.contains(where: { $0.id != self.stages[index].id && $0.name.folded == name.folded }) {
            throw .exists(.stage, name)
        }
        let old = self.stages[index].name
        self.stages[index].name = name
        return (old, name)
    }

    /// Removes a stage named exactly (or by id), so a prefix never deletes the wrong one.
    @discardableResult
    public mutating func removeStage(_ reference: String) throws(SessionError) -> Stage {
        let index = try stageIndex(reference, exact: true)
        return self.stages.remove(at: index)
    }

    /// Moves a stage to `position` (1 = first); returns the stage.
    @discardableResult
    public mutating func moveStage(_ reference: String, to position: Int) throws(SessionError) -> Stage {
        let index = try stageIndex(reference)
        guard (1...self.stages.count).contains(position) else {
            throw .outOfRange(field: "stage.position", value: String(position), range: 1...self.stages.count)
        }
        let stage = self.stages.remove(at: index)
        self.stages.insert(stage, at: position - 1)
        return stage
    }

    /// Adds an entry condition; returns the stage and the condition's number.
    @discardableResult
    public mutating func addEntry(_ reference: String, _ condition: Condition) throws(SessionError) -> (
        stage: Stage, number: Int
    ) {
        let index = try stageIndex(reference)
        self.stages[index].entry.append(condition)
        return (self.stages[index], self.stages[index].entry.count)
    }

    @discardableResult
    public mutating func setConditionMeasure(_ reference: String, condition number: Int, _ measure: String)
        throws(SessionError) -> Stage
    {
        let (index, item) = try conditionIndex(reference, number)
        self.stages[index].entry[item].measure = measure
        return self.stages[index]
    }

    /// Rewords a condition; a gate's earlier assessments keep the wording they judged.
    @discardableResult
    public mutating func setConditionText(_ reference: String, condition number: Int, _ text: String)
        throws(SessionError) -> Stage
    {
        let (index, item) = try conditionIndex(reference, number)
        guard text.contains(where: { $0.isLetter || $0.isNumber }) else { throw .emptyName }
        self.stages[index].entry[item].text = text
        return self.stages[index]
    }

    @discardableResult
    public mutating func setConditionDue(_ reference: String, condition number: Int, _ due: Day?) throws(SessionError)
        -> Stage
    {
        let (index, item) = try conditionIndex(reference, number)
        self.stages[index].entry[item].due = due
        return self.stages[index]
    }

    @discardableResult
    public mutating func addExit(_ reference: String, _ text: String) throws(SessionError) -> Stage {
        return try update(\.stages, stageIndex(reference)) { $0.exits.append(text) }
    }

    /// Records what a partner commits to at a stage; returns the stage and the partner.
    @discardableResult
    public mutating func addCommitment(_ reference: String, partner partnerReference: String, _ text: String)
        throws(SessionError) -> (stage: Stage, partner: Partner)
    {
        let index = try stageIndex(reference)
        let partner = try partner(partnerReference)
        self.stages[index].commitments.append(StageCommitment(partner: partner.id, text: text))
        return (self.stages[index], partner)
    }

    @discardableResult
    public mutating func addDeliverable(_ reference: String, _ text: String) throws(SessionError) -> Stage {
        return try update(\.stages, stageIndex(reference)) { $0.deliverables.append(text) }
    }

    @discardableResult
    public mutating func setReview(_ reference: String, _ day: Day?) throws(SessionError) -> Stage {
        return try update(\.stages, stageIndex(reference)) { $0.review = day }
    }

    /// Removes item `number` (as `stages show` numbers them) from one part of a stage; returns its text.
    @discardableResult
    public mutating func dropItem(_ reference: String, _ part: StagePart, _ number: Int) throws(SessionError) -> String
    {
        let index = try stageIndex(reference)
        let count = self.stages[index].count(of: part)
        guard count > 0, (1...count).contains(number) else {
            throw .outOfRange(field: part.numberField, value: String(number), range: 1...max(1, count))
        }
        switch part {
        case .entry:
            self.stages[index].draft?.dropCondition(number)
            return self.stages[index].entry.remove(at: number - 1).text
        case .commitment: return self.stages[index].commitments.remove(at: number - 1).text
        case .deliverable: return self.stages[index].deliverables.remove(at: number - 1)
        case .exit: return self.stages[index].exits.remove(at: number - 1)
        }
    }

    private func conditionIndex(_ reference: String, _ number: Int) throws(SessionError) -> (Int, Int) {
        let index = try stageIndex(reference)
        let count = self.stages[index].entry.count
        guard count > 0, (1...count).contains(number) else {
            throw .outOfRange(field: "stage.condition", value: String(number), range: 1...max(1, count))
        }
        return (index, number - 1)
    }
}
