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

    static func risks(_ before: SessionSnapshot, _ after: SessionSnapshot) -> [RiskChange] {
        let matched = match(before.risks, after.risks)
        var changes: [RiskChange] = matched.added.map { .added($0) } + matched.removed.map { .removed($0) }
        for (old, new) in matched.both {
            let id = new.id
            let (was, now) = (RiskScore(old), RiskScore(new))
            if was != now { changes.append(.rescored(id: id, from: was, to: now)) }
            if old.status != new.status { changes.append(.status(id: id, from: old.status, to: new.status)) }
            if old.text != new.text { changes.append(.reworded(id: id, from: old.text, to: new.text)) }
            if old.zone != new.zone { changes.append(.zone(id: id, from: old.zone, to: new.zone)) }
            if old.mitigation != new.mitigation {
                changes.append(.mitigation(id: id, from: old.mitigation, to: new.mitigation))
            }
            if old.owner != new.owner { changes.append(.owner(id: id, from: old.owner, to: new.owner)) }
        }
        for reason in FailureReason.allCases {
            let (was, now) = (before.failureScan[reason.rawValue], after.failureScan[reason.rawValue])
            if was != now { changes.append(.scan(reason, from: was, to: now)) }
        }
        return changes
    }

    /// Each partner's latest rating of each ingredient, by today's partners
    /// in their order, then the ingredients in theirs.
    static func health(_ before: SessionSnapshot, _ after: SessionSnapshot) -> [HealthShift] {
        let (old, new) = (latest(before.health), latest(after.health))
        var shifts: [HealthShift] = []
        for partner in after.partners {
            for ingredient in Ingredient.allCases {
                let key = partner.id + "/" + ingredient.rawValue
                if old[key] != new[key] {
                    shifts.append(
                        HealthShift(partner: partner.id, ingredient: ingredient, from: old[key], to: new[key]))
                }
            }
        }
        return shifts
    }

    /// "partner/ingredient" → the score of the latest rating (by date, then by entry order).
    static func latest(_ ratings: [HealthRating]) -> [String: Int] {
        var dates: [String: Day] = [:]
        var scores: [String: Int] = [:]
        for rating in ratings {
            let key = rating.partner + "/" + rating.ingredient.rawValue
            if let known = dates[key], known > rating.date { continue }
            dates[key] = rating.date
            scores[key] = rating.score
        }
        return scores
    }

    static func phase(_ before: [PhaseEntry], _ after: [PhaseEntry]) -> PhaseShift? {
        let logged = after.indices.filter { $0 >= before.count || before[$0] != after[$0] }.map { after[$0] }
        guard !logged.isEmpty || before.last != after.last else { return nil }
        return PhaseShift(from: before.last, to: after.last, logged: logged)
    }

    static func actions(_ before: [Action], _ after: [Action], since: Day, today: Day) -> [ActionChange] {
        let matched = match(before, after)
        var changes: [ActionChange] = matched.added.map { .added($0) } + matched.removed.map { .removed($0) }
        for (old, new) in matched.both {
            let id = new.id
            switch (old.done, new.done) {
            case (nil, .some): changes.append(.done(new))
            case (.some, nil): changes.append(.reopened(new))
            case (nil, nil), (.some, .some): break
            }
            if old.text != new.text { changes.append(.reworded(id: id, from: old.text, to: new.text)) }
            if old.due != new.due { changes.append(.due(id: id, from: old.due, to: new.due)) }
            if old.owner != new.owner { changes.append(.owner(id: id, from: old.owner, to: new.owner)) }
            if old.done == nil, new.done == nil, old.due == new.due, let due = new.due, due >= since, due < today {
                changes.append(.overdue(new))
            }
        }
        return changes
    }
}
