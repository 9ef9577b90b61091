import TandemCore

extension Shell {
    /// `review`: the review view of the open session.
    func showReviews() {
        guard let session = current?.session else { return }
        ReviewView(shell: self, session: session, today: Day(now)).render()
    }

    /// "in 12 days", "today", "3 days late".
    func reviewWhen(_ reminder: ReviewReminder) -> String {
        if reminder.days == 0 { return t("review.when.today") }
        if reminder.days > 0 { return t("review.when.ahead", ["days": dayCount(reminder.days)]) }
        return t("review.when.late", ["days": dayCount(-reminder.days)])
    }

    /// "check-in overdue by 12 days (due 2026-11-09)" for a review due or late.
    func reminderText(_ reminder: ReviewReminder) -> String {
        let state = reminder.days < 0 ? "late" : reminder.days == 0 ? "today" : "soon"
        return t(
            "review.remind.\(reminder.kind.rawValue).\(state)",
            ["date": wording.date(reminder.date), "days": dayCount(abs(reminder.days))])
    }

    /// The same as a sentence of its own: "Check-in overdue by 12 days (due 2026-11-09)."
    func reminderSentence(_ reminder: ReviewReminder) -> String {
        let text = reminderText(reminder)
        return t("review.remind.sentence", ["reminder": text.prefix(1).uppercased() + text.dropFirst()])
    }

    /// Said on `open`: reviews due within two weeks or late, and a follow-up left half-way.
    func sayReviewReminders(_ session: Session) {
        let reminders = session.reviews.reminders(today: Day(now))
        for reminder in reminders {
            line(reminderSentence(reminder).wrapped(width: Shell.textWidth), reminder.isOverdue ? .warning : .accent)
        }
        if let underway = session.reviews.underway {
            say("review.underway.open", ["date": wording.date(underway.started)], .accent)
        } else if !reminders.isEmpty {
            say("review.remind.hint", [:], .dim)
        }
    }
}

/// `review`: the next check-in and formal review, how far they are, the
/// last checkpoint and any follow-up under way.
struct ReviewView {
    let shell: Shell
    let session: Session
    let today: Day

    func render() {
        shell.say("review.title", [:], .heading)
        let rows = [
            (
                shell.t("review.row.checkin"),
                ReviewReminder(kind: .checkin, date: session.reviews.checkin, today: today)
            ),
            (shell.t("review.row.formal"), ReviewReminder(kind: .formal, date: session.reviews.formal, today: today)),
        ]
        let labels = rows.map(\.0) + [shell.t("review.row.checkpoint"), shell.t("review.row.underway")]
        let width = min(30, labels.map(\.displayWidth).max() ?? 0)
        for (label, reminder) in rows {
            shell.write("  " + label.fitted(to: width) + "  " + reminder.date.description + "  ")
            shell.line(shell.reviewWhen(reminder), reminder.isOverdue ? .warning : reminder.isDue ? .accent : .plain)
        }
        let last =
            session.latestCheckpoint.map { shell.checkpointName($0) + ", " + $0.date.description }
            ?? shell.t("review.none")
        shell.line("  " + shell.t("review.row.checkpoint").fitted(to: width) + "  " + last)
        if let underway = session.reviews.underway {
            shell.line(
                "  " + shell.t("review.row.underway").fitted(to: width) + "  "
                    + shell.t("review.underway", ["date": shell.wording.date(underway.started)]), .accent)
        }
        shell.line("")
        shell.paragraph("review.explain", [:], .dim)
    }
}
