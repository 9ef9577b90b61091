/// When the next check-in should be, from how the partnership stands: two
/// weeks in a crisis, a month when the formal review is late, a risk is high
/// or critical or a partner rates an ingredient 2 or less, else the usual two
/// months. `followup` proposes it when it ends; `review checkin` changes it.
public struct CheckinProposal: Equatable, Sendable {
    public enum Reason: String, Sendable, CaseIterable {
        case crisis, formalLate = "formal-late", risk, health, usual
    }

    public var date: Day
    public var reason: Reason

    public init(date: Day, reason: Reason) {
        self.date = date
        self.reason = reason
    }

    /// The proposal for `session` on `today` (the reasons in order of weight).
    public init(for session: Session, today: Day) {
        let reason = Self.reason(session, today)
        switch reason {
        case .crisis: date = today.adding(days: 14)
        case .formalLate, .risk, .health: date = today.adding(months: 1)
        case .usual: date = today.adding(months: ReviewPlan.checkinMonths)
        }
        self.reason = reason
    }

    static func reason(_ session: Session, _ today: Day) -> Reason {
        if session.currentPhase?.phase == .crisis { return .crisis }
        if session.reviews.formal < today { return .formalLate }
        let live: Set<RiskStatus> = [.open, .watching]
        if session.risks.contains(where: { live.contains($0.status) && ($0.band ?? .low) >= .high }) { return .risk }
        let low = session.latestHealth().values.contains { $0.values.contains { $0.score <= SessionDiff.lowHealth } }
        if low { return .health }
        return .usual
    }
}
