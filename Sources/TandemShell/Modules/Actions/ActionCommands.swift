import TandemCore

/// action add|done|due|owner|remove|accept|list, and the `actions` view.
enum ActionCommands {
    /// An action to mark done: Tab offers the open ones only.
    static let openAction = Slot.id(.action, "ids").narrowed { shell, _, id in
        shell.current?.session.actions.first { $0.id == id }?.done == nil
    }

    static let all: [Command] = [
        Command(
            "action", group: .modules,
            [
                Verb(
                    "add", [.text()],
                    options: [.with("owner", .partner("owner")), .with("due", .date("due", clearable: true))]
                ) { shell, args throws(ShellError) in try shell.addAction(args) },
                // More ids, then perhaps a date: the rest is read word by word (`a2 a3 2026-11-20`).
                Verb("done", [openAction, .text("date", optional: true)]) { shell, args throws(ShellError) in
                    let (references, day) = try shell.doneReferences(args)
                    try shell.completeActions(references, on: day, said: args.said)
                },
                Verb("due", [.id(.action), .date("due", clearable: true)]) { shell, args throws(ShellError) in
                    let id = args.id("id")
                    let due = args.day("due")
                    let action = try shell.change(args.said) {
                        (s: inout Session) throws(SessionError) in try s.setActionDue(id, to: due)
                    }
                    shell.say(
                        due == nil ? "action.due.cleared" : "action.due.set",
                        ["id": action.id, "due": due?.description ?? ""])
                },
                // A partner completes and resolves; any other name is someone outside; "none" clears.
                Verb("owner", [.id(.action), .partner("owner", optional: true), .text("outside", optional: true)]) {
                    shell, args throws(ShellError) in try shell.setActionOwner(args)
                },
                Verb("remove", [.id(.action)]) { shell, args throws(ShellError) in
                    let id = args.id("id")
                    let action = try shell.change(args.said) { (s: inout Session) throws(SessionError) in
                        try s.removeAction(id)
                    }
                    shell.paragraph("action.removed", ["id": action.id, "text": action.text])
                },
                Verb("accept", [.keyword("all", ["all"], optional: true), .text("numbers", optional: true)]) {
                    shell, args throws(ShellError) in
                    let numbers = args.text("numbers")
                    switch (args.has("all"), numbers.isEmpty) {
                    case (true, true): try shell.acceptOffered("all")
                    case (false, false): try shell.acceptOffered(numbers)
                    default: throw .usage("action accept")
                    }
                },
                Verb("list") { shell, _ throws(ShellError) in shell.showActions() },
            ]),
        Command("actions", group: .modules, [Verb { shell, _ throws(ShellError) in shell.showActions() }]),
    ]
}

extension Shell {
    /// `action add TEXT [--owner PARTNER] [--due DATE]`: the text as typed;
    /// the options only when they trail it, so a quoted text keeps them as words.
    func addAction(_ args: Arguments) throws(ShellError) {
        let text = args.text()
        // "--owner" left without its value is a slip, not the end of the text.
        if let last = Lexer.lex(text).tokens.last, !last.hasQuoting,
            ["--owner", "--due"].contains(last.text.lowercased())
        {
            throw .usage("action add")
        }
        let owner = args.id("owner")
        let due = args.day("due")
        let day = Day(now)
        let action = try change(args.said) { (s: inout Session) throws(SessionError) in
            try s.addAction(text: text, owner: owner, due: due, on: day)
        }
        paragraph("action.added", ["id": action.id, "text": action.text], .success)
        if !action.owner.isEmpty || action.due != nil { line("  " + actionDetails(action), .dim) }
    }

