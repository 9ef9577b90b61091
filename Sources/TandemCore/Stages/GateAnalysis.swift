/// How the entry conditions of a stage stand at a gate.
public struct GateTally: Equatable, Sendable {
    public var met = 0
    public var partly = 0
    /// Not met, and due already (or never given a date).
    public var notMet = 0
    /// Conditions the coach did not assess (Enter or skip).
    public var open = 0
    /// Not met, but due after the gate: not late yet, so they argue for
    /// waiting rather than for leaving.
    public var notYetDue = 0
    /// The due dates of the conditions not met yet, earliest first, each once.
    public var pendingDates: [Day] = []

    public init(
        met: Int = 0, partly: Int = 0, notMet: Int = 0, open: Int = 0, notYetDue: Int = 0, pendingDates: [Day] = []
    ) {
        self.met = met
        self.partly = partly
        self.notMet = notMet
        self.open = open
        self.notYetDue = notYetDue
        self.pendingDates = pendingDates
    }

    public var total: Int { met + partly + notMet + open + notYetDue }

    /// The conditions whose date has come (or that have none): only they can argue for exit.
    public var due: Int { total - notYetDue }
}

/// The verdict a gate proposes; the coach confirms or overrides it.
public enum GateAnalysis {
    /// Counts the statuses; with the conditions and the gate's day, a
    /// condition not met whose due date is still ahead counts as not yet due.
    public static func tally(_ statuses: [ConditionStatus?], conditions: [Condition] = [], today: Day? = nil)
        -> GateTally
    {
        var tally = GateTally()
        var pending = Set<Day>()
        for (index, status) in statuses.enumerated() {
            switch status {
            case .met?: tally.met += 1
            case .partly?: tally.partly += 1
            case .notMet?:
                if let today, conditions.indices.contains(index), let due = conditions[index].due, due > today {
                    tally.notYetDue += 1
                    pending.insert(due)
                } else {
                    tally.notMet += 1
                }
            case nil: tally.open += 1
            }
        }
        tally.pendingDates = pending.sorted()
        return tally
    }

    /// Advance when every condition is met; renegotiate when most of the
    /// conditions already due are not met (more than half): the conditions or
    /// their dates no longer fit and are best changed together; hold
    /// otherwise. Never end, and never rescale: a count of unmet conditions
    /// says the terms need work, not that the partnership is over — ending
    /// and a smaller scope are the partners' explicit choice. A condition left
    /// unassessed never counts as met, but it does not push towards
    /// renegotiating either: nobody checked it. Nor does one not met whose
    /// date is still ahead: it is not late yet.
    public static func proposal(_ tally: GateTally) -> GateVerdict {
        guard tally.total > 0 else { return .hold }
        if tally.met == tally.total { return .advance }
        if tally.due > 0, tally.notMet * 2 > tally.due { return .renegotiate }
        return .hold
    }

    /// The verdicts a gate may propose from its conditions; the others are only chosen.
    public static let proposable: Set<GateVerdict> = [.advance, .hold, .renegotiate]

    public static func proposal(_ statuses: [ConditionStatus?], conditions: [Condition] = [], today: Day? = nil)
        -> GateVerdict
    {
        proposal(tally(statuses, conditions: conditions, today: today))
    }

    /// The tally of a recorded gate, from its assessments.
    public static func tally(of record: GateRecord) -> GateTally {
        tally(record.assessments.map { Optional($0.status) })
    }

    /// The tally of a recorded gate as it stood on its day: a condition
    /// still in `entry` (found by its text) and due after the gate counts as
    /// not yet due, as it did when the verdict was proposed.
    /// A renegotiated gate changed those dates itself: it is tallied from its assessments alone.
    public static func tally(of record: GateRecord, entry: [Condition]) -> GateTally {
        if record.verdict == .renegotiate { return tally(of: record) }
        let conditions = record.assessments.map { assessment in
            entry.first { $0.text == assessment.condition } ?? Condition(text: assessment.condition)
        }
        return tally(record.assessments.map { Optional($0.status) }, conditions: conditions, today: record.date)
    }
}
