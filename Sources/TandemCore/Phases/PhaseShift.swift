/// The declared phase at the checkpoint and now, with what was declared between.
public struct PhaseShift: Equatable, Sendable {
    public var from: PhaseEntry?
    public var to: PhaseEntry?
    /// Declarations made (or corrected) since the checkpoint, oldest first.
    public var logged: [PhaseEntry]
}

extension SessionDiff {
    static func phase(_ before: [PhaseEntry], _ after: [PhaseEntry]) -> PhaseShift? {
        let logged = after.indices.filter { $0 >= before.count || before[$0] != after[$0] }.map { after[$0] }
        guard !logged.isEmpty || before.last != after.last else { return nil }
        return PhaseShift(from: before.last, to: after.last, logged: logged)
    }
}
