import TandemCore

/// checkpoint [LABEL], checkpoints, diff [CHECKPOINT], followup, review.
enum FollowUpCommands {
    static let all: [Command] = [
        Command("checkpoint", group: .modules, needsSession: true) { shell, args throws(ShellError) in
            try shell.makeCheckpoint(label: args.joined(separator: " "))
        },
        Command("checkpoints", group: .modules, needsSession: true) { shell, args throws(ShellError) in
            guard args.isEmpty else { throw .usage("checkpoints") }
            shell.showCheckpoints()
        },
        Command(
            "diff", group: .modules, needsSession: true,
            complete: { shell, args in args.isEmpty ? shell.checkpointWords() : [] }
        ) { shell, args throws(ShellError) in
            try shell.runDiff(args.joined(separator: " "))
        },
        Command(
            "followup", group: .modules, subcommands: ["restart"], needsSession: true,
            complete: { _, args in args.isEmpty ? ["restart"] : [] }
        ) { shell, args throws(ShellError) in
            switch args.map({ $0.lowercased() }) {
            case []: try shell.runFollowUp()
            case ["restart"]:
                if shell.current?.session.reviews.underway != nil {
                    try shell.change("followup restart") { (s: inout Session) throws(SessionError) in
                        s.discardFollowUp()
                    }
                }
                try shell.runFollowUp()
            default: throw .usage("followup")
            }
        },
        Command(
            "review", group: .modules, subcommands: ReviewKind.allCases.map(\.rawValue), needsSession: true,
            complete: { _, args in args.isEmpty ? ReviewKind.allCases.map(\.rawValue) : [] }
        ) { shell, args throws(ShellError) in
            guard let first = args.first else {
                shell.showReviews()
                return
            }
            guard args.count == 2, let kind = ReviewKind(rawValue: first.lowercased()) else { throw .usage("review") }
            try shell.setReview(kind, args[1])
        },
    ]
}

extension Shell {
    /// `checkpoint [LABEL]`: freezes every module as it is now.
    func makeCheckpoint(label: String) throws(ShellError) {
        let day = Day(now)
        let previous = try requireSession().session.latestCheckpoint
        let checkpoint = try change(("checkpoint " + label).trimmingWhitespace) {
            (s: inout Session) throws(SessionError) in
            try s.addCheckpoint(label: label, on: day)
        }
        say("checkpoint.done", ["checkpoint": checkpointName(checkpoint), "date": day.description], .success)
        if let previous, previous.state == checkpoint.state {
            say("checkpoint.same", ["previous": previous.id], .dim)
        } else {
            say("checkpoint.next", ["id": checkpoint.id], .dim)
        }
    }

    /// `diff [CHECKPOINT]`: the latest checkpoint when none is named.
    func runDiff(_ reference: String) throws(ShellError) {
        let session = try requireSession().session
        let checkpoint: Checkpoint
        if reference.isEmpty {
            guard let latest = session.latestCheckpoint else { throw .message("diff.no.checkpoint") }
            checkpoint = latest
        } else {
            do {
                checkpoint = try session.checkpoint(reference)
            } catch {
                throw .session(error)
            }
        }
        showDiff(since: checkpoint, in: session)
    }

    /// Ids and labels for completing `diff`.
    func checkpointWords() -> [String] {
        guard let session = current?.session else { return [] }
        return session.checkpoints.map(\.id) + session.checkpoints.map(\.label).filter { !$0.isEmpty }
    }

    /// `review checkin|formal DATE`: DATE as 2027-03-31, 31/03/2027, +DAYS or +MONTHSm.
    func setReview(_ kind: ReviewKind, _ raw: String) throws(ShellError) {
        let day = try parseDay(raw)
        try change("review \(kind.rawValue) \(day)") { (s: inout Session) throws(SessionError) in
            s.planReview(kind, on: day)
        }
        let reminder = ReviewReminder(kind: kind, date: day, today: Day(now))
        say("review.set.\(kind.rawValue)", ["date": day.description, "when": reviewWhen(reminder)], .success)
    }
}
