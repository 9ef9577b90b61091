import TandemCore

/// stages (guided, or `stages show`), stage (direct edits) and gate.
enum StageCommands {
    /// A condition's or an item's number, read against its stage (so the range said is the stage's).
    static let condition = Slot.word("stage.condition")
    static let item = Slot.word("stage.item")
    static let position = Slot.word("stage.position")
    /// A stage whose entry conditions can be measured, dated or checked at a gate: Tab offers only those.
    static let conditioned = Slot.stage().narrowed(hasConditions)
    static let gated = Slot.stage(optional: true).narrowed(hasConditions)

    @Sendable static func hasConditions(_ shell: Shell, _: [String], _ name: String) -> Bool {
        shell.current?.session.stages.first { $0.name == name }?.entry.isEmpty == false
    }

    static let all: [Command] = [
        Command(
            "stages", group: .modules,
            [
                Verb { shell, _ throws(ShellError) in
                    guard let flow = GuideFlows.find("stages") else { throw .usage("stages") }
                    try shell.runGuide([flow], wholePath: false)
                },
                Verb("show") { shell, _ throws(ShellError) in shell.showStages() },
            ]),
        Command(
            "stage", group: .modules,
            [
                Verb("add", [.text("name")]) { shell, args throws(ShellError) in
                    let stage = try shell.apply(StageEdit.add(name: args.text("name")))
                    shell.say("stage.added", ["name": stage.name, "id": stage.id], .success)
                    shell.say("stage.added.next", ["id": stage.id], .dim)
                },
                Verb("entry", [.stage(), .text()]) { shell, args throws(ShellError) in
                    let condition = try Condition(parsingChecked: args.text(), today: Day(shell.now))
                    let stage = try shell.apply(StageEdit.entry(stage: args.id("stage"), condition))
                    shell.say("stage.entry.added", ["stage": stage.name, "number": String(stage.entry.count)])
                    shell.sayCheck(stage.entry[stage.entry.count - 1], stage: stage.id, number: stage.entry.count)
                },
                Verb("measure", [conditioned, condition, .text()]) { shell, args throws(ShellError) in
                    let id = args.id("stage")
                    let number = try shell.itemNumber(args.text(condition.name), id, .entry)
                    let stage = try shell.apply(StageEdit.measure(stage: id, condition: number, text: args.text()))
                    shell.sayCondition(stage, number)
                },
                Verb("due", [conditioned, condition, .date("stage.due", clearable: true)]) {
                    shell, args throws(ShellError) in
                    let id = args.id("stage")
                    let number = try shell.itemNumber(args.text(condition.name), id, .entry)
                    let stage = try shell.apply(StageEdit.due(stage: id, condition: number, args.day("stage.due")))
                    shell.sayCondition(stage, number)
                },
                Verb("commit", [.stage(), .partner(), .text()]) { shell, args throws(ShellError) in
                    let partner = shell.current?.session.partnerName(args.id("partner")) ?? ""
                    let stage = try shell.apply(
                        StageEdit.commit(stage: args.id("stage"), partner: partner, text: args.text()))
                    shell.say("stage.commit.added", ["stage": stage.name, "partner": partner])
                },
                Verb("deliverable", [.stage(), .text()]) { shell, args throws(ShellError) in
                    let stage = try shell.apply(StageEdit.deliverable(stage: args.id("stage"), text: args.text()))
                    shell.say(
                        "stage.deliverable.added", ["stage": stage.name, "number": String(stage.deliverables.count)])
                },
                Verb("exit", [.stage(), .text()]) { shell, args throws(ShellError) in
                    let stage = try shell.apply(StageEdit.exit(stage: args.id("stage"), text: args.text()))
                    shell.say("stage.exit.added", ["stage": stage.name, "number": String(stage.exits.count)])
                },
                Verb("review", [.stage(), .date("stage.review", clearable: true)]) { shell, args throws(ShellError) in
                    shell.sayReview(
                        try shell.apply(StageEdit.review(stage: args.id("stage"), args.day("stage.review"))))
                },
                Verb("rename", [.stage(), .text("name")]) { shell, args throws(ShellError) in
                    let old = try shell.stageNow(args.id("stage"))
                    let stage = try shell.apply(StageEdit.rename(stage: old.id, name: args.text("name")))
                    shell.say("stage.renamed", ["old": old.name, "new": stage.name])
                },
                Verb("move", [.stage(), position]) { shell, args throws(ShellError) in
                    let typed = args.text(position.name)
                    let count = shell.current?.session.stages.count ?? 0
                    guard let position = Int(typed) else {
                        throw .session(.outOfRange(field: "stage.position", value: typed, range: 1...max(1, count)))
                    }
                    let stage = try shell.apply(StageEdit.move(stage: args.id("stage"), position: position))
                    shell.say(
                        "stage.moved", ["name": stage.name, "position": String(position), "count": String(count)])
                },
                Verb("drop", [.stage(), Slot("stage.part", .value(ValueSet(StagePart.self)), spansWords: false), item])
                {
                    shell, args throws(ShellError) in
                    let id = args.id("stage")
                    guard let part = args.value(StagePart.self, "stage.part") else { throw .usage("stage drop") }
                    let number = try shell.itemNumber(args.text(item.name), id, part)
                    let removed = try shell.stageNow(id).item(part, number)
                    try shell.apply(StageEdit.drop(stage: id, part, number: number))
                    shell.say("stage.dropped", ["text": removed ?? ""])
                },
                // Only the whole name (up to case and accents) or the id: a start of a name never removes the wrong stage.
                Verb("remove", [.stage().exactOnly()]) { shell, args throws(ShellError) in
                    let stage = try shell.stageNow(args.id("stage"))
                    try shell.apply(StageEdit.remove(stage: stage.id))
                    shell.say("stage.removed", ["name": stage.name, "id": stage.id])
                },
            ]),
        Command(
            "gate", group: .modules,
            [
                Verb([], [gated]) { shell, args throws(ShellError) in
                    guard let id = args.optionalText("stage") else { return try shell.listGateableStages() }
                    try shell.runGate(id)
                }
            ]),
    ]
}

