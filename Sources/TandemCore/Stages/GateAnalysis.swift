/// How the entry conditions of a stage stand at a gate.
public struct GateTally: Equatable, Sendable {
    public var met = 0
    public var partly = 0
    public var notMet = 0
    /// Conditions the coach did not assess (Enter or skip).
    public var open = 0

    public init(met: Int = 0, partly: Int = 0, notMet: Int = 0, open: Int = 0) {
        self.met = met
        self.partly = partly
        self.notMet = notMet
        self.open = open
    }

    public var total: Int { met + partly + notMet + open }
}

/// The verdict a gate proposes; the coach confirms or overrides it.
public enum GateAnalysis {
    public static func tally(_ statuses: [ConditionStatus?]) -> GateTally {
        var tally = GateTally()
        for status in statuses {
            switch status {
            case .met?: tally.met += 1
            case .partly?: tally.partly += 1
            case .notMet?: tally.notMet += 1
            case nil: tally.open += 1
            }
        }
        return tally
    }

    /// Advance when every condition is met; exit when most are not met (more
    /// than half); hold otherwise. A condition left unassessed never counts
    /// as met, but it does not push towards exit either: nobody checked it.
    public static func proposal(_ tally: GateTally) -> GateVerdict {
        guard tally.total > 0 else { return .hold }
        if tally.met == tally.total { return .advance }
        if tally.notMet * 2 > tally.total { return .exit }
        return .hold
    }

    public static func proposal(_ statuses: [ConditionStatus?]) -> GateVerdict {
        proposal(tally(statuses))
    }

    /// The tally of a recorded gate, from its assessments.
    public static func tally(of record: GateRecord) -> GateTally {
        tally(record.assessments.map { Optional($0.status) })
    }
}
