import TandemCore

/// expect (direct edits and the view) and expectations (the guided exchange).
enum ExpectationCommands {
    static let all: [Command] = [
        Command(
            "expect", group: .modules,
            [
                Verb("add", [.partner(), .value("kind", ExpectationKind.self), .text()]) { shell, args throws(ShellError) in
                    guard let kind = args.value(ExpectationKind.self, "kind") else { throw .usage("expect add") }
                    try shell.addExpectation(args.id("partner"), kind, args.text(), command: "expect add")
                },
                Verb("list") { shell, _ throws(ShellError) in shell.showExpectations() },
                Verb("link", [item(), item("answer"), .text("answers", optional: true)]) {
                    shell, args throws(ShellError) in
                    // Further answers are ids, typed one after the other (`e2 e3`, `e2, e3`).
                    var answers = [args.id("answer")]
                    for word in Lexer.lex(args.text("answers")).tokens.flatMap({ $0.text.split(separator: ",") }) {
                        answers.append(try shell.resolveExpectation(String(word)))
                    }
                    for answer in answers { try shell.linkExpectation(args.id("id"), answer) }
                },
                Verb("unlink", [item(), item("answer", optional: true)]) { shell, args throws(ShellError) in
                    try shell.unlinkExpectation(args.id("id"), args.optionalText("answer"))
                },
                Verb("due", [item(), .date("expect.due", clearable: true)]) { shell, args throws(ShellError) in
                    try shell.setCommitmentDue(args.id("id"), args.day("expect.due"))
                },
                Verb("measure", [item(), .text()]) { shell, args throws(ShellError) in
                    try shell.setCommitmentMeasure(args.id("id"), args.text())
                },
                Verb("kept", [item(), .date("expect.kept", clearable: true, optional: true)]) { shell, args throws(ShellError) in
                    // Left out: kept today; a word for "none" takes it back.
                    let kept = "expect.kept"
                    try shell.setCommitmentKept(args.id("id"), args.has(kept) ? args.day(kept) : Day(shell.now))
                },
                Verb("remove", [item()]) { shell, args throws(ShellError) in
                    let id = args.id("id")
                    let item = try shell.change("expect remove " + id) { (s: inout Session) throws(SessionError) in
                        try s.removeExpectation(id)
                    }
                    shell.say("expect.removed", shell.itemArguments(item))
                },
                Verb("goals", [.partner(), .text()]) { shell, args throws(ShellError) in
                    try shell.setPersonalGoals(args.id("partner"), args.text(), command: "expect goals")
                },
            ]),
        Command(
            "expectations", group: .modules,
            [
                Verb { shell, _ throws(ShellError) in
                    guard let flow = GuideFlows.find("expectations") else { throw .usage("expectations") }
                    try shell.runGuide([flow], wholePath: false)
                }
            ]),
    ]

    /// An expectation, by id: one word, so a word after it that is not what
    /// the next slot reads is reported as that slot's error.
    private static func item(_ name: String = "id", optional: Bool = false) -> Slot {
        Slot(name, .reference(.expectation), optional: optional, spansWords: false)
    }
}

extension Shell {
    /// The placeholders every message about one item uses: id, kind label, partner name, text.
    func itemArguments(_ item: Expectation) -> [String: String] {
        let owner = current?.session.partners.first { $0.id == item.partner }?.name ?? item.partner
        return ["id": item.id, "kind": t(item.kind.labelKey), "partner": owner, "text": item.text]
    }

    /// The id of the expectation `typed` names, as a slot would resolve it.
    func resolveExpectation(_ typed: String) throws(ShellError) -> String {
        guard let session = current?.session else { throw .noSession }
        do {
            return try session.resolve(.expectation, typed).id
        } catch {
            throw .session(error)
        }
    }

    /// The name of the partner an id (or a name) stands for, for undo wording.
    private func expectOwnerName(_ reference: String) -> String {
        current?.session.partners.first { $0.id == reference }?.name ?? reference
    }

    func addExpectation(_ partner: String, _ kind: ExpectationKind, _ rawText: String, command: String = "expect")
        throws(ShellError)
    {
        let text = try declaredText(rawText, field: "declared", command: command)
        let item = try change("expect add \(expectOwnerName(partner)) \(kind.rawValue) \(text)") {
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
        let (targetID, byID) = (target.id, by.id)
        let added = try change("expect link \(targetID) \(byID)") { (s: inout Session) throws(SessionError) in
            try s.link(targetID, to: byID)
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
        let targetID = target.id
        let removed = try change("expect unlink \(targetID)" + (answer.map { " " + $0 } ?? "")) {
            (s: inout Session) throws(SessionError) in try s.unlink(targetID, from: answer)
        }
        if removed.isEmpty {
            say("expect.unlinked.none", ["id": target.id])
        } else {
            say("expect.unlinked", ["id": target.id, "answers": removed.joined(separator: ", ")])
        }
    }

    /// `expect due ID DATE`; nil (typed "none", « rien », "-") clears the date.
    func setCommitmentDue(_ reference: String, _ day: Day?) throws(ShellError) {
        _ = try commitment(reference)
        let item = try change("expect due \(reference) \(day?.description ?? "-")") { (s: inout Session) throws(SessionError) in
            try s.setDue(reference, day)
        }
        if let due = item.due {
            say("expect.due.set", ["id": item.id, "date": due.description, "text": item.text])
            warnIfPast(due)
        } else {
            say("expect.due.cleared", ["id": item.id])
        }
    }

    /// `expect kept ID [DATE]`: the commitment was kept on `day`; nil takes it back.
    func setCommitmentKept(_ reference: String, _ day: Day?) throws(ShellError) {
        _ = try commitment(reference)
        let item = try change("expect kept \(reference)") { (s: inout Session) throws(SessionError) in
            try s.setKept(reference, day)
        }
        if let kept = item.kept {
            say("expect.kept.set", ["id": item.id, "date": kept.description, "text": item.text], .success)
        } else {
            say("expect.kept.cleared", ["id": item.id])
        }
    }

    /// `expect measure ID TEXT`, the text as typed; "-" clears the measure.
    func setCommitmentMeasure(_ reference: String, _ rawText: String) throws(ShellError) {
        _ = try commitment(reference)
        let text =
            rawText.trimmingWhitespace == "-" ? "" : try declaredText(rawText, field: "commitment.measure", command: "expect measure")
        let item = try change("expect measure \(reference) \(text.isEmpty ? "-" : text)") { (s: inout Session) throws(SessionError) in
            try s.setMeasure(reference, text)
        }
        if item.measure.isEmpty {
            say("expect.measure.cleared", ["id": item.id])
        } else {
            say("expect.measure.set", ["id": item.id, "measure": item.measure])
        }
    }

    /// `expect goals PARTNER TEXT`; "-" clears them.
    func setPersonalGoals(_ partner: String, _ rawText: String, command: String = "expect") throws(ShellError) {
        let text = rawText.trimmingWhitespace == "-" ? "" : try declaredText(rawText, field: "personal.goals", command: command)
        let owner = try change("expect goals \(expectOwnerName(partner)) \(text.isEmpty ? "-" : text)") {
            (s: inout Session) throws(SessionError) in
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
