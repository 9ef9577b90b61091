extension ReportDocument {
    /// Open actions (overdue first), the done ones, the analysis.
    func actions(_ doc: inout MarkdownDocument) {
        doc.heading(2, t("doc.report.actions"))
        let review = ActionAnalysis(session, today: today)
        if !review.open.isEmpty {
            doc.table(
                ["actions.col.id", "actions.col.due", "actions.col.state", "actions.col.owner", "actions.col.text"].map(
                    label),
                review.open.map { action in
                    [
                        action.id, action.due?.description ?? "—", state(action, review),
                        action.owner.isEmpty ? "—" : session.ownerName(action.owner),
                        action.text + t.documentMarks(shared: action.isShared),
                    ].map { Inline($0) }
                })
        }
        if !review.done.isEmpty {
            doc.paragraph(.strong(t("doc.report.done")))
            doc.list(
                review.done.map { action in
                    Inline.strong(action.id) + .space
                        + Inline(action.text + " (" + (action.done.map(t.date) ?? "") + ")")
                })
        }
        analysis(&doc, Findings.actions(review, session, t))
    }

    /// "3 days late", "due today", "in 2 days", or a dash.
    private func state(_ action: Action, _ review: ActionAnalysis) -> String {
        guard let due = action.due else { return "—" }
        let days = due.ordinal - review.today.ordinal
        if days < 0 { return t(days == -1 ? "actions.state.late.one" : "actions.state.late", ["days": String(-days)]) }
        if days == 0 { return t("actions.state.today") }
        if days <= ActionAnalysis.soonDays {
            return t(days == 1 ? "actions.state.soon.one" : "actions.state.soon", ["days": String(days)])
        }
        return "—"
    }
}
