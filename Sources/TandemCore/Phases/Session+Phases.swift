extension Session {
    /// What `logPhase` did: a new entry, or today's entry corrected.
    public enum PhaseLogResult: Equatable, Sendable {
        case logged
        /// Today's entry said another phase; it now says this one.
        case corrected(was: Phase)
        /// Today's entry already said this phase; its note is now the one given.
        case updated
        /// Today's entry already said this phase and no note was given: nothing changed.
        case unchanged
    }

    /// The phase declared last, if any.
    public var currentPhase: PhaseEntry? { self.phases.last }

    /// Declares the phase the partnership is in, dated. A second declaration
    /// on the same day corrects the first rather than adding a day-long phase.
    @discardableResult
    public mutating func logPhase(_ phase: Phase, note raw: String = "", on day: Day) throws(SessionError)
        -> PhaseLogResult
    {
        let note = try Self.cleanPhaseNote(raw)
        let result = phaseLogResult(phase, note: note, on: day)
        switch result {
        case .logged: self.phases.append(PhaseEntry(phase: phase, date: day, note: note))
        case .corrected, .updated:
            self.phases[self.phases.count - 1].phase = phase
            self.phases[self.phases.count - 1].note = note
        case .unchanged: break
        }
        return result
    }

    /// What declaring `phase` on `day` would do, without doing it (the shell
    /// words the outcome of the change it applies).
    public func phaseLogResult(_ phase: Phase, note: String, on day: Day) -> PhaseLogResult {
        guard let last = self.phases.last, last.date == day else { return .logged }
        if last.phase != phase { return .corrected(was: last.phase) }
        return note.trimmingWhitespace.isEmpty ? .unchanged : .updated
    }

    /// Sets the note of the phase declared last (the guide asks it after the
    /// phase); false when no phase has been declared.
    @discardableResult
    public mutating func notePhase(_ raw: String) throws(SessionError) -> Bool {
        let note = try Self.cleanPhaseNote(raw)
        guard let last = self.phases.indices.last else { return false }
        self.phases[last].note = note
        return true
    }

    /// Records one partner's view of the phase on `day`; a second view of the
    /// same partner on the same day corrects the first.
    @discardableResult
    public mutating func voicePhase(partner reference: String, _ phase: Phase, note raw: String = "", on day: Day)
        throws(SessionError) -> PhaseVoice
    {
        let owner = try partner(reference)
        let note = try Self.cleanPhaseNote(raw)
        let voice = PhaseVoice(partner: owner.id, phase: phase, date: day, note: note)
        if let index = self.phaseVoices.firstIndex(where: { $0.partner == owner.id && $0.date == day }) {
            self.phaseVoices[index] = voice
        } else {
            self.phaseVoices.append(voice)
        }
        return voice
    }

    /// Each partner's latest view of the phase, in partner order (partners who gave none left out).
    public var latestPhaseVoices: [PhaseVoice] {
        self.partners.compactMap { partner in
            self.phaseVoices.filter { $0.partner == partner.id }.max { $0.date < $1.date }
        }
    }

    static func cleanPhaseNote(_ raw: String) throws(SessionError) -> String {
        try TextRule.line.check(raw, field: "phase.note", allowEmpty: true)
    }
}