extension Shell {
    /// Applies an edit of the stages; returns the stage it changed, as it now stands.
    @discardableResult
    func apply(_ edit: StageEdit) throws(ShellError) -> Stage {
        let change: any SessionChange = edit
        let id = try apply(change) ?? ""
        return current?.session.stages.withID(id) ?? Stage(id: id, name: "")
    }

    /// The stage a reference names in the open session.
    func stageNow(_ reference: String) throws(ShellError) -> Stage {
        let session = try requireSession().session
        do {
            return try session.stage(reference)
        } catch {
            throw .session(error)
        }
    }

    /// Says a condition as it now stands, and how it will be checked.
    fileprivate func sayCondition(_ stage: Stage, _ number: Int) {
        let condition = stage.entry[number - 1]
        say("stage.condition.now", ["stage": stage.name, "number": String(number), "text": condition.text])
        sayCheck(condition, stage: stage.id, number: number)
    }

    /// Reads an item number of a stage part as typed. An empty part is said
    /// with how to add to it; a word that is no number is refused with the
    /// part's numbers, as a number slot would; the core checks the range.
    fileprivate func itemNumber(_ typed: String, _ reference: String, _ part: StagePart) throws(ShellError) -> Int {
        let stage = try stageNow(reference)
        let count = stage.count(of: part)
        guard count > 0 else {
            throw .message("error.stage.empty.\(part.rawValue)", ["stage": stage.name, "id": stage.id])
        }
        guard let number = Int(typed) else {
            throw .session(.outOfRange(field: part.numberField, value: typed, range: 1...count))
        }
        return number
    }

    /// A date as people type it (`2027-03-31`, `31/03/2027`, `+30`, `+2m`),
    /// or nil for a word that means none (`none`, `aucune`, `rien`, `-`): it clears it.
    func optionalDay(_ text: String) throws(ShellError) -> Day? {
        if vocabulary.isNone(text) { return nil }
        return try parseDay(text)
    }

    /// Says how a condition will be checked, or that nobody could check it yet.
    func sayCheck(_ condition: Condition, stage: String, number: Int) {
        if condition.isCheckable {
            say("stage.condition.check", ["check": StagesView.check(condition, wording)], .dim)
        } else {
            say("stage.condition.uncheckable", ["id": stage, "number": String(number)], .warning)
        }
    }

    func sayReview(_ stage: Stage) {
        if let review = stage.review {
            say("stage.review.set", ["stage": stage.name, "date": wording.date(review)])
        } else {
            say("stage.review.cleared", ["stage": stage.name])
        }
    }
}

extension Condition {
    /// Parses the `TEXT | MEASURE | DATE` syntax, wording its errors for the shell.
    init(parsingChecked line: String, today: Day) throws(ShellError) {
        do {
            try self.init(parsing: line, today: today)
        } catch {
            switch error {
            case .invalidText, .emptyText, .emptyName: throw .message("error.condition.syntax", ["text": line])
            case .partnerExists, .unknownPartner, .ambiguousPartner, .unknown, .ambiguous, .exists, .outOfRange,
                .invalidDate, .unknownConflict, .conflictValue, .alwaysShared, .notGuessable, .authorsOwn,
                .nameLooksLikeID:
                throw .session(error)
            }
        }
    }
}
