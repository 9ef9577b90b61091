extension Findings {
    /// The actions: what is late, due soon, unowned, undated, and who carries what.
    public static func actions(_ review: ActionAnalysis, _ session: Session, _ t: Wording) -> [Finding] {
        guard !session.actions.isEmpty else { return [Finding(t("actions.none"))] }
        guard !review.open.isEmpty else { return [Finding(t("actions.all.done"), .good)] }
        var sentences: [Finding] = []
        let overdue = review.overdue
        if !overdue.isEmpty {
            let list = overdue.map { t("actions.late.item", ["id": $0.id, "days": t.days(review.daysLate($0))]) }
            sentences.append(
                Finding(
                    t(
                        overdue.count == 1 ? "actions.overdue.one" : "actions.overdue",
                        ["count": String(overdue.count), "list": t.list(list)]),
                    .warning))
        } else {
            sentences.append(Finding(t("actions.overdue.none"), .good))
        }
        let soon = review.dueSoon
        if !soon.isEmpty { sentences.append(Finding(t("actions.soon", ["list": t.list(soon.map(\.id))]))) }
        let unowned = review.unowned
        if !unowned.isEmpty { sentences.append(Finding(t("actions.unowned", ["list": t.list(unowned.map(\.id))]))) }
        let undated = review.undated
        if !undated.isEmpty { sentences.append(Finding(t("actions.undated", ["list": t.list(undated.map(\.id))]))) }
        let load = review.load
        if !load.isEmpty {
            let list = load.map { "\(session.ownerName($0.owner)) \($0.count)" }.joined(separator: ", ")
            sentences.append(Finding(t("actions.load", ["list": list])))
            let owned = load.reduce(0) { $0 + $1.count }
            if let top = load.first, owned >= 3, top.count * 3 > owned * 2, session.partners.count >= 2 {
                let arguments = [
                    "owner": session.ownerName(top.owner), "count": String(top.count), "total": String(owned),
                ]
                sentences.append(Finding(t("actions.imbalance", arguments), .warning))
            }
        }
        return sentences
    }
}
