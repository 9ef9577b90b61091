import TandemCore

/// action add|done|due|owner|remove|accept|list, and the `actions` view.
enum ActionCommands {
    /// An action to mark done: Tab offers the open ones only.
    static let openAction = Slot.id(.action, "ids").narrowed { shell, _, id in
        shell.current?.session.actions.withID(id)?.done == nil
    }

    /// `--owner`: a partner or someone outside, read as typed; the core's owner
    /// rule decides which (a partner by name or id, else the name as typed).
    static let owner = Slot.word("owner").offering(.partner)

    static let all: [Command] = [
        Command(
            "action", group: .modules,
            [
                Verb("add", [.text()], options: [.with("owner", owner), .with("due", .date("due", clearable: true))]) {
                    shell, args throws(ShellError) in try shell.addAction(args)
                },
                // More ids, then perhaps a date: the rest is read word by word (`a2 a3 2026-11-20`).
                Verb("done", [openAction, .text("date", optional: true)]) { shell, args throws(ShellError) in
                    let (references, day) = try shell.doneReferences(args)
                    try shell.completeActions(references, on: day)
                },
                Verb("due", [.id(.action), .date("due", clearable: true)]) { shell, args throws(ShellError) in
                    try shell.setActionDue(args.id("id"), args.day("due"))
                },
                // A partner completes and resolves; any other name is someone outside; "none" clears.
                Verb("owner", [.id(.action), .partner("owner", optional: true), .text("outside", optional: true)]) {
                    shell, args throws(ShellError) in try shell.setActionOwner(args)
                },
                Verb("remove", [.id(.action)]) { shell, args throws(ShellError) in
                    let id = args.id("id")
                    guard let action = shell.current?.session.actions.withID(id) else {
                        throw .session(.unknown(.action, id))
                    }
                    try shell.apply(ActionEdit.remove(id: id))
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
    /// `action add TEXT [--owner PARTNER|NAME] [--due DATE]`: the text as typed;
    /// the options only when they trail it, so a quoted text keeps them as words.
    func addAction(_ args: Arguments) throws(ShellError) {
        let text = args.text()
        // "--owner" left without its value is a slip, not the end of the text.
        if let last = Lexer.lex(text).tokens.last, !last.hasQuoting,
            ["--owner", "--due"].contains(last.text.lowercased())
        {
            throw .usage("action add")
        }
        let typed = args.text("owner")
        let owner = vocabulary.isNone(typed) ? "" : typed
        sayPartnerTaken(owner)
        let id = try apply(ActionEdit.add(text: text, owner: owner, due: args.day("due"), on: Day(now)))
        guard let action = current?.session.actions.first(where: { $0.id == id }) else { return }
        paragraph("action.added", ["id": action.id, "text": action.text], .success)
        if !action.owner.isEmpty || action.due != nil { line("  " + actionDetails(action), .dim) }
    }

    /// "(took Zoé, p1, for "Zo")" when an owner typed is the start of a partner's
    /// name, as the reference slots say it: the core takes the partner.
    private func sayPartnerTaken(_ owner: String) {
        guard !owner.isEmpty, let partner = try? current?.session.partner(owner),
            partner.name.folded != owner.folded, partner.id != owner.lowercased()
        else { return }
        line(t("reference.took", ["typed": owner, "name": partner.name, "id": partner.id]), .dim)
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
                guard n == rest.count - 1, let typed = Day(typed: word, today: Day(now), units: vocabulary.dateUnits)
                else { throw .session(error) }
                day = typed
            }
        }
        return (references, day)
    }

    /// `action done ID…`: each one marked done today (or on `day`) in one
    /// change; one already done is said, not changed.
    func completeActions(_ references: [String], on day: Day? = nil) throws(ShellError) {
        let session = try requireSession().session
        var before: [Action] = []
        for reference in references {
            do {
                before.append(try session.action(reference))
            } catch {
                throw .session(error)
            }
        }
        try apply(ActionEdit.done(ids: before.map(\.id), on: day ?? Day(now)))
        for action in before {
            if let done = action.done {
                say("action.already", ["id": action.id, "date": wording.date(done)], .dim)
            } else {
                paragraph("action.done", ["id": action.id, "text": action.text], .success)
            }
        }
    }

    /// `action due ID DATE|none`, and a follow-up's answer.
    func setActionDue(_ id: String, _ due: Day?) throws(ShellError) {
        guard let changed = try apply(ActionEdit.due(id: id, due)) else { return }
        say(due == nil ? "action.due.cleared" : "action.due.set", ["id": changed, "due": due.map(wording.date) ?? ""])
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
        let changed = try apply(ActionEdit.owner(id: id, owner: owner))
        guard let action = current?.session.actions.first(where: { $0.id == changed }) else { return }
        sayOwner(of: action)
    }

    func sayOwner(of action: Action) {
        guard let session = current?.session else { return }
        if action.owner.isEmpty {
            say("action.owner.cleared", ["id": action.id])
        } else if session.partners.hasID(action.owner) {
            say("action.owner.set", ["id": action.id, "owner": session.ownerName(action.owner)])
        } else {
            say("action.owner.outside", ["id": action.id, "owner": action.owner])
        }
    }

    /// "owner Zoé · due 2026-12-01", for confirmations.
    func actionDetails(_ action: Action) -> String {
        var parts: [String] = []
        if !action.owner.isEmpty, let session = current?.session {
            let outside = !session.partners.hasID(action.owner)
            parts.append(
                t(outside ? "action.detail.outside" : "action.detail.owner", ["owner": session.ownerName(action.owner)])
            )
        }
        if let due = action.due { parts.append(t("action.detail.due", ["due": wording.date(due)])) }
        return parts.joined(separator: " · ")
    }

    /// A due date in any form `parseDay` reads (2027-03-31, 31/03/2027, +30,
    /// +2w, +2m), or a word for none (`none`, `-`, « aucune », « rien ») to clear it.
    func parseDue(_ raw: String) throws(ShellError) -> Day? {
        let text = raw.trimmingWhitespace
        if vocabulary.isNone(text) { return nil }
        return try parseDay(text)
    }
}
