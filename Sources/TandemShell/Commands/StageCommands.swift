import TandemCore

/// stages (guided, or `stages show`), stage (direct edits) and gate.
enum StageCommands {
    static let subcommands = [
        "add", "entry", "exit", "commit", "deliverable", "review", "measure", "due", "rename", "move", "drop", "remove",
    ]

    static let all: [Command] = [
        Command(
            "stages", group: .modules, subcommands: ["show"], needsSession: true,
            complete: { _, args in args.isEmpty ? ["show"] : [] }
        ) { shell, args throws(ShellError) in
            switch args.map({ $0.lowercased() }) {
            case []:
                guard let flow = GuideFlows.find("stages") else { throw .usage("stages") }
                try shell.runGuide([flow], wholePath: false)
            case ["show"]:
                shell.showStages()
            default:
                throw .usage("stages")
            }
        },
        Command("stage", group: .modules, subcommands: subcommands, needsSession: true, complete: complete) {
            shell, args throws(ShellError) in try shell.stageCommand(args)
        },
        Command(
            "gate", group: .modules, needsSession: true,
            complete: { shell, args in args.isEmpty ? shell.stageNames() : [] }
        ) { shell, args throws(ShellError) in
            guard !args.isEmpty else { return try shell.listGateableStages() }
            try shell.runGate(args.joined(separator: " "))
        },
    ]

    static func complete(_ shell: Shell, _ args: [String]) -> [String] {
        guard let sub = args.first?.lowercased() else { return subcommands }
        switch (sub, args.count) {
        case ("add", _): return []
        case (_, 1): return shell.stageNames()
        case ("commit", 2): return shell.partnerNames()
        case ("drop", 2): return shell.valueWords(StagePart.self)
        case ("review", 2), ("due", 3): return [shell.language == .en ? "none" : "aucune"]
        default: return []
        }
    }
}

extension Shell {
    func stageNames() -> [String] {
        current?.session.stages.map(\.name) ?? []
    }

    /// `stage SUB …`: one edit of one stage, said back in a sentence.
    func stageCommand(_ args: [String]) throws(ShellError) {
        guard let sub = args.first?.lowercased(), args.count >= 2 else { throw .usage("stage") }
        let ref = args[1]
        let rest = Array(args.dropFirst(2))
        let text = rest.joined(separator: " ")
        let what = "stage " + args.joined(separator: " ")
        switch sub {
        case "add":
            let stage = try change(what) { (s: inout Session) throws(SessionError) in
                try s.addStage(name: args.dropFirst().joined(separator: " "))
            }
            say("stage.added", ["name": stage.name, "id": stage.id], .success)
            say("stage.added.next", ["id": stage.id], .dim)
        case "entry":
            let condition = try Condition(parsingChecked: try stageText(text, field: "stage.condition.text"), today: Day(now))
            let added = try change(what) { (s: inout Session) throws(SessionError) in try s.addEntry(ref, condition) }
            say("stage.entry.added", ["stage": added.stage.name, "number": String(added.number)])
            sayCheck(condition, stage: added.stage.id, number: added.number)
        case "measure", "due":
            guard let first = rest.first, rest.count >= 2 else { throw .usage("stage") }
            try setConditionPart(sub, ref, first, Array(rest.dropFirst()).joined(separator: " "), what)
        case "exit":
            let exit = try stageText(text, field: "stage.exit")
            let stage = try change(what) { (s: inout Session) throws(SessionError) in try s.addExit(ref, exit) }
            say("stage.exit.added", ["stage": stage.name, "number": String(stage.exits.count)])
        case "commit":
            guard rest.count >= 2 else { throw .usage("stage") }
            let commitment = try stageText(rest.dropFirst().joined(separator: " "), field: "stage.commitment")
            let added = try change(what) { (s: inout Session) throws(SessionError) in try s.addCommitment(ref, partner: rest[0], commitment) }
            say("stage.commit.added", ["stage": added.stage.name, "partner": added.partner.name])
        case "deliverable":
            let deliverable = try stageText(text, field: "stage.deliverable")
            let stage = try change(what) { (s: inout Session) throws(SessionError) in try s.addDeliverable(ref, deliverable) }
            say("stage.deliverable.added", ["stage": stage.name, "number": String(stage.deliverables.count)])
        case "review":
            guard rest.count == 1 else { throw .usage("stage") }
            let day = try optionalDay(rest[0])
            let stage = try change(what) { (s: inout Session) throws(SessionError) in try s.setReview(ref, day) }
            sayReview(stage)
        case "rename":
            guard !rest.isEmpty else { throw .usage("stage") }
            let names = try change(what) { (s: inout Session) throws(SessionError) in try s.renameStage(ref, to: text) }
            say("stage.renamed", ["old": names.old, "new": names.new])
        case "move":
            guard rest.count == 1 else { throw .usage("stage") }
            let count = current?.session.stages.count ?? 0
            guard let position = Int(rest[0]) else {
                throw .session(.outOfRange(field: "stage.position", value: rest[0], range: 1...max(1, count)))
            }
            let stage = try change(what) { (s: inout Session) throws(SessionError) in try s.moveStage(ref, to: position) }
            say("stage.moved", ["name": stage.name, "position": String(position), "count": String(count)])
        case "drop":
            guard rest.count == 2 else { throw .usage("stage") }
            let part: StagePart = try parseTerm(rest[0], field: "stage.part")
            let number = try itemNumber(rest[1], ref, part)
            let removed = try change(what) { (s: inout Session) throws(SessionError) in try s.dropItem(ref, part, number) }
            say("stage.dropped", ["text": removed])
        case "remove":
            guard args.count >= 2 else { throw .usage("stage") }
            let stage = try change(what) { (s: inout Session) throws(SessionError) in
                try s.removeStage(args.dropFirst().joined(separator: " "))
            }
            say("stage.removed", ["name": stage.name, "id": stage.id])
        default:
            throw .usage("stage")
        }
    }

