import TandemCore

/// risks (guided, or `risks show`) and risk (direct edits).
enum RiskCommands {
    static let subcommands = ["add", "rate", "mitigate", "owner", "status", "remove", "scan"]

    static let all: [Command] = [
        Command(
            "risks", group: .modules, subcommands: ["show"], needsSession: true,
            complete: { _, args in args.isEmpty ? ["show"] : [] }
        ) { shell, args throws(ShellError) in
            switch args.map({ $0.lowercased() }) {
            case []:
                guard let flow = GuideFlows.find("risks") else { throw .usage("risks") }
                try shell.runGuide([flow], wholePath: false)
            case ["show"]:
                shell.showRisks()
            default:
                throw .usage("risks")
            }
        },
        Command("risk", group: .modules, subcommands: subcommands, needsSession: true, complete: complete) {
            shell, args throws(ShellError) in try shell.riskCommand(args)
        },
    ]

    static func complete(_ shell: Shell, _ args: [String]) -> [String] {
        guard let sub = args.first?.lowercased() else { return subcommands }
        let ids = shell.current?.session.risks.map(\.id) ?? []
        switch (sub, args.count) {
        case ("add", 1): return shell.valueWords(RiskZone.self) + shell.valueWords(FailureReason.self)
        case ("scan", 1): return shell.valueWords(FailureReason.self)
        case ("scan", 2): return shell.valueWords(ScanAnswer.self)
        case ("add", _), ("scan", _): return []
        case (_, 1): return ids
        case ("status", 2): return shell.valueWords(RiskStatus.self)
        case ("owner", 2): return shell.partnerNames()
        case ("rate", 2), ("rate", 3): return Risk.scale.map(String.init)
        default: return []
        }
    }
}

extension Shell {
    /// `risk SUB …`: one edit of the risk register, said back in a sentence.
    func riskCommand(_ args: [String]) throws(ShellError) {
        guard let sub = args.first?.lowercased(), args.count >= 2 else { throw .usage("risk") }
        let ref = args[1]
        let rest = Array(args.dropFirst(2))
        let what = "risk " + args.joined(separator: " ")
        switch sub {
        case "add":
            guard !rest.isEmpty else { throw .usage("risk") }
            let (zone, reason) = try zoneOrReason(ref)
            let text = try riskText(rest.joined(separator: " "), field: "risk.text")
            let risk = try change(what) { (s: inout Session) throws(SessionError) in try s.addRisk(zone, text, reason: reason) }
            say("risk.added", ["id": risk.id, "zone": t(zone.labelKey)], .success)
            say("risk.added.next", ["id": risk.id], .dim)
        case "rate":
            guard rest.count == 2 else { throw .usage("risk") }
            let likelihood = try riskScale(rest[0], field: "risk.likelihood")
            let impact = try riskScale(rest[1], field: "risk.impact")
            let risk = try change(what) { (s: inout Session) throws(SessionError) in
                try s.rateRisk(ref, likelihood: likelihood, impact: impact)
            }
            sayRating(risk)
        case "mitigate":
            let text = try riskText(rest.joined(separator: " "), field: "risk.mitigation")
            let risk = try change(what) { (s: inout Session) throws(SessionError) in try s.mitigateRisk(ref, text) }
            say("risk.mitigated", ["id": risk.id])
        case "owner":
            let text = try riskText(rest.joined(separator: " "), field: "risk.owner")
            let risk = try change(what) { (s: inout Session) throws(SessionError) in try s.assignRisk(ref, owner: text) }
            sayOwner(risk)
        case "status":
            guard !rest.isEmpty else { throw .usage("risk") }
            let status: RiskStatus = try parseTerm(rest.joined(separator: " "), field: "risk.status")
            let risk = try change(what) { (s: inout Session) throws(SessionError) in try s.setRiskStatus(ref, status) }
            say("risk.status.set", ["id": risk.id, "status": t(status.labelKey)])
        case "remove":
            guard rest.isEmpty else { throw .usage("risk") }
            let risk = try change(what) { (s: inout Session) throws(SessionError) in try s.removeRisk(ref) }
            say("risk.removed", ["id": risk.id, "text": risk.text])
        case "scan":
            guard !rest.isEmpty else { throw .usage("risk") }
            let (reason, answer) = try scanWords(Array(args.dropFirst()))
            try change(what) { (s: inout Session) throws(SessionError) in s.scan(reason, answer) }
            sayScan(reason, answer)
        default:
            throw .usage("risk")
        }
    }

