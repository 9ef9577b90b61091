/// Likelihood and impact of a risk, each 1–5.
public struct RiskScore: Equatable, Sendable {
    public var likelihood: Int
    public var impact: Int
    public var value: Int { likelihood * impact }
    public var band: RiskBand { RiskBand(score: value) }

    public init(likelihood: Int, impact: Int) {
        self.likelihood = likelihood
        self.impact = impact
    }

    public init?(_ risk: Risk) {
        guard let likelihood = risk.likelihood, let impact = risk.impact else { return nil }
        self.init(likelihood: likelihood, impact: impact)
    }
}

public enum RiskChange: Equatable, Sendable {
    case added(Risk)
    case removed(Risk)
    /// Re-rated; nil when unrated on that side.
    case rescored(id: String, from: RiskScore?, to: RiskScore?)
    case status(id: String, from: RiskStatus, to: RiskStatus)
    case reworded(id: String, from: String, to: String)
    case zone(id: String, from: RiskZone, to: RiskZone)
    case mitigation(id: String, from: String, to: String)
    case owner(id: String, from: String, to: String)
    /// An answer of the quick scan of the ten reasons of failure.
    case scan(FailureReason, from: ScanAnswer?, to: ScanAnswer?)
    /// Made private or shared (`private ID`, `share ID`).
    case visibility(id: String, from: Visibility, to: Visibility)
}

extension SessionDiff {
    static func risks(_ before: SessionState, _ after: SessionState) -> [RiskChange] {
        let matched = match(before.risks, after.risks)
        var changes: [RiskChange] = matched.added.map { .added($0) } + matched.removed.map { .removed($0) }
        for (old, new) in matched.both {
            let id = new.id
            let (was, now) = (RiskScore(old), RiskScore(new))
            if was != now { changes.append(.rescored(id: id, from: was, to: now)) }
            if old.status != new.status { changes.append(.status(id: id, from: old.status, to: new.status)) }
            if old.text != new.text { changes.append(.reworded(id: id, from: old.text, to: new.text)) }
            if old.shownTo != new.shownTo { changes.append(.visibility(id: id, from: old.shownTo, to: new.shownTo)) }
            if old.zone != new.zone { changes.append(.zone(id: id, from: old.zone, to: new.zone)) }
            if old.mitigation != new.mitigation {
                changes.append(.mitigation(id: id, from: old.mitigation, to: new.mitigation))
            }
            if old.owner != new.owner { changes.append(.owner(id: id, from: old.owner, to: new.owner)) }
        }
        for reason in FailureReason.allCases {
            let (was, now) = (before.failureScan[reason.rawValue], after.failureScan[reason.rawValue])
            if was != now { changes.append(.scan(reason, from: was, to: now)) }
        }
        return changes
    }
}
