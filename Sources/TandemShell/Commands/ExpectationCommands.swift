import TandemCore

/// expect (direct edits and the view) and expectations (the guided exchange).
enum ExpectationCommands {
    static let subcommands = ["add", "list", "link", "unlink", "due", "measure", "kept", "remove", "goals"]

    static let all: [Command] = [
        Command(
            "expect", group: .modules, subcommands: subcommands, needsSession: true,
            complete: { shell, args in complete(shell, args) }
        ) { shell, args throws(ShellError) in
            guard let sub = args.first?.lowercased() else { throw .usage("expect") }
            try run(shell, sub, Array(args.dropFirst()))
        },
        Command("expectations", group: .modules, needsSession: true) { shell, args throws(ShellError) in
            guard args.isEmpty, let flow = GuideFlows.find("expectations") else { throw .usage("expectations") }
            try shell.runGuide([flow], wholePath: false)
        },
    ]

    private static func run(_ shell: Shell, _ sub: String, _ rest: [String]) throws(ShellError) {
        switch sub {
        case "add":
            guard rest.count >= 3 else { throw .usage("expect") }
            let kind: ExpectationKind = try shell.parseValue(rest[1], field: "item.kind")
            try shell.addExpectation(rest[0], kind, rest.dropFirst(2).joined(separator: " "))
        case "list":
            guard rest.isEmpty else { throw .usage("expect") }
            shell.showExpectations()
        case "link":
            guard rest.count >= 2 else { throw .usage("expect") }
            for answer in rest.dropFirst() { try shell.linkExpectation(rest[0], answer) }
        case "unlink":
            guard rest.count == 1 || rest.count == 2 else { throw .usage("expect") }
            try shell.unlinkExpectation(rest[0], rest.count == 2 ? rest[1] : nil)
        case "due":
            guard rest.count == 2 else { throw .usage("expect") }
            try shell.setCommitmentDue(rest[0], rest[1])
        case "kept":
            guard rest.count == 1 || rest.count == 2 else { throw .usage("expect") }
            try shell.setCommitmentKept(rest[0], rest.count == 2 ? rest[1] : nil)
        case "measure":
            guard rest.count >= 2 else { throw .usage("expect") }
            try shell.setCommitmentMeasure(rest[0], rest.dropFirst().joined(separator: " "))
        case "remove":
            guard rest.count == 1 else { throw .usage("expect") }
            let item = try shell.change("expect remove " + rest[0]) { (s: inout Session) throws(SessionError) in
                try s.removeExpectation(rest[0])
            }
            shell.say("expect.removed", shell.itemArguments(item))
        case "goals":
            guard rest.count >= 2 else { throw .usage("expect") }
            try shell.setPersonalGoals(rest[0], rest.dropFirst().joined(separator: " "))
        default:
            throw .usage("expect")
        }
    }

    /// Next-word candidates: sub-commands, then partners, kinds or the ids that fit the sub-command.
    private static func complete(_ shell: Shell, _ args: [String]) -> [String] {
        guard let sub = args.first?.lowercased() else { return subcommands }
        let items = shell.current?.session.expectations ?? []
        switch (sub, args.count) {
        case ("add", 1), ("goals", 1): return shell.partnerNames()
        case ("add", 2): return shell.valueWords(ExpectationKind.self)
        case ("link", 1), ("unlink", 1): return items.filter { $0.kind == .expectation }.map(\.id)
        case ("link", _):
            let owner = items.first { $0.id == args[1].lowercased() }?.partner
            return items.filter { $0.kind.canAnswer && $0.partner != owner }.map(\.id)
        case ("unlink", 2): return items.first { $0.id == args[1].lowercased() }?.answeredBy ?? []
        case ("due", 1), ("measure", 1), ("kept", 1): return items.filter { $0.kind == .commitment }.map(\.id)
        case ("remove", 1): return items.map(\.id)
        default: return []
        }
    }
}

extension Shell {
    /// The placeholders every message about one item uses: id, kind label, partner name, text.
    func itemArguments(_ item: Expectation) -> [String: String] {
        let owner = current?.session.partners.first { $0.id == item.partner }?.name ?? item.partner
        return ["id": item.id, "kind": t(item.kind.labelKey), "partner": owner, "text": item.text]
    }

    func addExpectation(_ partner: String, _ kind: ExpectationKind, _ rawText: String) throws(ShellError) {
        let text = try declaredText(rawText, field: "declared")
        let item = try change("expect add \(partner) \(kind.rawValue) \(text)") {
            (s: inout Session) throws(SessionError) in
            try s.addExpectation(partner: partner, kind: kind, text: text)
        }
        say("expect.added", itemArguments(item), .success)
    }