    /// The ids of `action done ID… [DATE]` (the first one already resolved) and
    /// the day, when the last word is a date rather than an action.
    func doneReferences(_ args: Arguments) throws(ShellError) -> ([String], Day?) {
        var references = [args.id("ids")]
        let rest = Lexer.lex(args.text("date")).tokens.map(\.text)
        var day: Day?
        for (n, word) in rest.enumerated() {
            guard let session = current?.session else { throw .noSession }
            do {
                references.append(try session.resolve(.action, word).id)
            } catch {
                guard n == rest.count - 1, let typed = Day(typed: word, today: Day(now)) else { throw .session(error) }
                day = typed
            }
        }
        return (references, day)
    }

    /// `action done ID…`: each one marked done today (or on `day`); one already done is said, not changed.
    func completeActions(_ references: [String], on day: Day? = nil, said: String? = nil) throws(ShellError) {
        let day = day ?? Day(now)
        let before = try change(said ?? "action done " + references.joined(separator: " ")) {
            (s: inout Session) throws(SessionError) -> [Action] in
            var list: [Action] = []
            for reference in references { list.append(try s.completeAction(reference, on: day)) }
            return list
        }
        for action in before {
            if let done = action.done {
                say("action.already", ["id": action.id, "date": done.description], .dim)
            } else {
                paragraph("action.done", ["id": action.id, "text": action.text], .success)
            }
        }
    }

    /// `action owner ID PARTNER|NAME|none`: a partner by name or id, someone
    /// outside by any other name (as typed), or nobody.
    func setActionOwner(_ args: Arguments) throws(ShellError) {
        let id = args.id("id")
        let owner: String
        if args.has("outside") {
            // The whole rest as typed: a partner word followed by more words is one outside name.
            let line = Lexer.lex(args.line)
            let words = Array(line.tokens.dropFirst(3))
            guard let first = words.first, let last = words.last else { throw .usage("action owner") }
            let typed =
                words.count == 1 && first.isQuoted
                ? first.text : line.raw(first.range.lowerBound..<last.range.upperBound)
            owner = vocabulary.isNone(typed) ? "" : typed
        } else if args.has("owner") {
            owner = args.id("owner")
        } else {
            throw .usage("action owner")
        }
        let action = try change(args.said) {
            (s: inout Session) throws(SessionError) in try s.setActionOwner(id, to: owner)
        }
        sayOwner(of: action)
    }

    func sayOwner(of action: Action) {
        guard let session = current?.session else { return }
        if action.owner.isEmpty {
            say("action.owner.cleared", ["id": action.id])
        } else if session.partners.contains(where: { $0.id == action.owner }) {
            say("action.owner.set", ["id": action.id, "owner": session.ownerName(action.owner)])
        } else {
            say("action.owner.outside", ["id": action.id, "owner": action.owner])
        }
    }

    /// "owner Zoé · due 2026-12-01", for confirmations.
    func actionDetails(_ action: Action) -> String {
        var parts: [String] = []
        if !action.owner.isEmpty, let session = current?.session {
            let outside = !session.partners.contains { $0.id == action.owner }
            parts.append(
                t(outside ? "action.detail.outside" : "action.detail.owner", ["owner": session.ownerName(action.owner)])
            )
        }
        if let due = action.due { parts.append(t("action.detail.due", ["due": due.description])) }
        return parts.joined(separator: " · ")
    }

    /// A due date in any form `parseDay` reads (2027-03-31, 31/03/2027, +30,
    /// +2w, +2m), or a word for none (`none`, `-`, « aucune », « rien ») to clear it.
    func parseDue(_ raw: String) throws(ShellError) -> Day? {
        let text = raw.trimmingWhitespace
        if isNoneWord(text) { return nil }
        return try parseDay(text)
    }

    /// The words for none in every language (`none`, `-`, « aucun », « rien »): clears an owner or a date.
    func isNoneWord(_ text: String) -> Bool {
        vocabulary.isNone(text)
    }
}

extension Arguments {
    /// The line as typed, for the undo wording ("Undone: action due a3 rien").
    fileprivate var said: String { line.trimmingWhitespace }
}
