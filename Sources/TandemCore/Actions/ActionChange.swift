public enum ActionChange: Equatable, Sendable {
    case added(Action)
    case removed(Action)
    case done(Action)
    case reopened(Action)
    case reworded(id: String, from: String, to: String)
    case due(id: String, from: Day?, to: Day?)
    case owner(id: String, from: String, to: String)
    /// Still open, and its due date has passed since the checkpoint.
    case overdue(Action)
    /// Made private or shared (`private ID`, `share ID`).
    case visibility(id: String, from: Visibility, to: Visibility)
}

extension SessionDiff {
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
            if old.shownTo != new.shownTo { changes.append(.visibility(id: id, from: old.shownTo, to: new.shownTo)) }
            if old.due != new.due { changes.append(.due(id: id, from: old.due, to: new.due)) }
            if old.owner != new.owner { changes.append(.owner(id: id, from: old.owner, to: new.owner)) }
            if old.done == nil, new.done == nil, old.due == new.due, let due = new.due, due >= since, due < today {
                changes.append(.overdue(new))
            }
        }
        return changes
    }
}
