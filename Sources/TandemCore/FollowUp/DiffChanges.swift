/// Which way a number moved between a checkpoint and now, drawn ↑ ↓ →.
public enum Trend: Equatable, Sendable {
    case up, down, same

    public init(from: Int, to: Int) {
        self = to > from ? .up : to < from ? .down : .same
    }
}

/// A change in the context or among the partners.
public enum ContextChange: Equatable, Sendable {
    case purpose(from: String, to: String)
    case vision(from: String, to: String)
    case type(from: PartnershipType?, to: PartnershipType?)
    case level(from: PartnershipLevel?, to: PartnershipLevel?)
    case relationship(from: Relationship?, to: Relationship?)
    case partnerAdded(Partner)
    case partnerRemoved(Partner)
    case partnerRenamed(id: String, from: String, to: String)
    case partnerRole(id: String, from: String, to: String)
    /// Whom the partner speaks for (a company, a collective, themselves).
    case partnerRepresents(id: String, from: String, to: String)
}

public enum ExpectationChange: Equatable, Sendable {
    case added(Expectation)
    case removed(Expectation)
    case reworded(id: String, from: String, to: String)
    case kind(id: String, from: ExpectationKind, to: ExpectationKind)
    case measure(id: String, from: String, to: String)
    case due(id: String, from: Day?, to: Day?)
    /// A commitment marked kept (or unmarked).
    case kept(id: String, from: Day?, to: Day?)
    /// Contributions or commitments that now answer the expectation.
    case linked(id: String, answers: [String])
    /// Links that no longer hold.
    case unlinked(id: String, answers: [String])
    /// A partner's personal goals written, rewritten or cleared. The texts are
    /// kept for the record; the shell says only that they moved, as they are
    /// the coach's to share.
    case goals(partner: String, from: String, to: String)
}

/// A change in the complementarity map: needs, coverage ratings, strengths and weaknesses.
public enum MapChange: Equatable, Sendable {
    case needAdded(Need)
    case needRemoved(Need)
    case needRenamed(id: String, from: String, to: String)
    case critical(need: String, now: Bool)
    /// A partner's 0–3 coverage of a need; nil when not rated on that side.
    case rating(partner: String, need: String, from: Int?, to: Int?)
    case traitAdded(Trait)
    case traitRemoved(Trait)
}

public enum StageChange: Equatable, Sendable {
    case added(Stage)
    case removed(Stage)
    case renamed(id: String, from: String, to: String)
    case entryAdded(stage: String, Condition)
    case entryRemoved(stage: String, Condition)
    /// The same condition with another measure or date.
    case entryChanged(stage: String, from: Condition, to: Condition)
    case exitAdded(stage: String, String)
    case exitRemoved(stage: String, String)
    case commitmentAdded(stage: String, StageCommitment)
    case commitmentRemoved(stage: String, StageCommitment)
    case deliverableAdded(stage: String, String)
    case deliverableRemoved(stage: String, String)
    case review(stage: String, from: Day?, to: Day?)
    /// A gate held since the checkpoint, with the verdict of the gate before it.
    case gate(stage: String, GateRecord, previous: GateVerdict?)
}

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
}

/// A partner's latest rating of an ingredient, at the checkpoint and now.
public struct HealthShift: Equatable, Sendable {
    public var partner: String
    public var ingredient: Ingredient
    public var from: Int?
    public var to: Int?

    public init(partner: String, ingredient: Ingredient, from: Int?, to: Int?) {
        self.partner = partner
        self.ingredient = ingredient
        self.from = from
        self.to = to
    }
}

/// The declared phase at the checkpoint and now, with what was declared between.
public struct PhaseShift: Equatable, Sendable {
    public var from: PhaseEntry?
    public var to: PhaseEntry?
    /// Declarations made (or corrected) since the checkpoint, oldest first.
    public var logged: [PhaseEntry]
}

public enum ActionChange: Equatable, Sendable {
    case added(Action)
    case removed(Action)
    case done(Action)
    case reopened(Action)
    case reworded(id: String, from: String, to: String)
    case due(id: String, from: Day?, to: Day?)
    case owner(id: String, from: String, to: String)
    /// Still open, and its due date has passed since the checkpoint.
    case overdue(Action)
}
