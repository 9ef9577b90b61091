/// The declared phase at the checkpoint and now, with what was declared between
/// and each partner's view of the phase given since.
public struct PhaseShift: Equatable, Sendable {
    public var from: PhaseEntry?
    public var to: PhaseEntry?
    /// Declarations made (or corrected) since the checkpoint, oldest first.
    public var logged: [PhaseEntry]
    /// Partners' views recorded (or changed) since the checkpoint, in the order kept.
    public var voices: [PhaseVoice] = []
}

extension SessionDiff {
    static func phase(_ before: SessionState, _ after: SessionState) -> PhaseShift? {
        let old = before.phases, new = after.phases
        let logged = new.indices.filter { $0 >= old.count || old[$0] != new[$0] }.map { new[$0] }
        let voices = after.phaseVoices.filter { !before.phaseVoices.contains($0) }
        guard !logged.isEmpty || old.last != new.last || !voices.isEmpty else { return nil }
        return PhaseShift(from: old.last, to: new.last, logged: logged, voices: voices)
    }
}
