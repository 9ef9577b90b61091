public enum ExpectationChange: Equatable, Sendable {
    case added(Expectation)
    case removed(Expectation)
    case reworded(id: String, from: String, to: String)
    case kind(id: String, from: ExpectationKind, to: ExpectationKind)
    case measure(id: String, from: String, to: String)
    case due(id: String, from: Day?, to: Day?)
    /// A commitment marked kept (or unmarked).
    case kept(id: String, from: Day?, to: Day?)
    /// Contributions or commitments that now answer the expectation.
    case linked(id: String, answers: [String])
    /// Links that no longer hold.
    case unlinked(id: String, answers: [String])
    /// A partner's personal goals written, rewritten or cleared. The texts are
    /// kept for the record; the shell says only that they moved, as they are
    /// the coach's to share.
    case goals(partner: String, from: String, to: String)
    /// What answers a concern, named or changed.
    case safeguards(id: String, from: [String], to: [String])
    case tensionAdded(Tension)
    case tensionRemoved(Tension)
    /// A tension settled (by a rule or commitment id) or reopened (nil).
    case tensionSettled(id: String, by: String?)
    /// A commitment not kept whose due date has passed since the checkpoint.
    case late(Expectation)
    /// Made private or shared (`private ID`, `share ID`).
    case visibility(id: String, from: Visibility, to: Visibility)
    /// Marked as the author's guess (true) or confirmed by its partner (false).
    case guess(id: String, Bool)
}

extension SessionDiff {
    static func expectations(_ before: [Expectation], _ after: [Expectation]) -> [ExpectationChange] {
        let matched = match(before, after)
        var changes: [ExpectationChange] = matched.added.map { .added($0) } + matched.removed.map { .removed($0) }
        for (old, new) in matched.both {
            let id = new.id
            if old.text != new.text { changes.append(.reworded(id: id, from: old.text, to: new.text)) }
            if old.kind != new.kind { changes.append(.kind(id: id, from: old.kind, to: new.kind)) }
            if old.measure != new.measure { changes.append(.measure(id: id, from: old.measure, to: new.measure)) }
            if old.due != new.due { changes.append(.due(id: id, from: old.due, to: new.due)) }
            if old.kept != new.kept { changes.append(.kept(id: id, from: old.kept, to: new.kept)) }
            let links = listDiff(old.answeredBy, new.answeredBy)
            if !links.added.isEmpty { changes.append(.linked(id: id, answers: links.added)) }
            if !links.removed.isEmpty { changes.append(.unlinked(id: id, answers: links.removed)) }
            if old.shownTo != new.shownTo { changes.append(.visibility(id: id, from: old.shownTo, to: new.shownTo)) }
            if old.isGuess != new.isGuess { changes.append(.guess(id: id, new.isGuess)) }
            if old.safeguards != new.safeguards {
                changes.append(.safeguards(id: id, from: old.safeguards ?? [], to: new.safeguards ?? []))
            }
        }
        return changes
    }

    /// Tensions recorded, removed, settled or reopened.
    static func tensions(_ before: [Tension], _ after: [Tension]) -> [ExpectationChange] {
        let matched = match(before, after)
        var changes: [ExpectationChange] =
            matched.added.map { .tensionAdded($0) } + matched.removed.map { .tensionRemoved($0) }
        for (old, new) in matched.both where old.settledBy != new.settledBy {
            changes.append(.tensionSettled(id: new.id, by: new.settledBy))
        }
        return changes
    }

    /// Commitments still not kept whose due date fell in between.
    static func late(_ after: [Expectation], since: Day, today: Day) -> [ExpectationChange] {
        after.compactMap { e in
            guard e.kind == .commitment, e.kept == nil, let due = e.due, due >= since, due < today else { return nil }
            return .late(e)
        }
    }

    /// Personal goals of the partners present on both sides, in today's order.
    static func goals(_ before: SessionState, _ after: SessionState) -> [ExpectationChange] {
        match(before.partners, after.partners).both.compactMap { old, new in
            old.personalGoals == new.personalGoals
                ? nil : .goals(partner: new.id, from: old.personalGoals, to: new.personalGoals)
        }
    }
}