    /// A zone, or a reason of failure standing for its zone (the risk then
    /// remembers the reason); the closer match wins, a zone on a tie.
    private func zoneOrReason(_ word: String) throws(ShellError) -> (RiskZone, FailureReason?) {
        if let id = RiskZone(rawValue: word) { return (id, nil) }  // a script's English id: the common case
        let zone: (RiskZone, TermMatch)? = matchTerm(word)
        let reason: (FailureReason, TermMatch)? = matchTerm(word)
        switch (zone, reason) {
        case (let zone?, let reason?): return reason.1 < zone.1 ? (reason.0.zone, reason.0) : (zone.0, nil)
        case (let zone?, nil): return (zone.0, nil)
        case (nil, let reason?): return (reason.0.zone, reason.0)
        case (nil, nil): throw termError(word, RiskZone.self, field: "risk.zone")
        }
    }

    /// `REASON ANSWER` of `risk scan`, each possibly in several words
    /// ("pas de vision commune", "pas sûr"): the answer is the last word or
    /// two, the reason what comes before.
    private func scanWords(_ words: [String]) throws(ShellError) -> (FailureReason, ScanAnswer) {
        for count in [2, 1] where words.count > count {
            let answerText = words.suffix(count).joined(separator: " ")
            let reasonText = words.dropLast(count).joined(separator: " ")
            guard let answer: (ScanAnswer, TermMatch) = matchTerm(answerText), count == 1 || answer.1 == .exact else { continue }
            let reason: FailureReason = try parseTerm(reasonText, field: "risk.reason")
            return (reason, answer.0)
        }
        let reasonText = words.dropLast().joined(separator: " ")
        let _: FailureReason = try parseTerm(reasonText, field: "risk.reason")
        throw termError(words.last ?? "", ScanAnswer.self, field: "risk.scan")
    }

    /// A whole number on the 1–5 scale of likelihood and impact.
    private func riskScale(_ text: String, field: String) throws(ShellError) -> Int {
        guard let value = Int(text), Risk.scale.contains(value) else {
            throw .session(.outOfRange(field: field, value: text, range: Risk.scale))
        }
        return value
    }

    func riskText(_ raw: String, field: String) throws(ShellError) -> String {
        guard raw.contains(where: { $0.isLetter || $0.isNumber }) else { throw .usage("risk") }
        return try cleanText(raw, field: field)
    }

    func sayRating(_ risk: Risk) {
        guard let likelihood = risk.likelihood, let impact = risk.impact, let score = risk.score, let band = risk.band else { return }
        say(
            "risk.rated",
            ["id": risk.id, "likelihood": String(likelihood), "impact": String(impact), "score": String(score), "band": t(band.labelKey)],
            .band(band.rawValue))
    }

    func sayOwner(_ risk: Risk) {
        guard let session = current?.session else { return }
        say("risk.owned", ["id": risk.id, "owner": session.ownerName(of: risk)])
    }

    /// The word to type for a reason in the shell's language: the English id,
    /// or in French the first short word that stands for it ("vision").
    func shortWord(_ reason: FailureReason) -> String {
        let also = reason.labelKey + ".also"
        guard language != .en, configuration.catalog.has(also),
            let first = t(also).split(separator: ",").first, case let word = String(first).trimmingWhitespace, !word.isEmpty
        else { return reason.rawValue }
        return word
    }

    /// Says the scan answer; a yes or unsure with no risk behind it suggests adding one.
    func sayScan(_ reason: FailureReason, _ answer: ScanAnswer) {
        say("risk.scanned", ["reason": t(reason.labelKey), "answer": t(answer.labelKey)])
        switch answer {
        case .yes, .unsure:
            if current?.session.risks.contains(where: { $0.reason == reason }) == false {
                say("risk.scan.offer", ["reason": shortWord(reason)], .dim)
            }
        case .no:
            break
        }
    }
}