    /// `stage measure STAGE N TEXT` and `stage due STAGE N DATE|none`.
    private func setConditionPart(_ sub: String, _ ref: String, _ numberText: String, _ value: String, _ what: String) throws(ShellError) {
        let number = try itemNumber(numberText, ref, .entry)
        let stage: Stage
        if sub == "measure" {
            let measure = try stageText(value, field: "stage.measure")
            stage = try change(what) { (s: inout Session) throws(SessionError) in try s.setConditionMeasure(ref, condition: number, measure) }
        } else {
            let day = try optionalDay(value)
            stage = try change(what) { (s: inout Session) throws(SessionError) in try s.setConditionDue(ref, condition: number, day) }
        }
        let condition = stage.entry[number - 1]
        say("stage.condition.now", ["stage": stage.name, "number": String(number), "text": condition.text])
        sayCheck(condition, stage: stage.id, number: number)
    }

    /// Reads an item number of a stage part, saying clearly when the part is empty.
    private func itemNumber(_ text: String, _ ref: String, _ part: StagePart) throws(ShellError) -> Int {
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
        guard count > 0 else { throw .message("error.stage.empty.\(part.rawValue)", ["stage": stage.name, "id": stage.id]) }
        guard let number = Int(text), (1...count).contains(number) else {
            throw .session(.outOfRange(field: part == .entry ? "stage.condition" : "stage.item", value: text, range: 1...count))
        }
        return number
    }

    /// A date as people type it (`2027-03-31`, `31/03/2027`, `+30`, `+2m`),
    /// or nil for `none`, `aucune` or `-` (clears it).
    func optionalDay(_ text: String) throws(ShellError) -> Day? {
        if ["none", "-", "aucune", "aucun", "rien"].contains(text.trimmingWhitespace.folded) { return nil }
        return try parseDay(text)
    }

    /// Free text of a stage part: not empty, no control characters, not a novel.
    func stageText(_ raw: String, field: String) throws(ShellError) -> String {
        guard raw.contains(where: { $0.isLetter || $0.isNumber }) else { throw .usage("stage") }
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

extension Condition {
    /// Parses the `TEXT | MEASURE | DATE` syntax, wording its errors for the shell.
    init(parsingChecked line: String, today: Day) throws(ShellError) {
        do {
            try self.init(parsing: line, today: today)
        } catch {
            switch error {
            case .invalidText, .emptyName: throw .message("error.condition.syntax", ["text": line])
            case .partnerExists, .unknownPartner, .ambiguousPartner, .unknown, .ambiguous, .exists, .outOfRange, .invalidDate,
                .nameLooksLikeID:
                throw .session(error)
            }
        }
    }
}
