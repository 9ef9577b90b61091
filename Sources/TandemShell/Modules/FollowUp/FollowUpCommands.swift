import TandemCore

/// checkpoint [LABEL], checkpoints, diff [CHECKPOINT [CHECKPOINT]], minutes [CHECKPOINT], followup [restart], review [checkin|formal DATE].
enum FollowUpCommands {
    static let all: [Command] = [
        Command(
            "checkpoint", group: .modules,
            [
                Verb([], [.text("label", optional: true)]) { shell, args throws(ShellError) in
                    try shell.makeCheckpoint(label: args.text("label"))
                }
            ]),
        Command("checkpoints", group: .modules, [Verb { shell, _ throws(ShellError) in shell.showCheckpoints() }]),
        Command(
            "diff", group: .modules,
            [
                // The first checkpoint spans words (a label of several), the second is one word.
                Verb(
                    [],
                    [
                        .id(.checkpoint, "checkpoint", optional: true),
                        Slot("later", .reference(.checkpoint), optional: true, spansWords: false),
                    ]
                ) { shell, args throws(ShellError) in
                    try shell.runDiff(args.optionalText("checkpoint"), args.optionalText("later"))
                }
            ]),
        Command(
            "minutes", group: .modules,
            [
                Verb([], [.id(.checkpoint, "checkpoint", optional: true)]) { shell, args throws(ShellError) in
                    try shell.runMinutes(args.optionalText("checkpoint"))
                }
            ]),
        Command(
            "followup", group: .modules,
            [
                Verb { shell, _ throws(ShellError) in try shell.runFollowUp() },
                Verb("restart") { shell, _ throws(ShellError) in
                    if shell.current?.session.reviews.underway != nil { try shell.apply(FollowUpEdit.discard) }
                    try shell.runFollowUp()
                },
            ]),
        Command(
            "review", group: .modules,
            [Verb { shell, _ throws(ShellError) in shell.showReviews() }]
                + ReviewKind.allCases.map { kind in
                    Verb(kind.rawValue, [.date()]) { shell, args throws(ShellError) in
                        guard let day = args.day() else { throw .usage("review " + kind.rawValue) }
                        try shell.setReview(kind, day)
                    }
                }),
    ]
}

extension Shell {
    /// `checkpoint [LABEL]`: freezes every module as it is now; the label as typed.
    func makeCheckpoint(label: String) throws(ShellError) {
        let day = Day(now)
        let previous = try requireSession().session.latestCheckpoint
        let id = try apply(FollowUpEdit.checkpoint(label: label, on: day))
        guard let checkpoint = current?.session.checkpoints.first(where: { $0.id == id }) else { return }
        say("checkpoint.done", ["checkpoint": checkpointName(checkpoint), "date": wording.date(day)], .success)
        if let previous, previous.state == checkpoint.state {
            say("checkpoint.same", ["previous": previous.id], .dim)
        } else {
            say("checkpoint.next", ["id": checkpoint.id], .dim)
        }
    }

    /// `diff [CHECKPOINT [LATER]]`: since the checkpoint (the latest one when
    /// none is named), or from it to a later one.
    func runDiff(_ id: String?, _ later: String? = nil) throws(ShellError) {
        let session = try requireSession().session
        let checkpoint: Checkpoint
        if let id {
            do {
                checkpoint = try session.checkpoint(id)
                // `diff Phase 2` names the checkpoint labelled so, when there is one, rather than c2.
                let whole = later.map { id + " " + $0 }
                if let whole, let one = session.checkpoints.first(where: { $0.label.folded == whole.folded }) {
                    showDiff(since: one, in: session)
                    return
                }
                if let later {
                    showDiff(from: checkpoint, to: try session.checkpoint(later), in: session)
                    return
                }
            } catch {
                throw .session(error)
            }
        } else {
            guard let latest = session.latestCheckpoint else { throw .message("diff.no.checkpoint") }
            checkpoint = latest
        }
        showDiff(since: checkpoint, in: session)
    }

    /// `minutes [CHECKPOINT]`: the minutes of a follow-up, the latest one when none is named.
    func runMinutes(_ id: String?) throws(ShellError) {
        let session = try requireSession().session
        let checkpoint: Checkpoint
        if let id {
            do {
                checkpoint = try session.checkpoint(id)
            } catch {
                throw .session(error)
            }
        } else {
            guard let last = session.checkpoints.last(where: { $0.minutes != nil }) else {
                throw .message("minutes.none")
            }
            checkpoint = last
        }
        if !showMinutes(of: checkpoint, in: session) {
            throw .message("minutes.not.followup", ["checkpoint": checkpointName(checkpoint)])
        }
    }

    /// `review checkin|formal DATE`: DATE as 2027-03-31, 31/03/2027, +DAYS or +MONTHSm.
    func setReview(_ kind: ReviewKind, _ day: Day) throws(ShellError) {
        try apply(FollowUpEdit.review(kind, on: day))
        let reminder = ReviewReminder(kind: kind, date: day, today: Day(now))
        say("review.set.\(kind.rawValue)", ["date": wording.date(day), "when": reviewWhen(reminder)], .success)
    }
}
