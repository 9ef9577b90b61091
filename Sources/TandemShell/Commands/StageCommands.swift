import TandemCore

/// stages (guided, or `stages show`), stage (direct edits) and gate.
enum StageCommands {
    /// A condition's or an item's number, read against its stage (so the range said is the stage's).
    static let condition = Slot.word("stage.condition")
    static let item = Slot.word("stage.item")
    static let position = Slot.word("stage.position")

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
                    let name = args.text("name")
                    let stage = try shell.change(args.said) { (s: inout Session) throws(SessionError) in
                        try s.addStage(name: name)
                    }
                    shell.say("stage.added", ["name": stage.name, "id": stage.id], .success)
                    shell.say("stage.added.next", ["id": stage.id], .dim)
                },
                Verb("entry", [.stage(), .text()]) { shell, args throws(ShellError) in
                    let id = args.id("stage")
                    let text = try shell.stageText(args.text(), field: "stage.condition.text", usage: "stage entry")
                    let condition = try Condition(parsingChecked: text, today: Day(shell.now))
                    let added = try shell.change(args.said) { (s: inout Session) throws(SessionError) in
                        try s.addEntry(id, condition)
                    }
                    shell.say("stage.entry.added", ["stage": added.stage.name, "number": String(added.number)])
                    shell.sayCheck(condition, stage: added.stage.id, number: added.number)
                },
                Verb("measure", [.stage(), condition, .text()]) { shell, args throws(ShellError) in
                    let id = args.id("stage")
                    let number = try shell.itemNumber(args.text(condition.name), id, .entry)
                    let measure = try shell.stageText(args.text(), field: "stage.measure", usage: "stage measure")
                    let stage = try shell.change(args.said) { (s: inout Session) throws(SessionError) in
                        try s.setConditionMeasure(id, condition: number, measure)
                    }
                    shell.sayCondition(stage, number)
                },
                Verb("due", [.stage(), condition, .date("stage.due", clearable: true)]) {
                    shell, args throws(ShellError) in
                    let id = args.id("stage")
                    let number = try shell.itemNumber(args.text(condition.name), id, .entry)
                    let day = args.day("stage.due")
                    let stage = try shell.change(args.said) {
                        (s: inout Session) throws(SessionError) in try s.setConditionDue(id, condition: number, day)
                    }
                    shell.sayCondition(stage, number)
                },
                Verb("commit", [.stage(), .partner(), .text()]) { shell, args throws(ShellError) in
                    let id = args.id("stage")
                    let partner = args.id("partner")
                    let commitment = try shell.stageText(args.text(), field: "stage.commitment", usage: "stage commit")
                    let added = try shell.change(args.said) { (s: inout Session) throws(SessionError) in
                        try s.addCommitment(id, partner: partner, commitment)
                    }
                    shell.say("stage.commit.added", ["stage": added.stage.name, "partner": added.partner.name])
                },
                Verb("deliverable", [.stage(), .text()]) { shell, args throws(ShellError) in
                    let id = args.id("stage")
                    let deliverable = try shell.stageText(
                        args.text(), field: "stage.deliverable", usage: "stage deliverable")
                    let stage = try shell.change(args.said) { (s: inout Session) throws(SessionError) in
                        try s.addDeliverable(id, deliverable)
                    }
                    shell.say(
                        "stage.deliverable.added", ["stage": stage.name, "number": String(stage.deliverables.count)])
                },
                Verb("exit", [.stage(), .text()]) { shell, args throws(ShellError) in
                    let id = args.id("stage")
                    let exit = try shell.stageText(args.text(), field: "stage.exit", usage: "stage exit")
                    let stage = try shell.change(args.said) { (s: inout Session) throws(SessionError) in
                        try s.addExit(id, exit)
                    }
                    shell.say("stage.exit.added", ["stage": stage.name, "number": String(stage.exits.count)])
                },
                Verb("review", [.stage(), .date("stage.review", clearable: true)]) { shell, args throws(ShellError) in
                    let id = args.id("stage")
                    let day = args.day("stage.review")
                    let stage = try shell.change(args.said) { (s: inout Session) throws(SessionError) in
                        try s.setReview(id, day)
                    }
                    shell.sayReview(stage)
                },
                Verb("rename", [.stage(), .text("name")]) { shell, args throws(ShellError) in
                    let id = args.id("stage")
                    let name = args.text("name")
                    let names = try shell.change(args.said) { (s: inout Session) throws(SessionError) in
                        try s.renameStage(id, to: name)
                    }
                    shell.say("stage.renamed", ["old": names.old, "new": names.new])
                },
                Verb("move", [.stage(), position]) { shell, args throws(ShellError) in
                    let id = args.id("stage")
                    let typed = args.text(position.name)
                    let count = shell.current?.session.stages.count ?? 0
                    guard let position = Int(typed) else {
                        throw .session(.outOfRange(field: "stage.position", value: typed, range: 1...max(1, count)))
                    }
                    let stage = try shell.change(args.said) { (s: inout Session) throws(SessionError) in
                        try s.moveStage(id, to: position)
                    }
                    shell.say(
                        "stage.moved", ["name": stage.name, "position": String(position), "count": String(count)])
                },
                Verb("drop", [.stage(), Slot("stage.part", .value(ValueSet(StagePart.self)), spansWords: false), item])
                {
                    shell, args throws(ShellError) in
                    let id = args.id("stage")
                    guard let part = args.value(StagePart.self, "stage.part") else { throw .usage("stage drop") }
                    let number = try shell.itemNumber(args.text(item.name), id, part)
                    let removed = try shell.change(args.said) {
                        (s: inout Session) throws(SessionError) in try s.dropItem(id, part, number)
                    }
                    shell.say("stage.dropped", ["text": removed])
                },
                Verb("remove", [.stage()]) { shell, args throws(ShellError) in try shell.removeStage(args) },
            ]),
        Command(
            "gate", group: .modules,
            [
                Verb([], [.stage(optional: true)]) { shell, args throws(ShellError) in
                    guard let id = args.optionalText("stage") else { return try shell.listGateableStages() }
                    try shell.runGate(id)
                }
            ]),
    ]
}

