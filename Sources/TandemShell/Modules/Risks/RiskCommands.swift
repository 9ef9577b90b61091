import TandemCore

/// risks (guided, or `risks show`) and risk (direct edits).
enum RiskCommands {
    /// A risk by its id (`r3`, or `3`): always one word.
    static let risk = Slot("id", .reference(.risk), spansWords: false)
    /// A zone, or a reason for failure standing for its zone: read by `zoneOrReason`.
    static let zone = Slot("risk.zone", .value(.readLater(RiskZone.self, FailureReason.self)), spansWords: false)
    /// Who watches a risk when it is no partner ("our accountant").
    static let ownerText = Slot("risk.owner", .text, optional: true)
    /// REASON and ANSWER of `risk scan` may each take several words ("pas de
    /// vision commune pas sûr"): the slots give Tab its words, `scanWords`
    /// finds where the reason ends.
    static let reason = Slot("risk.reason", .value(.readLater(FailureReason.self)), spansWords: false)
    static let answer = Slot("risk.scan", .value(.readLater(ScanAnswer.self)))

    static let all: [Command] = [
        Command(
            "risks", group: .modules,
            [
                Verb { shell, _ throws(ShellError) in
                    guard let flow = GuideFlows.find("risks") else { throw .usage("risks") }
                    try shell.runGuide([flow], wholePath: false)
                },
                Verb("show") { shell, _ throws(ShellError) in shell.showRisks() },
            ]),
        Command(
            "risk", group: .modules,
            [
                Verb("add", [zone, .text()]) {
                    shell, args throws(ShellError) in
                    let (zone, reason) = try shell.zoneOrReason(args.text(zone.name))
                    let risk = try shell.apply(RiskEdit.add(zone: zone, text: args.text(), reason: reason))
                    shell.say("risk.added", ["id": risk.id, "zone": shell.t(zone.labelKey)], .success)
                    shell.say("risk.added.next", ["id": risk.id], .dim)
                },
                Verb("rate", [risk, .number("risk.likelihood", Risk.scale), .number("risk.impact", Risk.scale)]) {
                    shell, args throws(ShellError) in
                    let edit = RiskEdit.rate(
                        id: args.id("id"), likelihood: args.number("risk.likelihood"),
                        impact: args.number("risk.impact"))
                    shell.sayRating(try shell.apply(edit))
                },
                Verb("mitigate", [risk, .text()]) { shell, args throws(ShellError) in
                    let risk = try shell.apply(RiskEdit.mitigate(id: args.id("id"), text: args.text()))
                    shell.say("risk.mitigated", ["id": risk.id])
                },
                // A partner (Tab completes the name) or any text ("our accountant").
                Verb("owner", [risk, .partner("owner", optional: true), ownerText]) {
                    shell, args throws(ShellError) in
                    let owner: String
                    if args.has(ownerText.name) {
                        // Text after a partner's name is the owner's wording whole ("Zoé and her accountant").
                        owner = shell.textAfter(args, words: 3)
                    } else if args.has("owner") {
                        // The partner by name: the core finds them by it, the undo line says it.
                        owner = shell.current?.session.partnerName(args.id("owner")) ?? ""
                    } else {
                        throw .usage("risk owner")
                    }
                    shell.sayOwner(try shell.apply(RiskEdit.owner(id: args.id("id"), owner: owner)))
                },
                Verb("status", [risk, .value("risk.status", RiskStatus.self)]) { shell, args throws(ShellError) in
                    guard let status = args.value(RiskStatus.self, "risk.status") else { throw .usage("risk status") }
                    let risk = try shell.apply(RiskEdit.status(id: args.id("id"), status))
                    shell.say("risk.status.set", ["id": risk.id, "status": shell.t(status.labelKey)])
                },
                Verb("remove", [risk]) { shell, args throws(ShellError) in
                    let risk = try shell.riskNow(args.id("id"))
                    try shell.apply(RiskEdit.remove(id: risk.id))
                    shell.say("risk.removed", ["id": risk.id, "text": risk.text])
                },
                Verb("scan", [reason, answer]) { shell, args throws(ShellError) in
                    let words = [args.text(reason.name)] + args.text(answer.name).split(separator: " ").map(String.init)
                    let (reason, answer) = try shell.scanWords(words)
                    try shell.apply(RiskEdit.scan(reason, answer, on: Day(shell.now)))
                    shell.sayScan(reason, answer)
                },
            ]),
    ]
}

