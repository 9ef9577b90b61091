import TandemCore

/// Risks: what could happen in each of the four zones of the method
/// (defection, lack of distance, value of each one's work, evaluation of
/// results), each new risk rated, owned and mitigated; then the ten reasons
/// of failure as a quick scan, where a yes or unsure offers to add a risk.
///
/// Questions about a risk come right after the question that created it
/// would end (zone risks after the four zones, a scan risk after its
/// reason), so new questions never appear before the current one.
enum RisksFlow {
    static let flow = GuideFlow(id: "risks", questions: questions) { shell in shell.showRisks() }

    static func questions(_ session: Session) -> [GuideQuestion] {
        let close = session.context.relationship == .friends || session.context.relationship == .family
        var list = RiskAnalysis.coreZones.map { zoneQuestion($0, insistent: close && $0 == .distance) }
        for risk in session.risks where risk.reason == nil && risk.status != .closed {
            list += riskQuestions(risk, close: close)
        }
        for reason in FailureReason.allCases {
            list.append(scanQuestion(reason))
            switch session.failureScan[reason.rawValue] {
            case .yes?, .unsure?: list.append(offerQuestion(reason))
            case .no?, nil: break
            }
            for risk in session.risks where risk.reason == reason && risk.status != .closed {
                list += riskQuestions(risk, close: close)
            }
        }
        return list
    }

    /// "What could happen in this zone?" — one risk per answer.
    static func zoneQuestion(_ zone: RiskZone, insistent: Bool) -> GuideQuestion {
        GuideQuestion(
            id: RiskAnalysis.zoneQuestionID(zone), key: "risks.zone.\(zone.rawValue)", repeats: true, insistent: insistent,
            settled: { s in s.risks.contains { $0.zone == zone } },
            current: { s in s.risks.filter { $0.zone == zone }.map(\.text).joined(separator: " · ") }
        ) { shell, answer throws(ShellError) in
            let text = try shell.riskName(answer)
            let risk = try shell.change("risk add \(zone.rawValue) \(text)") { (s: inout Session) throws(SessionError) in
                try s.addRisk(zone, text)
            }
            shell.say("risks.guide.added", ["id": risk.id], .dim)
        }
    }

    /// Likelihood and impact, owner, mitigation of one risk.
    static func riskQuestions(_ risk: Risk, close: Bool) -> [GuideQuestion] {
        let id = risk.id
        let arguments = ["id": id, "risk": risk.text.truncated(to: 60)]
        func now(_ s: Session) -> Risk? { s.risks.first { $0.id == id } }
        return [
            GuideQuestion(
                id: "risks.\(id).rate", key: "risks.rate", arguments: arguments,
                settled: { now($0)?.score != nil },
                current: { s in now(s).flatMap { r in r.likelihood.flatMap { l in r.impact.map { "\(l) \($0)" } } } }
            ) { shell, answer throws(ShellError) in
                let (likelihood, impact) = try shell.parseRating(answer)
                let rated = try shell.change("risk rate \(id) \(likelihood) \(impact)") { (s: inout Session) throws(SessionError) in
                    try s.rateRisk(id, likelihood: likelihood, impact: impact)
                }
                shell.sayRating(rated)
            },
            GuideQuestion(
                id: "risks.\(id).owner", key: "risks.owner", arguments: arguments,
                settled: { now($0)?.owner.isEmpty == false },
                current: { s in now(s).map { s.ownerName(of: $0) } }
            ) { shell, answer throws(ShellError) in
                let text = try shell.riskText(answer, field: "risk.owner")
                let owned = try shell.change("risk owner \(id) \(text)") { (s: inout Session) throws(SessionError) in
                    try s.assignRisk(id, owner: text)
                }
                shell.sayOwner(owned)
            },
            GuideQuestion(
                id: "risks.\(id).mitigation", key: "risks.mitigation", arguments: arguments,
                insistent: close && risk.zone == .distance,
                settled: { now($0)?.mitigation.isEmpty == false },
                current: { now($0)?.mitigation }
            ) { shell, answer throws(ShellError) in
                let text = try shell.riskText(answer, field: "risk.mitigation")
                try shell.change("risk mitigate \(id) \(text)") { (s: inout Session) throws(SessionError) in
                    try s.mitigateRisk(id, text)
                }
            },
        ]
    }

