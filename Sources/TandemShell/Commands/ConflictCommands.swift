import TandemCore

/// conflicts (what `tandem merge` could not settle) and conflict settle.
enum ConflictCommands {
    static let all: [Command] = [
        Command(
            "conflicts", group: .sessions,
            [Verb { shell, _ throws(ShellError) in try shell.listConflicts() }]),
        Command(
            "conflict", group: .sessions,
            [
                Verb("settle", [.word("conflict"), .text("choice")]) { shell, args throws(ShellError) in
                    try shell.settleConflict(args.id("conflict"), args.text("choice"))
                }
            ]),
    ]
}

extension Shell {
    /// `conflicts`: each conflict a merge left, with its two values.
    func listConflicts() throws(ShellError) {
        let session = try requireSession().session
        guard !session.conflicts.isEmpty else {
            say("conflicts.none")
            return
        }
        say("conflicts.intro", ["count": String(session.conflicts.count)])
        for conflict in session.conflicts {
            line("  " + t("conflicts.item", ["id": conflict.id, "place": conflict.place]))
            line("      " + t("conflicts.ours", ["value": conflict.ours]))
            line("      " + t("conflicts.theirs", ["value": conflict.theirs]))
        }
        say("conflicts.how", [:], .dim)
    }

    /// `conflict settle ID ours|theirs|TEXT`.
    func settleConflict(_ reference: String, _ typed: String) throws(ShellError) {
        let session = try requireSession().session
        let conflict: MergeConflict
        do {
            conflict = try session.conflict(reference)
        } catch {
            throw .session(error)
        }
        let word = typed.trimmingWhitespace.folded
        let choice: ConflictChoice
        if vocabulary.keyword("ours", matches: word) {
            choice = .ours
        } else if vocabulary.keyword("theirs", matches: word) {
            choice = .theirs
        } else {
            choice = .value(typed)
        }
        try apply(ConflictEdit(settle: conflict.id, choice))
        let left = current?.session.conflicts.count ?? 0
        say("conflict.settled", ["id": conflict.id, "place": conflict.place, "left": String(left)], .success)
    }

    /// Said at `open` when a merge left conflicts.
    func sayConflicts(_ session: Session) {
        guard !session.conflicts.isEmpty else { return }
        say("open.conflicts", ["count": String(session.conflicts.count)], .warning)
    }

    /// `tandem merge BASE OURS THEIRS`, the merge driver git calls: 0 merged
    /// cleanly, 1 conflicts recorded in the session, 2 a side could not be read (OURS untouched).
    public func runMergeDriver(base: String, ours: String, theirs: String) -> Int32 {
        let outcome: SessionMerge.Outcome
        do {
            outcome = try SessionMerge.mergeFiles(base: base, ours: ours, theirs: theirs)
        } catch {
            sink.write(
                "tandem: " + t("merge.failed", ["file": ours, "reason": describe(error)]) + "\n", stream: .error)
            return 2
        }
        for (from, to) in outcome.renumbered { say("merge.renumbered", ["from": from, "to": to]) }
        let session = outcome.session
        guard session.conflicts.isEmpty else {
            say("merge.conflicts", ["title": session.title, "count": String(session.conflicts.count)])
            return 1
        }
        say("merge.clean", ["title": session.title])
        return 0
    }
}
