/// Every step of a pass through a stage's gate, as a value: `gate STAGE` and
/// its guided questions change the draft and record the verdict only through
/// these. Evidence and notes are checked by the core's text rule, condition
/// numbers against the stage's entry conditions.
public enum GateEdit: SessionChange, Equatable {
    /// Starts the gate of a stage (or keeps the one under way).
    case open(stage: String)
    case assess(stage: String, condition: Int, ConditionStatus)
    case evidence(stage: String, condition: Int, text: String)
    /// The verdict chosen, confirming or overriding the proposal.
    case verdict(stage: String, GateVerdict)
    case note(stage: String, text: String)
    /// The smaller scope of a rescale; an empty text clears it.
    case scope(stage: String, text: String)
    /// What one partner (id or name) leaves with if the partnership ends here; an empty text clears it.
    case exitTerms(stage: String, partner: String, text: String)
    /// Records the pass on `day`, with the verdict chosen or else the one proposed that day.
    case close(stage: String, on: Day)
    /// Drops the pass under way without recording it.
    case discard(stage: String)

    public func apply(to session: inout Session) throws(SessionError) -> String? {
        let id = try session.stage(stageReference).id
        switch self {
        case .open:
            try session.openGate(id)
        case .assess(_, let number, let status):
            try session.assess(id, condition: number, status)
        case .evidence(_, let number, let text):
            try session.giveEvidence(id, condition: number, TextRule.line.check(text, field: "gate.evidence"))
        case .verdict(_, let verdict):
            try session.chooseVerdict(id, verdict)
        case .note(_, let text):
            try session.noteGate(id, TextRule.line.check(text, field: "gate.note"))
        case .scope(_, let text):
            try session.scopeGate(id, TextRule.line.check(text, field: "gate.scope", allowEmpty: true))
        case .exitTerms(_, let partner, let text):
            try session.exitTerms(
                id, partner: partner, TextRule.line.check(text, field: "gate.exitterms", allowEmpty: true))
        case .close(_, let day):
            try session.closeGate(id, on: day)
        case .discard:
            try session.discardGate(id)
        }
        return id
    }

    private var stageReference: String {
        switch self {
        case .open(let stage), .assess(let stage, _, _), .evidence(let stage, _, _), .verdict(let stage, _),
            .note(let stage, _), .scope(let stage, _), .exitTerms(let stage, _, _), .close(let stage, _),
            .discard(let stage):
            return stage
        }
    }

    public var wording: Phrase {
        let id = stageReference
        switch self {
        case .open: return Phrase("undo.gate.open", ["id": id])
        case .assess(_, let number, let status):
            return Phrase(
                "undo.gate.assess", ["id": id, "number": String(number)], labels: ["status": status.labelKey])
        case .evidence(_, let number, _): return Phrase("undo.gate.evidence", ["id": id, "number": String(number)])
        case .verdict(_, let verdict):
            return Phrase("undo.gate.verdict", ["id": id], labels: ["verdict": verdict.labelKey])
        case .note: return Phrase("undo.gate.note", ["id": id])
        case .scope: return Phrase("undo.gate.scope", ["id": id])
        case .exitTerms(_, let partner, _): return Phrase("undo.gate.exitterms", ["id": id, "partner": partner])
        case .close(_, let day): return Phrase("undo.gate.close", ["id": id, "date": day.description])
        case .discard: return Phrase("undo.gate.discard", ["id": id])
        }
    }
}
