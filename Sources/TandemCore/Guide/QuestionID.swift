/// A guided question, typed: what it asks about, named by the ids of the
/// items it concerns. The session stores it as a dotted string (`raw`), read
/// back here once (`init(_:)`), so the flows, the skipped-question findings,
/// their wording and the avoidance signals all work on the same value.
public indirect enum QuestionID: Hashable, Sendable {
    public enum ContextTopic: String, Sendable, CaseIterable {
        case purpose, vision, type, level, relationship, partners
    }
    public enum StagePart: String, Sendable, CaseIterable { case entry, exit, review, deliverables }
    public enum RiskPart: String, Sendable, CaseIterable { case rate, owner, mitigation }

    case context(ContextTopic)
    case represents(partner: String)
    case declared(partner: String, ExpectationKind)
    case goals(partner: String)
    case terms(expectation: String)
    /// The hours a week a commitment takes, asked after its date and measure.
    case effort(expectation: String)
    case link(expectation: String)
    /// Which expectations pull against each other (asked once the exchange is listed).
    case tensions
    /// What answers one concern: a risk mitigation, a rule or a commitment.
    case safeguard(expectation: String)
    case needs
    case rate(need: String, partner: String)
    case trait(Trait.Kind, partner: String)
    case stageNames
    case stage(String, StagePart)
    case commit(stage: String, partner: String)
    /// One pass of a gate: `gate.s2.1.` then its own questions (conditions, verdict, note).
    case gate(stage: String, rest: [String])
    /// The rules of the working agreement on one topic.
    case agreement(RuleTopic)
    case zone(RiskZone)
    case scan(FailureReason)
    /// The risk a "yes" in the scan calls for.
    case scanRisk(FailureReason)
    case risk(String, RiskPart)
    case health(partner: String, Ingredient)
    case phase
    /// One partner's view of the phase, asked by name.
    case phaseVoice(partner: String)
    case phaseNote
    /// A question of the follow-up that will be kept as `checkpoint`.
    case followUp(checkpoint: String, QuestionID)
    case followUpAction(String)
    /// "Anything new?" at a follow-up: actions, risks, notes, one per answer.
    case anythingNew
    /// A shape this build does not know (a newer file): kept and shown as it is.
    case other(String)

    // swiftlint:disable:next cyclomatic_complexity
    public init(_ raw: String) {
        let p = raw.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        func ingredient(_ s: String) -> Ingredient? { Ingredient(rawValue: s) }
        switch (p.first ?? "", p.count) {
        case ("context", 2) where ContextTopic(rawValue: p[1]) != nil:
            self = .context(ContextTopic(rawValue: p[1]) ?? .purpose)
        case ("context", 3) where p[1] == "represents": self = .represents(partner: p[2])
        case ("expectations", 3):
            if let kind = ExpectationKind(rawValue: p[2]) {
                self = .declared(partner: p[1], kind)
            } else if p[2] == "goals" {
                self = .goals(partner: p[1])
            } else if p[2] == "terms" {
                self = .terms(expectation: p[1])
            } else if p[2] == "effort" {
                self = .effort(expectation: p[1])
            } else if p[2] == "link" {
                self = .link(expectation: p[1])
            } else if p[2] == "safeguard" {
                self = .safeguard(expectation: p[1])
            } else {
                self = .other(raw)
            }
        case ("expectations", 2) where p[1] == "tensions": self = .tensions
        case ("map", 2) where p[1] == "needs": self = .needs
        case ("map", 4) where p[1] == "rate": self = .rate(need: p[2], partner: p[3])
        case ("map", 3) where p[1] == "strength": self = .trait(.strength, partner: p[2])
        case ("map", 3) where p[1] == "weakness": self = .trait(.weakness, partner: p[2])
        case ("stages", 2) where p[1] == "names": self = .stageNames
        case ("stages", 3) where StagePart(rawValue: p[2]) != nil:
            self = .stage(p[1], StagePart(rawValue: p[2]) ?? .entry)
        case ("stages", 4) where p[2] == "commit": self = .commit(stage: p[1], partner: p[3])
        case ("gate", 2...): self = .gate(stage: p[1], rest: Array(p.dropFirst(2)))
        case ("agreement", 2) where RuleTopic(rawValue: p[1]) != nil:
            self = .agreement(RuleTopic(rawValue: p[1]) ?? .decisions)
        case ("risks", 3) where p[1] == "zone" && RiskZone(rawValue: p[2]) != nil:
            self = .zone(RiskZone(rawValue: p[2]) ?? .other)
        case ("risks", 3) where p[1] == "scan" && FailureReason(rawValue: p[2]) != nil:
            self = .scan(FailureReason(rawValue: p[2]) ?? .noLearning)
        case ("risks", 4) where p[1] == "scan" && p[3] == "risk" && FailureReason(rawValue: p[2]) != nil:
            self = .scanRisk(FailureReason(rawValue: p[2]) ?? .noLearning)
        case ("risks", 3) where RiskPart(rawValue: p[2]) != nil: self = .risk(p[1], RiskPart(rawValue: p[2]) ?? .rate)
        case ("health", 3) where ingredient(p[2]) != nil: self = .health(partner: p[1], ingredient(p[2]) ?? .vision)
        case ("phase", 2) where p[1] == "current": self = .phase
        case ("phase", 2) where p[1] == "note": self = .phaseNote
        case ("phase", 3) where p[1] == "voice": self = .phaseVoice(partner: p[2])
        case ("followup", 3...):
            let inner = Array(p.dropFirst(2))
            switch (inner[0], inner.count) {
            case ("action", 2): self = .followUp(checkpoint: p[1], .followUpAction(inner[1]))
            case ("phase", 1): self = .followUp(checkpoint: p[1], .phase)
            case ("phase", 2) where inner[1] == "note": self = .followUp(checkpoint: p[1], .phaseNote)
            case ("phase", 3) where inner[1] == "voice":
                self = .followUp(checkpoint: p[1], .phaseVoice(partner: inner[2]))
            case ("risk", 2): self = .followUp(checkpoint: p[1], .risk(inner[1], .rate))
            case ("scan", 2) where FailureReason(rawValue: inner[1]) != nil:
                self = .followUp(checkpoint: p[1], .scan(FailureReason(rawValue: inner[1]) ?? .noLearning))
            case ("new", 1): self = .followUp(checkpoint: p[1], .anythingNew)
            case ("health", 3) where ingredient(inner[2]) != nil:
                self = .followUp(checkpoint: p[1], .health(partner: inner[1], ingredient(inner[2]) ?? .vision))
            default: self = .other(raw)
            }
        default: self = .other(raw)
        }
    }

    /// A question of pass `pass` of the gate of `stage`: `gate.s2.1.verdict`, `gate.s2.1.3` (the third condition).
    public static func gate(stage: String, pass: Int, _ part: String) -> QuestionID {
        .gate(stage: stage, rest: [String(pass), part])
    }

    /// The id as the session stores it.
    public var raw: String {
        switch self {
        case .context(let topic): return "context." + topic.rawValue
        case .represents(let p): return "context.represents." + p
        case .declared(let p, let kind): return "expectations.\(p).\(kind.rawValue)"
        case .goals(let p): return "expectations.\(p).goals"
        case .terms(let e): return "expectations.\(e).terms"
        case .effort(let e): return "expectations.\(e).effort"
        case .link(let e): return "expectations.\(e).link"
        case .tensions: return "expectations.tensions"
        case .safeguard(let e): return "expectations.\(e).safeguard"
        case .needs: return "map.needs"
        case .rate(let n, let p): return "map.rate.\(n).\(p)"
        case .trait(let kind, let p): return "map.\(kind == .strength ? "strength" : "weakness").\(p)"
        case .stageNames: return "stages.names"
        case .stage(let s, let part): return "stages.\(s).\(part.rawValue)"
        case .commit(let s, let p): return "stages.\(s).commit.\(p)"
        case .gate(let s, let rest): return (["gate", s] + rest).joined(separator: ".")
        case .agreement(let topic): return "agreement." + topic.rawValue
        case .zone(let zone): return "risks.zone." + zone.rawValue
        case .scan(let reason): return "risks.scan." + reason.rawValue
        case .scanRisk(let reason): return "risks.scan.\(reason.rawValue).risk"
        case .risk(let r, let part): return "risks.\(r).\(part.rawValue)"
        case .health(let p, let ingredient): return "health.\(p).\(ingredient.rawValue)"
        case .phase: return "phase.current"
        case .phaseNote: return "phase.note"
        case .phaseVoice(let p): return "phase.voice." + p
        case .followUp(let c, let inner):
            switch inner {
            case .followUpAction(let a): return "followup.\(c).action.\(a)"
            case .phase: return "followup.\(c).phase"
            case .phaseNote: return "followup.\(c).phase.note"
            case .phaseVoice(let partner): return "followup.\(c).phase.voice.\(partner)"
            case .risk(let r, _): return "followup.\(c).risk.\(r)"
            case .scan(let reason): return "followup.\(c).scan.\(reason.rawValue)"
            case .anythingNew: return "followup.\(c).new"
            case .health(let p, let ingredient): return "followup.\(c).health.\(p).\(ingredient.rawValue)"
            default: return "followup.\(c)." + inner.raw
            }
        case .followUpAction(let a): return "action." + a
        case .anythingNew: return "new"
        case .other(let raw): return raw
        }
    }
}