    func linkExpectation(_ wanted: String, _ answer: String) throws(ShellError) {
        guard let session = current?.session else { throw .noSession }
        let target: Expectation
        let by: Expectation
        do {
            target = try session.expectation(wanted)
            by = try session.expectation(answer)
        } catch {
            throw .session(error)
        }
        guard target.kind == .expectation else { throw .message("error.expect.not.expectation", itemArguments(target)) }
        guard by.kind.canAnswer else { throw .message("error.expect.not.answer", itemArguments(by)) }
        guard by.partner != target.partner else {
            throw .message(
                "error.expect.same.partner", itemArguments(by).merging(["expectation": target.id]) { a, _ in a })
        }
        let added = try change("expect link \(target.id) \(by.id)") { (s: inout Session) throws(SessionError) in
            try s.link(target.id, to: by.id)
        }
        say(
            added ? "expect.linked" : "expect.linked.already", ["id": target.id, "answer": by.id, "text": by.text],
            added ? .success : .plain)
    }

    func unlinkExpectation(_ wanted: String, _ answer: String?) throws(ShellError) {
        guard let session = current?.session else { throw .noSession }
        let target: Expectation
        do {
            target = try session.expectation(wanted)
        } catch {
            throw .session(error)
        }
        if let answer, !target.answeredBy.contains(answer.lowercased()) {
            let links = target.answeredBy.isEmpty ? t("expect.links.none") : target.answeredBy.joined(separator: ", ")
            throw .message("error.expect.not.linked", ["id": target.id, "answer": answer, "links": links])
        }
        let removed = try change("expect unlink \(target.id)" + (answer.map { " " + $0 } ?? "")) {
            (s: inout Session) throws(SessionError) in try s.unlink(target.id, from: answer)
        }
        if removed.isEmpty {
            say("expect.unlinked.none", ["id": target.id])
        } else {
            say("expect.unlinked", ["id": target.id, "answers": removed.joined(separator: ", ")])
        }
    }

    /// `expect due ID DATE` (any form `parseDay` reads); "-" or "none" clears the date.
    func setCommitmentDue(_ reference: String, _ rawDate: String) throws(ShellError) {
        _ = try commitment(reference)
        let day = isNoneWord(rawDate) ? nil : try parseDay(rawDate)
        let item = try change("expect due \(reference) \(rawDate)") { (s: inout Session) throws(SessionError) in
            try s.setDue(reference, day)
        }
        if let due = item.due {
            say("expect.due.set", ["id": item.id, "date": due.description, "text": item.text])
            warnIfPast(due)
        } else {
            say("expect.due.cleared", ["id": item.id])
        }
    }

    /// `expect kept ID [DATE]`: the commitment was kept (today by default); "none" undoes it.
    func setCommitmentKept(_ reference: String, _ rawDate: String?) throws(ShellError) {
        _ = try commitment(reference)
        let day: Day? = try rawDate.map { raw throws(ShellError) -> Day? in isNoneWord(raw) ? nil : try parseDay(raw) } ?? Day(now)
        let item = try change("expect kept \(reference)") { (s: inout Session) throws(SessionError) in
            try s.setKept(reference, day)
        }
        if let kept = item.kept {
            say("expect.kept.set", ["id": item.id, "date": kept.description, "text": item.text], .success)
        } else {
            say("expect.kept.cleared", ["id": item.id])
        }
    }

    /// `expect measure ID TEXT`; "-" clears the measure.
    func setCommitmentMeasure(_ reference: String, _ rawText: String) throws(ShellError) {
        _ = try commitment(reference)
        let text = rawText.trimmingWhitespace == "-" ? "" : try declaredText(rawText, field: "commitment.measure")
        let item = try change("expect measure \(reference) \(rawText)") { (s: inout Session) throws(SessionError) in
            try s.setMeasure(reference, text)
        }
        if item.measure.isEmpty {
            say("expect.measure.cleared", ["id": item.id])
        } else {
            say("expect.measure.set", ["id": item.id, "measure": item.measure])
        }
    }

    /// `expect goals PARTNER TEXT`; "-" clears them.
    func setPersonalGoals(_ partner: String, _ rawText: String) throws(ShellError) {
        let text = rawText.trimmingWhitespace == "-" ? "" : try declaredText(rawText, field: "personal.goals")
        let owner = try change("expect goals \(partner) \(text)") { (s: inout Session) throws(SessionError) in
            try s.setPersonalGoals(partner, text)
        }
        say(owner.personalGoals.isEmpty ? "expect.goals.cleared" : "expect.goals.set", ["partner": owner.name])
    }

    /// The commitment an id names, or the message saying what it is instead.
    private func commitment(_ reference: String) throws(ShellError) -> Expectation {
        guard let session = current?.session else { throw .noSession }
        let item: Expectation
        do {
            item = try session.expectation(reference)
        } catch {
            throw .session(error)
        }
        guard item.kind == .commitment else { throw .message("error.expect.not.commitment", itemArguments(item)) }
        return item
    }

    /// Trims a declared text; empty is a usage error of `command`, oversized or control text is refused.
    func declaredText(_ raw: String, field: String, command: String = "expect") throws(ShellError) -> String {
        let text = raw.trimmingWhitespace
        guard !text.isEmpty else { throw .usage(command) }
        guard text.count <= Session.maxExpectationLength,
            !text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
        else { throw .session(.invalidText(field: field)) }
        return text
    }
}
