import TandemCore

/// tension (two expectations that pull against each other: record, settle,
/// remove) and `expect safeguard` (what answers a concern).
enum TensionCommands {
    static let first = Slot("first", .reference(.expectation), spansWords: false)
    static let second = Slot("second", .reference(.expectation), spansWords: false)
    static let tension = Slot("id", .reference(.tension), spansWords: false)
    /// A rule (g…) or a commitment (e…), or a word for none: read by the core.
    static let settling = Slot.word("tension.by")

    static let all: [Command] = [
        Command(
            "tension", group: .modules,
            [
                Verb([], [first, second, .text("note", optional: true)]) { shell, args throws(ShellError) in
                    let note = args.optionalText("note") ?? ""
                    let id = try shell.apply(
                        TensionEdit.add(first: args.id("first"), second: args.id("second"), note: note))
                    shell.say("tension.added", ["id": id], .success)
                    shell.say("tension.added.next", ["id": id], .dim)
                },
                Verb("settle", [tension, settling]) { shell, args throws(ShellError) in
                    let typed = args.text(settling.name)
                    let by = shell.vocabulary.isNone(typed) ? nil : typed
                    let id = try shell.apply(TensionEdit.settle(id: args.id("id"), by: by))
                    let now = shell.current?.session.tensions.withID(id)?.settledBy
                    if let now {
                        shell.say("tension.settled", ["id": id, "by": now], .success)
                    } else {
                        shell.say("tension.reopened", ["id": id])
                    }
                },
                Verb("remove", [tension]) { shell, args throws(ShellError) in
                    let id = try shell.apply(TensionEdit.remove(id: args.id("id")))
                    shell.say("tension.removed", ["id": id])
                },
            ])
    ]

    /// `expect safeguard CONCERN REF…`: a concern's safeguards, replaced.
    static let safeguard = Verb(
        "safeguard",
        [
            Slot("id", .reference(.expectation), spansWords: false).narrowed { shell, _, id in
                shell.expectationItem(id)?.kind == .concern
            }, .text("safeguards"),
        ]
    ) { shell, args throws(ShellError) in
        try shell.setSafeguards(args.id("id"), args.text("safeguards"))
    }
}

extension Shell {
    /// Applies an edit of the tensions or safeguards; a refusal for one of
    /// their rules (the same item twice, a pair already recorded, something
    /// that is no commitment) says which.
    @discardableResult
    func apply(_ edit: TensionEdit) throws(ShellError) -> String {
        let change: any SessionChange = edit
        if let session = current?.session, let problem = edit.problem(in: session) {
            switch problem {
            case .samePair(let id): throw .message("error.tension.same", ["id": id])
            case .recorded(let id): throw .message("error.tension.recorded", ["id": id])
            case .notCommitment(let id): throw .message("error.tension.notcommitment", ["id": id])
            case .notConcern(let id): throw .message("error.safeguard.notconcern", ["id": id])
            }
        }
        return try apply(change) ?? ""
    }

    /// A guided answer `e2 e5 [NOTE]`: the two expectations that pull against
    /// each other, the note as typed.
    func addTension(answered answer: String) throws(ShellError) {
        let line = Lexer.lex(answer)
        guard line.tokens.count >= 2 else { throw .message("expect.tension.answer") }
        let note = line.tokens.count > 2 ? line.rest(from: line.tokens[2].range.lowerBound) : ""
        let id = try apply(TensionEdit.add(first: line.tokens[0].text, second: line.tokens[1].text, note: note))
        say("tension.added", ["id": id], .success)
    }

    /// Names what answers a concern from the ids in `answer` (`r2 g1`, `e7,
    /// g3`), or clears them on a word for "none".
    func setSafeguards(_ id: String, _ answer: String) throws(ShellError) {
        let words = answer.split { $0.isWhitespace || $0 == "," || $0 == ";" }.map(String.init)
        let none = words.count == 1 && words.first.map(vocabulary.isNone) == true
        let changed = try apply(TensionEdit.safeguards(concern: id, none ? [] : words))
        let now = current?.session.expectations.withID(changed)?.safeguards ?? []
        if now.isEmpty {
            say("safeguard.cleared", ["id": changed])
        } else {
            say("safeguard.set", ["id": changed, "list": now.joined(separator: ", ")], .success)
            if let session = current?.session {
                for ref in now where !TensionAnalysis.guards(ref, in: session) {
                    say("safeguard.nomitigation", ["id": ref], .warning)
                }
            }
        }
    }
}
