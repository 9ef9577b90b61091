import TandemCore

/// action add|done|remove|due|owner|accept, and the `actions` view.
enum ActionCommands {
    static let subcommands = ["add", "done", "remove", "due", "owner", "accept"]

    static let all: [Command] = [
        Command(
            "action", group: .modules, subcommands: subcommands, needsSession: true,
            complete: { shell, args in
                guard let sub = args.first?.lowercased() else { return subcommands }
                switch (sub, args.count) {
                case ("done", _): return shell.actionIDs(open: true)
                case ("remove", 1), ("due", 1), ("owner", 1): return shell.actionIDs(open: false)
                case ("owner", 2): return shell.partnerNames()
                case ("accept", 1): return ["all"]
                case ("add", _):
                    switch args.last {
                    case "--owner": return shell.partnerNames()
                    default: return args.count > 1 ? ["--owner", "--due"] : []
                    }
                default: return []
                }
            }
        ) { shell, args throws(ShellError) in
            guard let sub = args.first?.lowercased() else { throw .usage("action") }
            let rest = Array(args.dropFirst())
            switch sub {
            case "add": try shell.addAction(rest)
            case "done":
                guard !rest.isEmpty else { throw .usage("action") }
                try shell.completeActions(rest)
            case "remove":
                guard rest.count == 1 else { throw .usage("action") }
                let action = try shell.change("action remove " + rest[0]) { (s: inout Session) throws(SessionError) in
                    try s.removeAction(rest[0])
                }
                shell.paragraph("action.removed", ["id": action.id, "text": action.text])
            case "due":
                guard rest.count == 2 else { throw .usage("action") }
                let due = try shell.parseDue(rest[1])
                let action = try shell.change("action due " + rest.joined(separator: " ")) {
                    (s: inout Session) throws(SessionError) in
                    try s.setActionDue(rest[0], to: due)
                }
                shell.say(
                    due == nil ? "action.due.cleared" : "action.due.set",
                    ["id": action.id, "due": due?.description ?? ""])
            case "owner":
                guard rest.count >= 2 else { throw .usage("action") }
                let owner = rest.dropFirst().joined(separator: " ")
                let cleared = shell.isNoneWord(owner)
                let action = try shell.change("action owner " + rest.joined(separator: " ")) {
                    (s: inout Session) throws(SessionError) in
                    try s.setActionOwner(rest[0], to: cleared ? "" : owner)
                }
                shell.sayOwner(of: action)
            case "accept":
                guard !rest.isEmpty else { throw .usage("action") }
                try shell.acceptOffered(rest.joined(separator: " "))
            case "list":
                guard rest.isEmpty else { throw .usage("action") }
                shell.showActions()
            default:
                throw .usage("action")
            }
        },
        Command("actions", group: .modules, needsSession: true) { shell, args throws(ShellError) in
            guard args.isEmpty else { throw .usage("actions") }
            shell.showActions()
        },
    ]
}

extension Shell {
    /// `action add TEXT [--owner PARTNER] [--due DATE]`: the options may come
    /// anywhere after the text's first word; everything else is the text.
    func addAction(_ words: [String]) throws(ShellError) {
        var text: [String] = []
        var owner = ""
        var due: Day?
        var index = 0
        while index < words.count {
            let word = words[index]
            let (flag, inline) = Self.splitOption(word)
            switch flag {
            case "--owner", "--due":
                let value: String
                if let inline {
                    value = inline
                } else {
                    guard index + 1 < words.count else { throw .usage("action") }
                    index += 1
                    value = words[index]
                }
                if flag == "--owner" { owner = value } else { due = try parseDue(value) }
            default:
                if word.hasPrefix("--") && word.count > 2 { throw .usage("action") }
                text.append(word)
            }
            index += 1
        }
        let joined = text.joined(separator: " ").trimmingWhitespace
        guard !joined.isEmpty else { throw .usage("action") }
        let day = Day(now)
        let action = try change("action add " + joined) { (s: inout Session) throws(SessionError) in
            try s.addAction(text: joined, owner: owner, due: due, on: day)
        }
        paragraph("action.added", ["id": action.id, "text": action.text], .success)
        if !action.owner.isEmpty || action.due != nil { line("  " + actionDetails(action), .dim) }
    }

    /// `action done ID…`: each one marked done today; one already done is said, not changed.
    func completeActions(_ references: [String]) throws(ShellError) {
        let day = Day(now)
        let before = try change("action done " + references.joined(separator: " ")) {
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
    /// +2w, +2m), or "none" to clear it.
    func parseDue(_ raw: String) throws(ShellError) -> Day? {
        let text = raw.trimmingWhitespace
        if isNoneWord(text) { return nil }
        return try parseDay(text)
    }

    /// "none", "-" or the French "aucun(e)": clears an owner or a date.
    func isNoneWord(_ text: String) -> Bool {
        ["none", "-", "aucun", "aucune"].contains(text.folded)
    }

    /// Action ids for completion, open ones only or all.
    func actionIDs(open: Bool) -> [String] {
        current?.session.actions.filter { !open || $0.done == nil }.map(\.id) ?? []
    }

    /// "--owner=Zoé" gives ("--owner", "Zoé"); other words come back whole.
    private static func splitOption(_ word: String) -> (String, String?) {
        let lowered = word.lowercased()
        for flag in ["--owner", "--due"] where lowered.hasPrefix(flag + "=") {
            return (flag, String(word.dropFirst(flag.count + 1)))
        }
        return (lowered, nil)
    }
}