    /// "Does this reason of failure apply to you?" — yes, no or unsure.
    static func scanQuestion(_ reason: FailureReason) -> GuideQuestion {
        let number = (FailureReason.allCases.firstIndex(of: reason) ?? 0) + 1
        return GuideQuestion(
            id: "risks.scan.\(reason.rawValue)", key: "risks.scan.\(reason.rawValue)",
            arguments: ["number": String(number), "count": String(FailureReason.allCases.count)],
            choices: ScanAnswer.allCases.map(\.labelKey),
            settled: { $0.failureScan[reason.rawValue] != nil },
            current: { $0.failureScan[reason.rawValue]?.labelKey }
        ) { shell, answer throws(ShellError) in
            let scanned: ScanAnswer = try shell.parseTerm(answer, field: "risk.scan")
            try shell.change("risk scan \(reason.rawValue) \(scanned.rawValue)") { (s: inout Session) throws(SessionError) in
                s.scan(reason, scanned)
            }
        }
    }

    /// After a yes or unsure: the risk it creates, in a few words (Enter leaves it).
    ///
    /// One risk per reason: coming back to the question ("back") and
    /// answering again rewords the risk shown as "Now: …" (same id, same
    /// rating), rather than adding a second one.
    static func offerQuestion(_ reason: FailureReason) -> GuideQuestion {
        GuideQuestion(
            id: "risks.scan.\(reason.rawValue).risk", key: "risks.offer",
            settled: { s in s.risks.contains { $0.reason == reason } },
            current: { s in s.risks.first { $0.reason == reason }?.text }
        ) { shell, answer throws(ShellError) in
            let text = try shell.riskName(answer)
            if let existing = shell.current?.session.risks.first(where: { $0.reason == reason }) {
                let risk = try shell.change("risk reword \(existing.id) \(text)") { (s: inout Session) throws(SessionError) in
                    try s.rewordRisk(existing.id, text)
                }
                shell.say("risks.guide.reworded", ["id": risk.id, "risk": risk.text], .dim)
                return
            }
            let risk = try shell.change("risk add \(reason.rawValue) \(text)") { (s: inout Session) throws(SessionError) in
                try s.addRisk(reason.zone, text, reason: reason)
            }
            shell.say("risks.guide.added.zone", ["id": risk.id, "zone": shell.t(risk.zone.labelKey)], .dim)
        }
    }
}

extension Shell {
    /// The name of a risk typed in the guide. A bare yes, no or unsure
    /// (in either language) is refused: it is almost always an answer meant
    /// for the next reason of failure, not the name of a risk.
    func riskName(_ answer: String) throws(ShellError) -> String {
        let text = try riskText(answer, field: "risk.text")
        if isExactTerm(text, ScanAnswer.self) { throw .message("error.risk.name.answer", ["value": text]) }
        return text
    }

    /// Reads "3 4", "3x4", "3 × 4" or "3,4": likelihood then impact, each 1–5.
    func parseRating(_ answer: String) throws(ShellError) -> (Int, Int) {
        let numbers = answer.split { !$0.isNumber }.map(String.init)
        guard numbers.count == 2, answer.allSatisfy({ $0.isNumber || $0.isWhitespace || "xX×*,;/-".contains($0) }) else {
            throw .message("error.risk.rating", ["value": answer])
        }
        for (field, text) in zip(["risk.likelihood", "risk.impact"], numbers) {
            guard let value = Int(text), Risk.scale.contains(value) else {
                throw .session(.outOfRange(field: field, value: text, range: Risk.scale))
            }
        }
        return (Int(numbers[0]) ?? 0, Int(numbers[1]) ?? 0)
    }
}
