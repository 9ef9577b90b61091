import TandemCore

extension Shell {
    /// `actions`: open actions (overdue first, then by due date), done ones
    /// summarised, then what stands out in plain sentences.
    func showActions() {
        guard let session = current?.session else { return }
        let review = ActionAnalysis(session, today: Day(now))
        say(
            "actions.title",
            ["open": String(review.open.count), "done": String(review.done.count), "today": review.today.description],
            .heading)
        if !review.open.isEmpty { actionTable(review, session) }
        if !review.done.isEmpty {
            let recent = review.done.prefix(3).map {
                "\($0.id) \($0.text.truncated(to: 30)) (\($0.done?.description ?? ""))"
            }
            let more = review.done.count > 3 ? t("actions.done.more", ["count": String(review.done.count - 3)]) : ""
            let summary = t(
                "actions.done.summary",
                ["count": String(review.done.count), "recent": recent.joined(separator: t("offer.separator")) + more])
            for (i, part) in Self.wordLines(summary, width: 78).enumerated() { line((i == 0 ? "" : "  ") + part, .dim) }
        }
        line("")
        actionFindings(review, session)
    }

    private func actionTable(_ review: ActionAnalysis, _ session: Session) {
        let idWidth = max(2, review.open.map(\.id.count).max() ?? 2)
        let states = review.open.map { actionState($0, review) }
        let stateWidth = max(t("actions.col.state").displayWidth, states.map(\.text.displayWidth).max() ?? 0)
        let owners = review.open.map { $0.owner.isEmpty ? "-" : session.ownerName($0.owner) }
        let ownerWidth = min(12, max(t("actions.col.owner").displayWidth, owners.map(\.displayWidth).max() ?? 0))
        let dueWidth = max(10, t("actions.col.due").displayWidth)
        let textWidth = max(16, 80 - (2 + idWidth + 2 + dueWidth + 2 + stateWidth + 2 + ownerWidth + 2))
        let indent = String(repeating: " ", count: 80 - textWidth)
        line(
            "  " + t("actions.col.id").fitted(to: idWidth) + "  " + t("actions.col.due").fitted(to: dueWidth) + "  "
                + t("actions.col.state").fitted(to: stateWidth) + "  " + t("actions.col.owner").fitted(to: ownerWidth)
                + "  "
                + t("actions.col.text"), .dim)
        for (i, action) in review.open.enumerated() {
            let lines = Self.wordLines(action.text, width: textWidth)
            let head =
                "  " + action.id.fitted(to: idWidth) + "  " + (action.due?.description ?? "-").fitted(to: dueWidth)
                + "  "
            write(head)
            write(states[i].text.fitted(to: stateWidth), states[i].style)
            line("  " + owners[i].fitted(to: ownerWidth) + "  " + (lines.first ?? ""))
            for more in lines.dropFirst() { line(indent + more) }
        }
    }

    /// "12 days late", "today", "in 3 days", or nothing far ahead or without a date.
    private func actionState(_ action: Action, _ review: ActionAnalysis) -> (text: String, style: Style) {
        guard let due = action.due else { return ("", .plain) }
        let days = due.ordinal - review.today.ordinal
        if days < 0 {
            return (t(days == -1 ? "actions.state.late.one" : "actions.state.late", ["days": String(-days)]), .band(3))
        }
        if days == 0 { return (t("actions.state.today"), .band(2)) }
        if days <= ActionAnalysis.soonDays {
            return (t(days == 1 ? "actions.state.soon.one" : "actions.state.soon", ["days": String(days)]), .band(1))
        }
        return ("", .plain)
    }

    /// The analysis: what is late, due soon, unowned, undated, and who carries what.
    private func actionFindings(_ review: ActionAnalysis, _ session: Session) {
        guard !session.actions.isEmpty else {
            paragraph("actions.none")
            return
        }
        for finding in Findings.actions(review, session, wording) { findingLine(finding) }
    }
}