extension ValueSet {
    /// The words of `V` for Tab, taken as typed: the run function reads them,
    /// where a word's meaning depends on the words around it.
    fileprivate static func readLater<V: ValueWord>(_ type: V.Type) -> ValueSet {
        let set = ValueSet(type)
        return ValueSet(ids: set.ids, labelKeys: set.labelKeys) { _, raw in raw }
    }

    /// The words of `V` and of `W`, taken as typed.
    fileprivate static func readLater<V: ValueWord, W: ValueWord>(_ type: V.Type, _ other: W.Type) -> ValueSet {
        let first = ValueSet(type)
        let second = ValueSet(other)
        return ValueSet(ids: first.ids + second.ids, labelKeys: first.labelKeys + second.labelKeys) { _, raw in raw }
    }

    fileprivate init(ids: [String], labelKeys: [String], match: @escaping @Sendable (Shell, String) -> String?) {
        self.ids = ids
        self.labelKeys = labelKeys
        self.match = match
    }
}

extension Shell {
    /// Applies an edit of the risks; returns the risk it changed, as it now stands.
    @discardableResult
    func apply(_ edit: RiskEdit) throws(ShellError) -> Risk {
        let change: any SessionChange = edit
        let id = try apply(change) ?? ""
        return current?.session.risks.withID(id) ?? Risk(id: id, zone: .other, text: "")
    }

    /// The risk a reference names in the open session.
    func riskNow(_ reference: String) throws(ShellError) -> Risk {
        let session = try requireSession().session
        do {
            return try session.risk(reference)
        } catch {
            throw .session(error)
        }
    }

    /// The rest of the line after its first `words` words, as typed (one quoted
    /// string loses its quotes), as a text slot starting there would take it.
    fileprivate func textAfter(_ args: Arguments, words: Int) -> String {
        let line = Lexer.lex(args.line)
        let rest = line.tokens.dropFirst(words)
        guard let first = rest.first, let last = rest.last else { return "" }
        if rest.count == 1, first.isQuoted { return first.text }
        return line.raw(first.range.lowerBound..<last.range.upperBound)
    }

    /// A zone, or a reason of failure standing for its zone (the risk then
    /// remembers the reason); the closer match wins, a zone on a tie.
    fileprivate func zoneOrReason(_ word: String) throws(ShellError) -> (RiskZone, FailureReason?) {
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
    fileprivate func scanWords(_ words: [String]) throws(ShellError) -> (FailureReason, ScanAnswer) {
        for count in [2, 1] where words.count > count {
            let answerText = words.suffix(count).joined(separator: " ")
            let reasonText = words.dropLast(count).joined(separator: " ")
            guard let answer: (ScanAnswer, TermMatch) = matchTerm(answerText), count == 1 || answer.1 == .exact else {
                continue
            }
            let reason: FailureReason = try parseTerm(reasonText, field: "risk.reason")
            return (reason, answer.0)
        }
        let reasonText = words.dropLast().joined(separator: " ")
        let _: FailureReason = try parseTerm(reasonText, field: "risk.reason")
        throw termError(words.last ?? "", ScanAnswer.self, field: "risk.scan")
    }

    func sayRating(_ risk: Risk) {
        guard let likelihood = risk.likelihood, let impact = risk.impact, let score = risk.score, let band = risk.band
        else { return }
        say(
            "risk.rated",
            [
                "id": risk.id, "likelihood": String(likelihood), "impact": String(impact), "score": String(score),
                "band": t(band.labelKey),
            ],
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
            let first = t(also).split(separator: ",").first, case let word = String(first).trimmingWhitespace,
            !word.isEmpty
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
