/// The follow-up cadence of a session: an informal check-in about every two
/// months, a formal review every six to twelve. Both dates are editable;
/// `followup` moves the check-in on.
public struct ReviewPlan: Codable, Equatable, Sendable {
    public static let checkinMonths = 2
    public static let formalMonths = 6

    public var checkin: Day
    public var formal: Day
    /// The follow-up under way, so one stopped half-way resumes where it was.
    public var underway: FollowUpDraft?

    /// The default plan of a session started on `start`.
    public init(start: Day) {
        checkin = start.adding(months: Self.checkinMonths)
        formal = start.adding(months: Self.formalMonths)
        underway = nil
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        checkin = try c.decode(Day.self, forKey: .checkin)
        formal = try c.decode(Day.self, forKey: .formal)
        underway = try c.decodeIfPresent(FollowUpDraft.self, forKey: .underway)
    }

    /// Both reviews, the earlier first (the check-in when on the same day).
    public func upcoming(today: Day) -> [ReviewReminder] {
        let both = [
            ReviewReminder(kind: .checkin, date: checkin, today: today),
            ReviewReminder(kind: .formal, date: formal, today: today),
        ]
        return both.sorted { $0.date < $1.date || ($0.date == $1.date && $0.kind == .checkin) }
    }

    /// The reviews overdue or due within `ReviewReminder.window` days, the earlier first.
    public func reminders(today: Day) -> [ReviewReminder] {
        upcoming(today: today).filter(\.isDue)
    }
}

public enum ReviewKind: String, Sendable, CaseIterable {
    /// The informal check-in, about every two months.
    case checkin
    /// The formal review, every six to twelve months.
    case formal
}

/// One review date seen from today.
public struct ReviewReminder: Equatable, Sendable {
    /// A review this close is said to be due.
    public static let window = 14

    public var kind: ReviewKind
    public var date: Day
    /// Days from today to the date: negative when it has passed, 0 today.
    public var days: Int

    public init(kind: ReviewKind, date: Day, today: Day) {
        self.kind = kind
        self.date = date
        days = date.ordinal - today.ordinal
    }

    public var isOverdue: Bool { days < 0 }
    public var isDue: Bool { days <= Self.window }
}

/// The agenda of a follow-up, fixed when it starts so that answering (an
/// action done, a risk re-rated lower) never shifts the questions still to come.
public struct FollowUpDraft: Codable, Equatable, Sendable {
    /// The id of the checkpoint the follow-up ends with; its questions are prefixed with it.
    public var checkpoint: String
    public var started: Day
    /// Open actions due soon or late when it started, in the order they are asked.
    public var actions: [String]
    /// The highest-scored open risks when it started.
    public var risks: [String]
    /// The phase declared when it started, so the note is asked only of a phase declared during it.
    public var phase: Phase?
    /// Partners said absent for the health check: their questions are not asked.
    public var absent: [String]
    /// Reasons of failure answered in the scan before the last checkpoint (or
    /// on a day not known): asked again, their old answer offered.
    public var scan: [FailureReason]

    public init(
        checkpoint: String, started: Day, actions: [String], risks: [String], phase: Phase? = nil,
        absent: [String] = [], scan: [FailureReason] = []
    ) {
        self.checkpoint = checkpoint
        self.started = started
        self.actions = actions
        self.risks = risks
        self.phase = phase
        self.absent = absent
        self.scan = scan
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        checkpoint = try c.decode(String.self, forKey: .checkpoint)
        started = try c.decode(Day.self, forKey: .started)
        actions = try c.value(.actions, or: [])
        risks = try c.value(.risks, or: [])
        phase = try c.decodeIfPresent(Phase.self, forKey: .phase)
        absent = try c.value(.absent, or: [])
        scan = try c.value(.scan, or: [])
    }

    /// The prefix of this follow-up's question ids: `followup.c3.`.
    public var prefix: String { "followup.\(checkpoint)." }
}
