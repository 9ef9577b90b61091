import TandemCore

extension DiffView {
    /// One change of the working agreement.
    func ruleLine(_ change: RuleChange) -> DiffEntry {
        func rule(_ rule: Rule) -> String {
            t("diff.rule", ["id": rule.id, "topic": t(rule.topic.labelKey), "text": quoted(rule.text)])
        }
        switch change {
        case .visibility(let id, _, let to): return visibilityLine(id, to)
        case .added(let added): return DiffEntry(.added, rule(added))
        case .removed(let removed): return DiffEntry(.removed, rule(removed))
        case .reworded(let id, let from, let to):
            return DiffEntry(.changed, t("diff.rule.reworded", ["id": id, "from": quoted(from), "to": quoted(to)]))
        case .topic(let id, let from, let to):
            return DiffEntry(.changed, t("diff.rule.topic", ["id": id, "from": label(from), "to": label(to)]))
        }
    }
}
