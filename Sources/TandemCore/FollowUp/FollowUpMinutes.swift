/// What a follow-up meeting leaves besides its checkpoint: the baseline it
/// reviewed, who was absent, and the dates it set. The rest of its minutes —
/// what changed, what was decided, what is due next — is read from the two
/// checkpoints (`FollowUpMinutes.Summary`), so the file keeps it once.
public struct FollowUpMinutes: Codable, Equatable, Sendable {
    /// The checkpoint the meeting compared with; nil for a first follow-up.
    public var baseline: String?
    public var started: Day
    /// Partners who were not there for the health check.
    public var absent: [String]
    public var checkin: Day
    public var reason: CheckinProposal.Reason
    public var formal: Day

    enum CodingKeys: String, CodingKey {
        case baseline, started, absent, checkin, reason, formal
    }

    public init(
        baseline: String?, started: Day, absent: [String], checkin: Day, reason: CheckinProposal.Reason, formal: Day
    ) {
        self.baseline = baseline
        self.started = started
        self.absent = absent
        self.checkin = checkin
        self.reason = reason
        self.formal = formal
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        baseline = try c.decodeIfPresent(String.self, forKey: .baseline)
        started = try c.decode(Day.self, forKey: .started)
        absent = try c.value(.absent, or: [])
        checkin = try c.decode(Day.self, forKey: .checkin)
        reason = (try? c.decode(CheckinProposal.Reason.self, forKey: .reason)) ?? .usual
        formal = try c.decode(Day.self, forKey: .formal)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(baseline, forKey: .baseline)
        try c.encode(started, forKey: .started)
        if !absent.isEmpty { try c.encode(absent, forKey: .absent) }
        try c.encode(checkin, forKey: .checkin)
        try c.encode(reason, forKey: .reason)
        try c.encode(formal, forKey: .formal)
    }
}

extension CheckinProposal.Reason: Codable {}

extension FollowUpMinutes {
    /// The minutes of the follow-up that ended with `checkpoint`, read from the session.
    public struct Summary: Sendable {
        public var checkpoint: Checkpoint
        public var minutes: FollowUpMinutes
        /// Since the baseline (or, for a first follow-up, from an empty session).
        public var changes: SessionDiff
        /// What the meeting settled: actions done or re-dated, new actions, risks
        /// re-rated or closed, the phase declared, gate verdicts, notes written.
        public var decided: SessionDiff
        /// Open actions due by the next check-in, the earliest first.
        public var due: [Action]
    }

    /// The summary of the follow-up that ended with `checkpoint`, if it was one.
    public static func summary(of checkpoint: Checkpoint, in session: Session) -> Summary? {
        guard let minutes = checkpoint.minutes else { return nil }
        let baseline = minutes.baseline.flatMap { session.checkpoints.withID($0) }
        let before =
            baseline ?? Checkpoint(id: "", label: "", date: minutes.started, state: SessionState(), notes: 0)
        let changes = SessionDiff(from: before, to: checkpoint, in: session)
        var decided = changes
        decided.context = []
        decided.expectations = changes.expectations.filter {
            if case .kept = $0 { return true }
            return false
        }
        decided.map = []
        decided.stages = changes.stages.filter {
            if case .gate = $0 { return true }
            return false
        }
        decided.agreement = changes.agreement
        decided.risks = changes.risks.filter {
            switch $0 {
            case .added, .rescored, .status: return true
            case .removed, .reworded, .zone, .mitigation, .owner, .scan, .visibility: return false
            }
        }
        decided.health = []
        decided.phase = changes.phase.flatMap { shift in
            let logged = shift.logged.filter { $0.date >= minutes.started }
            let voices = shift.voices.filter { $0.date >= minutes.started }
            return logged.isEmpty && voices.isEmpty
                ? nil : PhaseShift(from: shift.from, to: shift.to, logged: logged, voices: voices)
        }
        decided.actions = changes.actions.filter {
            if case .overdue = $0 { return false }
            return true
        }
        decided.notes = changes.notes.filter { Day($0.date) >= minutes.started }
        let due = checkpoint.state.actions.filter { action in
            guard action.done == nil, let day = action.due else { return false }
            return day <= minutes.checkin
        }.sorted { ($0.due ?? Day.last) < ($1.due ?? Day.last) }
        return Summary(checkpoint: checkpoint, minutes: minutes, changes: changes, decided: decided, due: due)
    }
}
