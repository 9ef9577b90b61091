/// Every edit of the risk register, as a value: the commands, the guided
/// review and follow-ups all change risks through it.
public enum RiskEdit: SessionChange, Equatable {
    case add(zone: RiskZone, text: String, reason: FailureReason?)
    case reword(id: String, text: String)
    case rate(id: String, likelihood: Int, impact: Int)
    case mitigate(id: String, text: String)
    case owner(id: String, owner: String)
    case status(id: String, RiskStatus)
    case remove(id: String)
    /// An answer of the scan of the reasons of failure, given or confirmed on a day.
    case scan(FailureReason, ScanAnswer, on: Day)

    public func apply(to session: inout Session) throws(SessionError) -> String? {
        switch self {
        case .add(let zone, let text, let reason):
            return try session.addRisk(zone, TextRule.line.check(text, field: "risk.text"), reason: reason).id
        case .reword(let id, let text):
            return try session.rewordRisk(id, TextRule.line.check(text, field: "risk.text")).id
        case .rate(let id, let likelihood, let impact):
            return try session.rateRisk(id, likelihood: likelihood, impact: impact).id
        case .mitigate(let id, let text):
            return try session.mitigateRisk(id, TextRule.line.check(text, field: "risk.mitigation")).id
        case .owner(let id, let owner):
            return try session.assignRisk(id, owner: TextRule.name.check(owner, field: "risk.owner")).id
        case .status(let id, let status):
            return try session.setRiskStatus(id, status).id
        case .remove(let id):
            return try session.removeRisk(id).id
        case .scan(let reason, let answer, let day):
            session.scan(reason, answer, on: day)
            return nil
        }
    }

    public var wording: Phrase {
        switch self {
        case .add(let zone, let text, _):
            return Phrase("undo.risk.add", ["text": text.trimmingWhitespace], labels: ["zone": zone.labelKey])
        case .reword(let id, _): return Phrase("undo.risk.reword", ["id": id])
        case .rate(let id, let likelihood, let impact):
            return Phrase("undo.risk.rate", ["id": id, "likelihood": String(likelihood), "impact": String(impact)])
        case .mitigate(let id, _): return Phrase("undo.risk.mitigate", ["id": id])
        case .owner(let id, let owner): return Phrase("undo.risk.owner", ["id": id, "owner": owner.trimmingWhitespace])
        case .status(let id, let status):
            return Phrase("undo.risk.status", ["id": id], labels: ["status": status.labelKey])
        case .remove(let id): return Phrase("undo.risk.remove", ["id": id])
        case .scan(let reason, let answer, _):
            return Phrase("undo.risk.scan", [:], labels: ["reason": reason.labelKey, "answer": answer.labelKey])
        }
    }
}
