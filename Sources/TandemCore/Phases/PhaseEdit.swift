/// Every edit of the phase timeline, as a value: the `phase` command, the
/// phase step of the guide and follow-ups declare phases through it.
public enum PhaseEdit: SessionChange, Equatable {
    /// Declares the phase on `day`, with what made the partners say so; a
    /// second declaration the same day corrects the first.
    case log(Phase, note: String, on: Day)
    /// The note of the phase declared last; an empty text clears it. Nothing
    /// changes while no phase is declared.
    case note(String)
    /// One partner's view of the phase on `day`, with what makes them say so.
    case voice(partner: String, Phase, note: String, on: Day)

    public func apply(to session: inout Session) throws(SessionError) -> String? {
        switch self {
        case .log(let phase, let note, let day):
            try session.logPhase(phase, note: note, on: day)
        case .note(let text):
            try session.notePhase(text)
        case .voice(let partner, let phase, let note, let day):
            return try session.voicePhase(partner: partner, phase, note: note, on: day).partner
        }
        return nil
    }

    public var wording: Phrase {
        switch self {
        case .log(let phase, _, let day):
            return Phrase("undo.phase.log", ["date": day.description], labels: ["phase": phase.labelKey])
        case .note(let text):
            return Phrase("undo.phase.note", ["text": ContextEdit.short(text)])
        case .voice(let partner, let phase, _, let day):
            return Phrase(
                "undo.phase.voice", ["partner": partner, "date": day.description], labels: ["phase": phase.labelKey])
        }
    }
}
