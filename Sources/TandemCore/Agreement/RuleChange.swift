/// How the working agreement moved between two states of a session.
public enum RuleChange: Equatable, Sendable {
    case added(Rule)
    case removed(Rule)
    case reworded(id: String, from: String, to: String)
    case topic(id: String, from: RuleTopic, to: RuleTopic)
    /// Made private or shared (`private ID`, `share ID`).
    case visibility(id: String, from: Visibility, to: Visibility)
}

extension SessionDiff {
    static func rules(_ before: [Rule], _ after: [Rule]) -> [RuleChange] {
        let matched = match(before, after)
        var changes: [RuleChange] = matched.added.map { .added($0) } + matched.removed.map { .removed($0) }
        for (old, new) in matched.both {
            if old.text != new.text { changes.append(.reworded(id: new.id, from: old.text, to: new.text)) }
            if old.shownTo != new.shownTo {
                changes.append(.visibility(id: new.id, from: old.shownTo, to: new.shownTo))
            }
            if old.topic != new.topic { changes.append(.topic(id: new.id, from: old.topic, to: new.topic)) }
        }
        return changes
    }
}