extension Shell {
    /// `stage remove STAGE`: only the whole name (up to case and accents) or the
    /// id removes a stage, so the start of a name never removes the wrong one.
    fileprivate func removeStage(_ args: Arguments) throws(ShellError) {
        let id = args.id("stage")
        let session = try requireSession().session
        // The words typed after `stage remove`, as the parser read them.
        let typed = Lexer.lex(args.line).tokens.dropFirst(2).map(\.text).joined(separator: " ")
        if let found = try? session.resolve(.stage, typed), found.how == .prefix {
            throw .message("error.stage.remove.exact", ["typed": typed, "name": found.name, "id": found.id])
        }
        let stage = try change(args.said) { (s: inout Session) throws(SessionError) in try s.removeStage(id) }
        say("stage.removed", ["name": stage.name, "id": stage.id])
    }

    /// Says a condition as it now stands, and how it will be checked.
    fileprivate func sayCondition(_ stage: Stage, _ number: Int) {
        let condition = stage.entry[number - 1]
        say("stage.condition.now", ["stage": stage.name, "number": String(number), "text": condition.text])
        sayCheck(condition, stage: stage.id, number: number)
    }

    /// Reads an item number of a stage part, saying clearly when the part is empty.
    fileprivate func itemNumber(_ text: String, _ ref: String, _ part: StagePart) throws(ShellError) -> Int {
        let session = try requireSession().session
        let stage: Stage
        do {
            stage = try session.stage(ref)
        } catch {
            throw .session(error)
        }
        let count: Int
        switch part {
        case .entry: count = stage.entry.count
        case .commitment: count = stage.commitments.count
        case .deliverable: count = stage.deliverables.count
        case .exit: count = stage.exits.count
        }
        guard count > 0 else {
            throw .message("error.stage.empty.\(part.rawValue)", ["stage": stage.name, "id": stage.id])
        }
        guard let number = Int(text), (1...count).contains(number) else {
            throw .session(
                .outOfRange(field: part == .entry ? "stage.condition" : "stage.item", value: text, range: 1...count))
        }
        return number
    }

    /// A date as people type it (`2027-03-31`, `31/03/2027`, `+30`, `+2m`),
    /// or nil for a word that means none (`none`, `aucune`, `rien`, `-`): it clears it.
    func optionalDay(_ text: String) throws(ShellError) -> Day? {
        if vocabulary.isNone(text) { return nil }
        return try parseDay(text)
    }

    /// Free text of a stage part: not empty, no control characters, not a novel.
    func stageText(_ raw: String, field: String, usage: String = "stage") throws(ShellError) -> String {
        guard raw.contains(where: { $0.isLetter || $0.isNumber }) else { throw .usage(usage) }
        return try cleanText(raw, field: field)
    }

    /// Says how a condition will be checked, or that nobody could check it yet.
    func sayCheck(_ condition: Condition, stage: String, number: Int) {
        if condition.isCheckable {
            say("stage.condition.check", ["check": checkText(condition)], .dim)
        } else {
            say("stage.condition.uncheckable", ["id": stage, "number": String(number)], .warning)
        }
    }

    /// "measured by: … · by 2026-12-01", or "" when neither is set.
    func checkText(_ condition: Condition) -> String {
        var parts: [String] = []
        if !condition.measure.isEmpty { parts.append(t("stage.measure", ["measure": condition.measure])) }
        if let due = condition.due { parts.append(t("stage.due", ["date": due.description])) }
        return parts.joined(separator: " · ")
    }

    func sayReview(_ stage: Stage) {
        if let review = stage.review {
            say("stage.review.set", ["stage": stage.name, "date": review.description])
        } else {
            say("stage.review.cleared", ["stage": stage.name])
        }
    }
}

extension Arguments {
    /// The line as typed, for the undo wording.
    fileprivate var said: String { line.trimmingWhitespace }
}

extension Condition {
    /// Parses the `TEXT | MEASURE | DATE` syntax, wording its errors for the shell.
    init(parsingChecked line: String, today: Day) throws(ShellError) {
        do {
            try self.init(parsing: line, today: today)
        } catch {
            switch error {
            case .invalidText, .emptyName: throw .message("error.condition.syntax", ["text": line])
            case .partnerExists, .unknownPartner, .ambiguousPartner, .unknown, .ambiguous, .exists, .outOfRange,
                .invalidDate,
                .nameLooksLikeID:
                throw .session(error)
            }
        }
    }
}
