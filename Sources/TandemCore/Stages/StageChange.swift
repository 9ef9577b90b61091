public enum StageChange: Equatable, Sendable {
    case added(Stage)
    case removed(Stage)
    case renamed(id: String, from: String, to: String)
    case entryAdded(stage: String, Condition)
    case entryRemoved(stage: String, Condition)
    /// The same condition with another measure or date.
    case entryChanged(stage: String, from: Condition, to: Condition)
    case exitAdded(stage: String, String)
    case exitRemoved(stage: String, String)
    case commitmentAdded(stage: String, StageCommitment)
    case commitmentRemoved(stage: String, StageCommitment)
    case deliverableAdded(stage: String, String)
    case deliverableRemoved(stage: String, String)
    case review(stage: String, from: Day?, to: Day?)
    /// A gate held since the checkpoint, with the verdict of the gate before it.
    case gate(stage: String, GateRecord, previous: GateVerdict?)
}

extension SessionDiff {
    static func stages(_ before: [Stage], _ after: [Stage]) -> [StageChange] {
        let matched = match(before, after)
        var changes: [StageChange] = matched.added.map { .added($0) } + matched.removed.map { .removed($0) }
        for (old, new) in matched.both {
            let id = new.id
            if old.name != new.name { changes.append(.renamed(id: id, from: old.name, to: new.name)) }
            let oldTexts = old.entry.map(\.text)
            let newTexts = new.entry.map(\.text)
            changes += new.entry.filter { !oldTexts.contains($0.text) }.map { .entryAdded(stage: id, $0) }
            changes += old.entry.filter { !newTexts.contains($0.text) }.map { .entryRemoved(stage: id, $0) }
            for condition in new.entry {
                if let was = old.entry.first(where: { $0.text == condition.text }), was != condition {
                    changes.append(.entryChanged(stage: id, from: was, to: condition))
                }
            }
            let exits = listDiff(old.exits, new.exits)
            changes += exits.added.map { .exitAdded(stage: id, $0) } + exits.removed.map { .exitRemoved(stage: id, $0) }
            let commitments = listDiff(old.commitments, new.commitments)
            changes += commitments.added.map { .commitmentAdded(stage: id, $0) }
            changes += commitments.removed.map { .commitmentRemoved(stage: id, $0) }
            let deliverables = listDiff(old.deliverables, new.deliverables)
            changes += deliverables.added.map { .deliverableAdded(stage: id, $0) }
            changes += deliverables.removed.map { .deliverableRemoved(stage: id, $0) }
            if old.review != new.review { changes.append(.review(stage: id, from: old.review, to: new.review)) }
            // Gates are only ever appended: the ones past the checkpoint's count are new.
            for index in new.gates.indices where index >= old.gates.count {
                let previous = index > 0 ? new.gates[index - 1].verdict : nil
                changes.append(.gate(stage: id, new.gates[index], previous: previous))
            }
        }
        return changes
    }
}
