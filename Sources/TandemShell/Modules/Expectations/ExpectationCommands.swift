import TandemCore

/// expect (direct edits and the view) and expectations (the guided exchange).
enum ExpectationCommands {
    static let all: [Command] = [
        Command(
            "expect", group: .modules,
            [
                // "--effort N": the hours a week a contribution or commitment takes.
                Verb(
                    "add", [.partner(), .value("kind", ExpectationKind.self), .text()],
                    options: [.with("effort", .number("effort.hours", Expectation.effortRange))]
                ) {
                    shell, args throws(ShellError) in
                    guard let kind = args.value(ExpectationKind.self, "kind") else { throw .usage("expect add") }
                    let effort = args.has("effort") ? args.number("effort") : nil
                    try shell.addExpectation(args.id("partner"), kind, args.text(), effort: effort)
                },
                Verb("effort", [item(), Slot("effort", .word)]) { shell, args throws(ShellError) in
                    try shell.setEffort(args.id("id"), typed: args.text("effort"))
                },
                Verb("list") { shell, _ throws(ShellError) in shell.showExpectations() },
                Verb("link", [wanted, answer, .text("answers", optional: true)]) { shell, args throws(ShellError) in
                    // Further answers are ids, typed one after the other (`e2 e3`, `e2, e3`).
                    var answers = [args.id("answer")]
                    for word in Lexer.lex(args.text("answers")).tokens.flatMap({ $0.text.split(separator: ",") }) {
                        answers.append(try shell.resolveExpectation(String(word)))
                    }
                    for answer in answers { try shell.linkExpectation(args.id("id"), answer) }
                },
                Verb("unlink", [wanted, linked]) { shell, args throws(ShellError) in
                    try shell.unlinkExpectation(args.id("id"), args.optionalText("answer"))
                },
                Verb("due", [commitment, .date("expect.due", clearable: true)]) { shell, args throws(ShellError) in
                    try shell.setCommitmentDue(args.id("id"), args.day("expect.due"))
                },
                Verb("measure", [commitment, .text()]) { shell, args throws(ShellError) in
                    try shell.setCommitmentMeasure(args.id("id"), args.text())
                },
                Verb("kept", [commitment, .date("expect.kept", clearable: true, optional: true)]) {
                    shell, args throws(ShellError) in
                    // Left out: kept today; a word for "none" takes it back.
                    let kept = "expect.kept"
                    try shell.setCommitmentKept(args.id("id"), args.has(kept) ? args.day(kept) : Day(shell.now))
                },
                Verb("remove", [item()]) { shell, args throws(ShellError) in try shell.removeExpectation(args.id("id"))
                },
                Verb("goals", [.partner(), .text()]) { shell, args throws(ShellError) in
                    try shell.setPersonalGoals(args.id("partner"), args.text())
                },
                TensionCommands.safeguard,
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

    /// An item of the exchange, by id: one word, so a word after it that is
    /// not what the next slot reads is reported as that slot's error.
    private static func item(_ name: String = "id", optional: Bool = false) -> Slot {
        Slot(name, .reference(.expectation), optional: optional, spansWords: false)
    }

    /// What `link` and `unlink` start from: Tab offers the expectations only.
    static let wanted = item().narrowed { shell, _, id in shell.expectationItem(id)?.kind == .expectation }

    /// An answer to the expectation typed before it: Tab offers what the core
    /// would link — the other partners' contributions and commitments.
    static let answer = item("answer").narrowed { shell, before, id in
        guard let wanted = before.first.flatMap(shell.typedExpectation), let answer = shell.expectationItem(id) else {
            return false
        }
        return Session.linkMismatch(wanted, answer) == nil
    }

    /// A link of the expectation typed before it (`unlink`): Tab offers its answers.
    static let linked = item("answer", optional: true).narrowed { shell, before, id in
        before.first.flatMap(shell.typedExpectation)?.answeredBy.contains(id) ?? false
    }

    /// A commitment, the only item with a date, a measure or a "kept" day: Tab offers commitments only.
    static let commitment = item().narrowed { shell, _, id in shell.expectationItem(id)?.kind == .commitment }
}

extension Shell {
    /// The placeholders every message about one item uses: id, kind label, partner name, text.
    func itemArguments(_ item: Expectation) -> [String: String] {
        let owner = current?.session.partnerName(item.partner) ?? item.partner
        return ["id": item.id, "kind": t(item.kind.labelKey), "partner": owner, "text": item.text]
    }

    /// The item of the exchange with this id in the open session.
    func expectationItem(_ id: String) -> Expectation? {
        current?.session.expectations.last { $0.id == id }  // the newest is the one just added
    }

    /// The item a typed word names (`e3`, `E3`, `3`), as a slot would resolve it; nil when none.
    func typedExpectation(_ typed: String) -> Expectation? {
        guard let session = current?.session, let found = try? session.resolve(.expectation, typed) else { return nil }
        return expectationItem(found.id)
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

    /// Applies an edit of the exchange; when the core refuses it for one of
    /// the exchange's rules (a kind that does not fit), the message says which.
    @discardableResult
    func apply(_ edit: ExpectationEdit) throws(ShellError) -> String {
        let change: any SessionChange = edit
        do {
            return try apply(change) ?? ""
        } catch {
            guard case .session = error, let session = current?.session, let mismatch = edit.mismatch(in: session)
            else { throw error }
            throw refusal(mismatch)
        }
    }

    /// The message for a rule of the exchange an edit broke.
    private func refusal(_ mismatch: ExpectationMismatch) -> ShellError {
        switch mismatch {
        case .notExpectation(let item): return .message("error.expect.not.expectation", itemArguments(item))
        case .cannotAnswer(let item): return .message("error.expect.not.answer", itemArguments(item))
        case .samePartner(let item, let expectation):
            return .message(
                "error.expect.same.partner", itemArguments(item).merging(["expectation": expectation]) { a, _ in a })
        case .notCommitment(let item): return .message("error.expect.not.commitment", itemArguments(item))
        case .cannotCarryEffort(let item): return .message("error.expect.no.effort", itemArguments(item))
        case .notLinked(let item, let answer):
            let links = item.answeredBy.isEmpty ? t("expect.links.none") : item.answeredBy.joined(separator: ", ")
            return .message("error.expect.not.linked", ["id": item.id, "answer": answer, "links": links])
        }
    }

    func addExpectation(_ partner: String, _ kind: ExpectationKind, _ text: String, effort: Int? = nil)
        throws(ShellError)
    {
        let id = try apply(ExpectationEdit.add(partner: partner, kind: kind, text: text, effort: effort))
        guard let item = expectationItem(id) else { return }
        say("expect.added", itemArguments(item), .success)
        if let hours = item.effort {
            say("expect.effort.set", itemArguments(item).merging(["hours": String(hours)]) { a, _ in a }, .dim)
        }
    }

    /// `expect effort ID HOURS|none`: the hours a week it takes, or none.
    func setEffort(_ id: String, typed: String) throws(ShellError) {
        let word = typed.trimmingWhitespace
        let hours: Int?
        if vocabulary.isNone(word) {
            hours = nil
        } else if let number = Int(word) {
            hours = number
        } else {
            throw .message("expect.effort.answer", ["hours": word.truncated(to: 20)])
        }
        let changed = try apply(ExpectationEdit.effort(id: id, hours))
        guard let item = expectationItem(changed) else { return }
        if let hours = item.effort {
            say("expect.effort.set", itemArguments(item).merging(["hours": String(hours)]) { a, _ in a }, .success)
        } else {
            say("expect.effort.cleared", itemArguments(item))
        }
    }

    func removeExpectation(_ id: String) throws(ShellError) {
        let removed = expectationItem(id)
        try apply(ExpectationEdit.remove(id: id))
        if let removed { say("expect.removed", itemArguments(removed)) }
    }

    /// One link; an answer already linked is said, and changes nothing.
    func linkExpectation(_ wanted: String, _ answer: String) throws(ShellError) {
        let text = expectationItem(answer)?.text ?? ""
        if expectationItem(wanted)?.answeredBy.contains(answer) == true {
            say("expect.linked.already", ["id": wanted, "answer": answer, "text": text])
            return
        }
        let id = try apply(ExpectationEdit.link(id: wanted, answer: answer))
        say("expect.linked", ["id": id, "answer": answer, "text": text], .success)
    }

    /// One link taken away, or all of them; an expectation without links is said, and changes nothing.
    func unlinkExpectation(_ wanted: String, _ answer: String?) throws(ShellError) {
        let links = expectationItem(wanted)?.answeredBy ?? []
        if answer == nil && links.isEmpty {
            say("expect.unlinked.none", ["id": wanted])
            return
        }
        let id = try apply(ExpectationEdit.unlink(id: wanted, answer: answer))
        let removed = answer.map { [$0.lowercased()] } ?? links
        say("expect.unlinked", ["id": id, "answers": removed.joined(separator: ", ")])
    }

    /// `expect due ID DATE`; nil (typed "none", « rien », "-") clears the date.
    func setCommitmentDue(_ reference: String, _ day: Day?) throws(ShellError) {
        let id = try apply(ExpectationEdit.due(id: reference, day))
        guard let item = expectationItem(id) else { return }
        if let due = item.due {
            say("expect.due.set", ["id": item.id, "date": wording.date(due), "text": item.text])
            warnIfPast(due)
        } else {
            say("expect.due.cleared", ["id": item.id])
        }
    }

    /// `expect kept ID [DATE]`: the commitment was kept on `day`; nil takes it back.
    func setCommitmentKept(_ reference: String, _ day: Day?) throws(ShellError) {
        let id = try apply(ExpectationEdit.kept(id: reference, day))
        guard let item = expectationItem(id) else { return }
        if let kept = item.kept {
            say("expect.kept.set", ["id": item.id, "date": wording.date(kept), "text": item.text], .success)
        } else {
            say("expect.kept.cleared", ["id": item.id])
        }
    }

    /// `expect measure ID TEXT`, the text as typed; "-" clears the measure.
    func setCommitmentMeasure(_ reference: String, _ text: String) throws(ShellError) {
        let id = try apply(ExpectationEdit.measure(id: reference, text: Self.clearing(text)))
        guard let item = expectationItem(id) else { return }
        if item.measure.isEmpty {
            say("expect.measure.cleared", ["id": item.id])
        } else {
            say("expect.measure.set", ["id": item.id, "measure": item.measure])
        }
    }

    /// `expect goals PARTNER TEXT` and the guided question; "-" clears them.
    func setPersonalGoals(_ partner: String, _ text: String) throws(ShellError) {
        let id = try apply(ExpectationEdit.goals(partner: partner, text: Self.clearing(text)))
        guard let owner = current?.session.partners.withID(id) else { return }
        say(owner.personalGoals.isEmpty ? "expect.goals.cleared" : "expect.goals.set", ["partner": owner.name])
    }

    /// A text typed as "-" clears the field it is given for.
    private static func clearing(_ text: String) -> String {
        text.trimmingWhitespace == "-" ? "" : text
    }
}
