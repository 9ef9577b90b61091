import TandemCore

extension Shell {
    /// `actions`: the actions view of the open session.
    func showActions() {
        guard let session = current?.session else { return }
        ActionsView(shell: self, session: session, review: ActionAnalysis(session, today: Day(now))).render()
    }
}

/// `actions`: open actions (overdue first, then by due date), done ones
/// summarised, then what stands out in plain sentences.
struct ActionsView {
    let shell: Shell
    let session: Session
    let review: ActionAnalysis

    func render() {
        shell.say(
            "actions.title",
            ["open": String(review.open.count), "done": String(review.done.count), "today": review.today.description],
            .heading)
        if !review.open.isEmpty { actionTable() }
        if !review.done.isEmpty {
            let recent = review.done.prefix(3).map {
                "\($0.id) \($0.text.truncated(to: 30)) (\($0.done?.description ?? ""))"
            }
            let more =
                review.done.count > 3 ? shell.t("actions.done.more", ["count": String(review.done.count - 3)]) : ""
            let summary = shell.t(
                "actions.done.summary",
                [
                    "count": String(review.done.count),
                    "recent": recent.joined(separator: shell.t("offer.separator")) + more,
                ])
            for (i, part) in Shell.wordLines(summary, width: 78).enumerated() {
                shell.line((i == 0 ? "" : "  ") + part, .dim)
            }
        }
        shell.line("")
        findings()
    }

    private func actionTable() {
        let idWidth = max(2, review.open.map(\.id.count).max() ?? 2)
        let states = review.open.map { state($0) }
        let stateWidth = max(shell.t("actions.col.state").displayWidth, states.map(\.text.displayWidth).max() ?? 0)
        let owners = review.open.map { $0.owner.isEmpty ? "-" : session.ownerName($0.owner) }
        let ownerWidth = min(12, max(shell.t("actions.col.owner").displayWidth, owners.map(\.displayWidth).max() ?? 0))
        let dueWidth = max(10, shell.t("actions.col.due").displayWidth)
        let textWidth = max(16, 80 - (2 + idWidth + 2 + dueWidth + 2 + stateWidth + 2 + ownerWidth + 2))
        let indent = String(repeating: " ", count: 80 - textWidth)
        shell.line(
            "  " + shell.t("actions.col.id").fitted(to: idWidth) + "  "
                + shell.t("actions.col.due").fitted(to: dueWidth) + "  "
                + shell.t("actions.col.state").fitted(to: stateWidth) + "  "
                + shell.t("actions.col.owner").fitted(to: ownerWidth)
                + "  "
                + shell.t("actions.col.text"), .dim)
        for (i, action) in review.open.enumerated() {
            let lines = Shell.wordLines(shell.wording.marks(shared: action.isShared) + action.text, width: textWidth)
            let head =
                "  " + action.id.fitted(to: idWidth) + "  " + (action.due?.description ?? "-").fitted(to: dueWidth)
                + "  "
            shell.write(head)
            shell.write(states[i].text.fitted(to: stateWidth), states[i].style)
            shell.line("  " + owners[i].fitted(to: ownerWidth) + "  " + (lines.first ?? ""))
            for more in lines.dropFirst() { shell.line(indent + more) }
        }
        for sentence in shell.wording.markLegend(private: review.open.contains { !$0.isShared }, guess: false) {
            shell.line("")
            for (i, part) in Shell.wordLines(sentence, width: 78).enumerated() {
                shell.line((i == 0 ? "" : "  ") + part, .dim)
            }
        }
    }

    /// "12 days late", "today", "in 3 days", or nothing far ahead or without a date.
    private func state(_ action: Action) -> (text: String, style: Style) {
        guard let due = action.due else { return ("", .plain) }
        let days = due.ordinal - review.today.ordinal
        if days < 0 {
            return (
                shell.t(days == -1 ? "actions.state.late.one" : "actions.state.late", ["days": String(-days)]), .band(3)
            )
        }
        if days == 0 { return (shell.t("actions.state.today"), .band(2)) }
        if days <= ActionAnalysis.soonDays {
            return (
                shell.t(days == 1 ? "actions.state.soon.one" : "actions.state.soon", ["days": String(days)]), .band(1)
            )
        }
        return ("", .plain)
    }

    /// The analysis: what is late, due soon, unowned, undated, and who carries what.
    private func findings() {
        guard !session.actions.isEmpty else {
            shell.paragraph("actions.none")
            return
        }
        for finding in Findings.actions(review, session, shell.wording) { shell.findingLine(finding) }
    }
}
