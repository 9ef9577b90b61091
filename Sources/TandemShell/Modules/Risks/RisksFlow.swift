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
            id: .zone(zone), key: "risks.zone.\(zone.rawValue)", repeats: true, none: .settles,
            insistent: insistent,
            current: { s in s.risks.filter { $0.zone == zone }.map(\.text).joined(separator: " · ") },
            apply: { shell, answer throws(ShellError) in
                let risk = try shell.apply(RiskEdit.add(zone: zone, text: try shell.riskName(answer), reason: nil))
                shell.say("risks.guide.added", ["id": risk.id], .dim)
            }
        )
    }

    /// Likelihood and impact, owner, mitigation of one risk.
    static func riskQuestions(_ risk: Risk, close: Bool) -> [GuideQuestion] {
        let id = risk.id
        let arguments = ["id": id, "risk": risk.text]
        func now(_ s: Session) -> Risk? { s.risks.withID(id) }
        return [
            GuideQuestion(
                id: .risk(id, .rate), key: "risks.rate", arguments: arguments, none: .refused,
                current: { s in now(s).flatMap { r in r.likelihood.flatMap { l in r.impact.map { "\(l) \($0)" } } } },
                apply: { shell, answer throws(ShellError) in
                    let (likelihood, impact) = try shell.parseRating(answer)
                    shell.sayRating(try shell.apply(RiskEdit.rate(id: id, likelihood: likelihood, impact: impact)))
                }
            ),
            GuideQuestion(
                id: .risk(id, .owner), key: "risks.owner", arguments: arguments, none: .refused,
                current: { s in now(s).map { s.ownerName(of: $0) } },
                apply: { shell, answer throws(ShellError) in
                    shell.sayOwner(try shell.apply(RiskEdit.owner(id: id, owner: answer)))
                }
            ),
            GuideQuestion(
                id: .risk(id, .mitigation), key: "risks.mitigation", arguments: arguments, none: .settles,
                insistent: close && risk.zone == .distance,
                current: { now($0)?.mitigation },
                apply: { shell, answer throws(ShellError) in
                    try shell.apply(RiskEdit.mitigate(id: id, text: answer))
                }
            ),
        ]
    }

    /// "Does this reason of failure apply to you?" — yes, no or unsure.
    static func scanQuestion(_ reason: FailureReason) -> GuideQuestion {
        let number = (FailureReason.allCases.firstIndex(of: reason) ?? 0) + 1
        return GuideQuestion(
            id: .scan(reason), key: "risks.scan.\(reason.rawValue)",
            arguments: ["number": String(number), "count": String(FailureReason.allCases.count)],
            choices: ScanAnswer.allCases.map(\.labelKey), none: .refused,
            current: { $0.failureScan[reason.rawValue]?.labelKey },
            apply: { shell, answer throws(ShellError) in
                let scanned: ScanAnswer = try shell.parseTerm(answer, field: "risk.scan")
                try shell.apply(RiskEdit.scan(reason, scanned, on: Day(shell.now)))
            }
        )
    }

    /// After a yes or unsure: the risk it creates, in a few words (Enter leaves it).
    ///
    /// One risk per reason: coming back to the question ("back") and
    /// answering again rewords the risk shown as "Now: …" (same id, same
    /// rating), rather than adding a second one.
    static func offerQuestion(_ reason: FailureReason) -> GuideQuestion {
        GuideQuestion(
            id: .scanRisk(reason), key: "risks.offer", none: .refused,
            current: { s in s.risks.first { $0.reason == reason }?.text },
            apply: { shell, answer throws(ShellError) in
                let text = try shell.riskName(answer)
                if let existing = shell.current?.session.risks.first(where: { $0.reason == reason }) {
                    let risk = try shell.apply(RiskEdit.reword(id: existing.id, text: text))
                    shell.say("risks.guide.reworded", ["id": risk.id, "risk": risk.text], .dim)
                    return
                }
                let risk = try shell.apply(RiskEdit.add(zone: reason.zone, text: text, reason: reason))
                shell.say("risks.guide.added.zone", ["id": risk.id, "zone": shell.t(risk.zone.labelKey)], .dim)
            }
        )
    }
}

extension Shell {
    /// The name of a risk typed in the guide. A bare yes, no or unsure
    /// (in either language) is refused: it is almost always an answer meant
    /// for the next reason of failure, not the name of a risk.
    func riskName(_ answer: String) throws(ShellError) -> String {
        if isExactTerm(answer, ScanAnswer.self) {
            throw .message("error.risk.name.answer", ["value": answer.trimmingWhitespace])
        }
        return answer
    }

    /// Reads "3 4", "3x4", "3 × 4" or "3,4": likelihood then impact (the core checks the 1–5 scale).
    func parseRating(_ answer: String) throws(ShellError) -> (Int, Int) {
        let numbers = answer.split { !$0.isNumber }.map(String.init)
        guard numbers.count == 2, answer.allSatisfy({ $0.isNumber || $0.isWhitespace || "xX×*,;/-".contains($0) })
        else {
            throw .message("error.risk.rating", ["value": answer])
        }
        // Digits too many for a number are refused as the core refuses any number off the scale.
        for (field, text) in zip(["risk.likelihood", "risk.impact"], numbers) where Int(text) == nil {
            throw .session(.outOfRange(field: field, value: text, range: Risk.scale))
        }
        return (Int(numbers[0]) ?? 0, Int(numbers[1]) ?? 0)
    }
}
