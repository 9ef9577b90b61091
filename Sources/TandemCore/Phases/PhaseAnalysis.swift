/// One declared phase on the timeline, with how long it lasted (or has lasted so far).
public struct PhaseSpan: Equatable, Sendable {
    public var entry: PhaseEntry
    /// The day the next phase was declared; nil for the current one.
    public var end: Day?
    public var days: Int
}

/// A stage whose latest gate did not say advance.
public struct HeldGate: Equatable, Sendable {
    public var stage: String  // stage id
    public var verdict: GateVerdict
    public var date: Day
}

/// Something in the session that does not fit the declared phase.
public enum PhaseSignal: Equatable, Sendable {
    /// Open or watched risks scored 16 or more (ids).
    case criticalRisks([String])
    /// Stages whose last gate said hold, renegotiate or end.
    case heldGates([HeldGate])
    case perceptionGaps([PerceptionGap], more: Int = 0)
    case healthConcerns([Ingredient])
    /// Open actions past their due date (ids).
    case overdueActions([String])
    /// Expectations no contribution or commitment answers yet (ids).
    case unansweredExpectations([String])
    /// Reasons of failure the quick scan answered "yes" to, which performance
    /// (roles settled, a shared picture, partners who talk) rules out.
    case scanFlags([FailureReason])
    /// A crisis is declared but nothing says what it is about.
    case crisisUndescribed
    /// The declaration is older than the usual check-in interval.
    case stale(days: Int)
    /// Partners whose own view, given since the phase was declared, is another phase.
    case partnersSeeOtherwise([PhaseVoice])
}

/// The phase as declared, its history, and what in the session contradicts it.
/// Reads risks, gates, health, actions and expectations straight from the model.
public struct PhaseAnalysis: Equatable, Sendable {
    /// About two months: the informal check-in cadence.
    public static let reviewAfterDays = 61
    public static let criticalScore = 16

    public var timeline: [PhaseSpan]
    public var current: PhaseEntry? { timeline.last?.entry }
    public var signals: [PhaseSignal]
    /// Each partner's latest view of the phase, in partner order.
    public var voices: [PhaseVoice]
    /// The partners' latest views name two phases or more: a disagreement on
    /// the phase. Views older than the declared phase do not count: the
    /// declaration made after them is the newer word on it.
    public var partnersDisagree: Bool {
        let counted = current.map { declared in voices.filter { $0.date >= declared.date } } ?? voices
        return Set(counted.map(\.phase)).count >= 2
    }

    public init(_ session: Session, today: Day) {
        voices = session.latestPhaseVoices
        var spans: [PhaseSpan] = []
        for (i, entry) in session.phases.enumerated() {
            let end = i + 1 < session.phases.count ? session.phases[i + 1].date : nil
            spans.append(PhaseSpan(entry: entry, end: end, days: max(0, (end ?? today).ordinal - entry.date.ordinal)))
        }
        timeline = spans
        guard let current = session.phases.last else {
            signals = []
            return
        }
        let facts = PhaseFacts(session, today: today, since: current.date)
        var found: [PhaseSignal] = []
        switch current.phase {
        case .euphoria:
            if !facts.critical.isEmpty { found.append(.criticalRisks(facts.critical)) }
            if !facts.held.isEmpty { found.append(.heldGates(facts.held)) }
            if !facts.health.gaps.isEmpty {
                found.append(.perceptionGaps(facts.health.gaps, more: facts.health.gapCount - facts.health.gaps.count))
            }
            if !facts.health.concerns.isEmpty { found.append(.healthConcerns(facts.health.concerns)) }
            if !facts.overdue.isEmpty { found.append(.overdueActions(facts.overdue)) }
            if !facts.unanswered.isEmpty { found.append(.unansweredExpectations(facts.unanswered)) }
        case .performance:
            if !facts.health.concerns.isEmpty { found.append(.healthConcerns(facts.health.concerns)) }
            if !facts.critical.isEmpty { found.append(.criticalRisks(facts.critical)) }
            if !facts.held.isEmpty { found.append(.heldGates(facts.held)) }
            if !facts.scanFlags.isEmpty { found.append(.scanFlags(facts.scanFlags)) }
            if !facts.overdue.isEmpty { found.append(.overdueActions(facts.overdue)) }
        case .crisis:
            let described =
                !current.note.isEmpty || facts.notedSince || facts.serious || !facts.held.isEmpty
                || !facts.health.concerns.isEmpty || !facts.health.gaps.isEmpty
            if !described { found.append(.crisisUndescribed) }
        }
        let age = today.ordinal - current.date.ordinal
        if age > Self.reviewAfterDays { found.append(.stale(days: age)) }
        // A partner's view given since the declaration that names another phase contradicts it too.
        let otherwise = voices.filter { $0.date >= current.date && $0.phase != current.phase }
        if !otherwise.isEmpty { found.append(.partnersSeeOtherwise(otherwise)) }
        signals = found
    }
}

/// The few facts the phase check needs, computed from the model itself.
struct PhaseFacts {
    var critical: [String]
    /// A risk still open or watched and rated high or critical.
    var serious: Bool
    var held: [HeldGate]
    var health: HealthAnalysis
    var overdue: [String]
    var unanswered: [String]
    /// A session note written on or after the day the phase was declared.
    var notedSince: Bool
    /// Reasons of failure answered "yes" in the scan that contradict a partnership at work.
    var scanFlags: [FailureReason]

    /// What performance takes for granted: roles settled, a shared picture, partners who talk.
    static let performanceReasons: [FailureReason] = [.unclearRoles, .noSharedVision, .poorCommunication]

    init(_ session: Session, today: Day, since: Day) {
        let live = session.risks.filter { risk in
            switch risk.status {
            case .open, .watching: return true
            case .mitigated, .closed: return false
            }
        }
        critical = live.filter { ($0.score ?? 0) >= PhaseAnalysis.criticalScore }.map(\.id)
        serious = live.contains { ($0.band ?? .low) >= .high }
        held = session.stages.compactMap { stage in
            guard
                let last = stage.gates.enumerated().max(by: {
                    ($0.element.date, $0.offset) < ($1.element.date, $1.offset)
                })?.element
            else { return nil }
            switch last.verdict {
            case .advance, .rescale: return nil
            case .hold, .renegotiate, .end: return HeldGate(stage: stage.id, verdict: last.verdict, date: last.date)
            }
        }
        health = HealthAnalysis(session)
        overdue = ActionAnalysis(session, today: today).overdue.map(\.id)
        // One rule with the exchange: only a commitment on time answers an expectation.
        unanswered = ExpectationAnalysis.unanswered(in: session, today: today)
        notedSince = session.notes.contains { Day($0.date) >= since }
        scanFlags = Self.performanceReasons.filter { session.failureScan[$0.rawValue] == .yes }
    }
}
