/// Which changes of a diff need the partners' attention (marked "!"): a risk
/// entering high or critical, a move into crisis, a health score of 2 or
/// less, a commitment or action turned late, a gate that did not advance, a
/// tension raised or reopened. One rule, read by `diff`, `checkpoints` and
/// the minutes of a follow-up.
extension SessionDiff {
    /// A health score this low is worth a word at the meeting.
    public static let lowHealth = 2

    public static func needsAttention(_ change: RiskChange) -> Bool {
        switch change {
        case .added(let risk):
            return (RiskScore(risk)?.band ?? .low) >= .high
        case .rescored(_, let from, let to):
            guard let to, to.band >= .high else { return false }
            return from.map { to.band > $0.band } ?? true
        case .removed, .status, .reworded, .zone, .mitigation, .owner, .scan, .visibility:
            return false
        }
    }

    public static func needsAttention(_ shift: PhaseShift) -> Bool {
        shift.to?.phase == .crisis && shift.from?.phase != .crisis
    }

    public static func needsAttention(_ shift: HealthShift) -> Bool {
        guard let to = shift.to, to <= lowHealth else { return false }
        return shift.from.map { $0 > to } ?? true
    }

    public static func needsAttention(_ change: ExpectationChange) -> Bool {
        switch change {
        case .late, .tensionAdded: return true
        case .tensionSettled(_, let by): return by == nil
        case .added, .removed, .reworded, .kind, .measure, .due, .kept, .linked, .unlinked, .goals, .safeguards,
            .tensionRemoved, .visibility, .guess:
            return false
        }
    }

    public static func needsAttention(_ change: ActionChange) -> Bool {
        if case .overdue = change { return true }
        return false
    }

    public static func needsAttention(_ change: StageChange) -> Bool {
        guard case .gate(_, let record, _) = change else { return false }
        switch record.verdict {
        case .advance, .rescale: return false
        case .hold, .renegotiate, .end: return true
        }
    }

    /// How many changes need attention (a partner's health ratings count once, as `diff` shows them on a line).
    public var attentionCount: Int {
        let partners = Set(health.filter(Self.needsAttention).map(\.partner))
        return expectations.filter(Self.needsAttention).count + stages.filter(Self.needsAttention).count
            + risks.filter(Self.needsAttention).count + partners.count
            + (phase.map(Self.needsAttention) == true ? 1 : 0) + actions.filter(Self.needsAttention).count
    }
}
