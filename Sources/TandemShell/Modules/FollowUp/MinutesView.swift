import TandemCore

/// The minutes printed when a follow-up ends (and by `minutes [CHECKPOINT]`):
/// what changed since the baseline and needs attention, what the meeting
/// decided, what is due next. Read from the checkpoints by
/// `FollowUpMinutes.summary`, worded as `diff` words each change.
struct MinutesView {
    let shell: Shell
    let summary: FollowUpMinutes.Summary
    let session: Session

    func render() {
        let checkpoint = summary.checkpoint
        let minutes = summary.minutes
        shell.say(
            "minutes.title",
            ["checkpoint": shell.checkpointName(checkpoint), "date": shell.wording.date(checkpoint.date)],
            .heading)
        let baseline = minutes.baseline.flatMap { session.checkpoints.withID($0) }
        let view = DiffView(
            shell: shell, checkpoint: baseline ?? checkpoint, later: checkpoint, session: session,
            today: checkpoint.date)
        let names = DiffNames(before: baseline?.state ?? SessionState(), after: checkpoint.state)
        let changes = summary.changes
        let attention = changes.attentionCount
        var counts = ["count": String(changes.count), "attention": String(attention)]
        counts["since"] = baseline.map(shell.checkpointName) ?? ""
        let key = baseline == nil ? "minutes.changed.first" : "minutes.changed"
        shell.say(key + (attention == 0 ? ".calm" : ""), counts, .accent)
        for module in Module.allCases {
            for entry in view.diffLines(module, changes, names) where entry.marker == .late {
                view.diffLine(entry.marker, entry.text)
            }
        }
        let decided = Module.allCases.flatMap { view.diffLines($0, summary.decided, names) }
        shell.say("minutes.decided", [:], .accent)
        if decided.isEmpty && summary.decided.notes.isEmpty {
            shell.line("  " + shell.t("minutes.decided.none"), .dim)
        }
        for entry in decided { view.diffLine(entry.marker, entry.text) }
        for note in summary.decided.notes {
            view.diffLine(.added, shell.t("minutes.note", ["text": note.text]))
        }
        shell.say("minutes.next", [:], .accent)
        for action in summary.due {
            var text = shell.t("minutes.action", ["id": action.id, "text": action.text])
            let details = shell.actionDetails(action)
            if !details.isEmpty { text += " — " + details }
            bullet(text)
        }
        let reason = shell.t("minutes.reason.\(minutes.reason.rawValue)")
        bullet(shell.t("minutes.checkin", ["date": shell.wording.date(minutes.checkin), "reason": reason]))
        bullet(shell.t("minutes.formal", ["date": shell.wording.date(minutes.formal)]))
        if !minutes.absent.isEmpty {
            let names = minutes.absent.map { session.partners.withID($0)?.name ?? $0 }
            bullet(shell.t("minutes.absent", ["list": shell.spokenList(names)]))
        }
    }

    private func bullet(_ text: String) {
        for (i, part) in text.wrapped(width: 76).split(separator: "\n").enumerated() {
            shell.line((i == 0 ? "  - " : "    ") + part)
        }
    }
}

extension Shell {
    /// The minutes of the follow-up that ended with `checkpoint`; false when it was not a follow-up's.
    @discardableResult
    func showMinutes(of checkpoint: Checkpoint, in session: Session) -> Bool {
        guard let summary = FollowUpMinutes.summary(of: checkpoint, in: session) else { return false }
        MinutesView(shell: self, summary: summary, session: session).render()
        return true
    }
}
