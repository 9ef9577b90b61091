/// The one "is this settled?" rule of the guided questions, by what the
/// session holds: used by the flows (not asked again), the skipped-question
/// findings (a skip answered since, or about something gone, is no gap) and
/// the avoidance signals.
extension QuestionID {
    /// Whether the thing asked about still exists (a partner, a risk …).
    public func subjectExists(in session: Session) -> Bool {
        func partner(_ id: String) -> Bool { session.partners.hasID(id) }
        switch self {
        case .context, .needs, .tensions, .stageNames, .agreement, .zone, .scan, .scanRisk, .phase, .other,
            .anythingNew:
            return true
        case .phaseNote: return session.currentPhase != nil
        case .represents(let p), .declared(let p, _), .goals(let p), .trait(_, let p), .health(let p, _),
            .phaseVoice(let p):
            return partner(p)
        case .terms(let e), .link(let e), .safeguard(let e), .effort(let e):
            guard let item = session.expectations.withID(e) else { return false }
            return partner(item.partner)
        case .rate(let n, let p): return session.needs.hasID(n) && partner(p)
        case .stage(let s, _), .gate(let s, _): return session.stages.hasID(s)
        case .commit(let s, let p): return session.stages.hasID(s) && partner(p)
        case .risk(let r, _): return session.risks.withID(r).map { $0.status != .closed } ?? false
        case .followUp(_, let inner): return inner.subjectExists(in: session)
        case .followUpAction(let a): return session.actions.hasID(a)
        }
    }

    /// Whether the session already holds an answer (typed by a direct command,
    /// or given since a skip on `since`, for a follow-up's questions).
    public func isAnswered(in session: Session, since day: Day? = nil) -> Bool {
        let context = session.context
        switch self {
        case .context(let topic):
            switch topic {
            case .purpose: return !context.purpose.isEmpty
            case .vision: return !context.vision.isEmpty
            case .type: return context.type != nil
            case .level: return context.level != nil
            case .relationship: return context.relationship != nil
            case .partners: return session.partners.count >= 2  // a partnership needs two
            }
        case .represents(let p): return !(session.partners.withID(p)?.represents.isEmpty ?? true)
        case .declared(let p, let kind): return !session.items(of: p, kind).isEmpty
        case .goals(let p): return !(session.partners.withID(p)?.personalGoals.isEmpty ?? true)
        case .terms(let e):
            guard let item = session.expectations.withID(e) else { return false }
            return item.due != nil || !item.measure.isEmpty
        case .effort(let e): return session.expectations.withID(e)?.effort != nil
        case .link(let e): return !(session.expectations.withID(e)?.answeredBy.isEmpty ?? true)
        case .tensions: return !session.tensions.isEmpty
        case .safeguard(let e): return !(session.expectations.withID(e)?.safeguards?.isEmpty ?? true)
        case .needs: return !session.needs.isEmpty
        case .rate(let n, let p): return session.rating(partner: p, need: n) != nil
        case .trait(let kind, let p): return session.partnerTraits(p).contains { $0.kind == kind }
        case .stageNames: return !session.stages.isEmpty
        case .stage(let s, let part):
            guard let stage = session.stages.withID(s) else { return false }
            switch part {
            case .entry: return !stage.entry.isEmpty
            case .exit: return !stage.exits.isEmpty
            case .review: return stage.review != nil
            case .deliverables: return !stage.deliverables.isEmpty
            }
        case .commit(let s, let p):
            return session.stages.withID(s)?.commitments.contains { $0.partner == p } ?? false
        case .gate: return false
        case .agreement(let topic): return session.rules.contains { $0.topic == topic }
        case .zone(let zone): return session.risks.contains { $0.zone == zone }
        case .scan(let reason): return session.failureScan[reason.rawValue] != nil
        case .scanRisk(let reason): return session.risks.contains { $0.reason == reason }
        case .risk(let r, let part):
            guard let risk = session.risks.withID(r) else { return false }
            switch part {
            case .rate: return risk.score != nil
            case .owner: return !risk.owner.isEmpty
            case .mitigation: return !risk.mitigation.isEmpty || risk.status == .mitigated
            }
        case .health(let p, let ingredient):
            return session.healthRatings(of: p).contains { $0.ingredient == ingredient }
        case .phase: return !session.phases.isEmpty
        case .phaseVoice(let p): return session.phaseVoices.contains { $0.partner == p }
        case .phaseNote: return !(session.currentPhase?.note.isEmpty ?? true)
        case .followUp(_, let inner):
            // Asked at each follow-up: in the meeting only a done action settles one ahead of its answer.
            guard let day else {
                if case .followUpAction(let a) = inner { return session.actions.withID(a)?.done != nil }
                return false
            }
            switch inner {
            case .followUpAction(let a): return session.actions.withID(a)?.done != nil
            case .phase: return session.phases.contains { $0.date >= day }
            case .phaseNote: return !(session.currentPhase?.note.isEmpty ?? true)
            case .phaseVoice(let p): return session.phaseVoices.contains { $0.partner == p && $0.date >= day }
            case .risk(let r, _):
                return !(session.risks.withID(r).map { $0.status == .open || $0.status == .watching } ?? false)
            case .scan(let reason): return session.scanDay(reason).map { $0 >= day } ?? false
            case .health(let p, let ingredient):
                if session.reviews.underway?.absent.contains(p) == true { return true }
                return session.healthRatings(of: p).contains { $0.ingredient == ingredient && $0.date >= day }
            case .anythingNew: return false
            default: return inner.isAnswered(in: session)
            }
        case .followUpAction(let a): return session.actions.withID(a)?.done != nil
        case .anythingNew: return false
        case .other: return false
        }
    }

    /// A skip that still says something: about something that exists, not answered since.
    public func isOpen(in session: Session, skippedOn day: Day) -> Bool {
        subjectExists(in: session) && !isAnswered(in: session, since: day)
    }

    /// The sensitive subject the question touches, for avoidance signals.
    public var avoidanceTopic: AvoidanceTopic? {
        switch self {
        case .zone(let zone):
            switch zone {
            case .defection: return .exits
            case .distance: return .distance
            case .value: return .money
            case .evaluation: return .evaluation
            case .other: return nil
            }
        case .scan(let reason), .scanRisk(let reason):
            switch reason {
            case .powerImbalance: return .money
            case .noEvaluation: return .evaluation
            case .noSharedVision, .unclearGoal, .unclearRoles, .differentValues, .notEnoughTime, .hiddenAgendas,
                .poorCommunication, .noLearning:
                return nil
            }
        case .stage(_, let part):
            switch part {
            case .exit: return .exits
            case .entry, .review: return .evaluation
            case .deliverables: return nil
            }
        case .commit: return .money
        case .agreement(let topic):
            switch topic {
            case .money: return .money
            case .duration: return .exits
            case .decisions, .deadlock, .communication, .results, .confidentiality, .recognition: return nil
            }
        case .declared(_, let kind): return kind == .contribution || kind == .commitment ? .money : nil
        case .gate, .health: return .evaluation
        case .context(let topic): return topic == .relationship ? .distance : nil
        case .represents, .goals, .terms, .link, .tensions, .safeguard, .needs, .rate, .trait, .stageNames, .risk,
            .phase, .phaseVoice, .phaseNote, .effort,
            .followUp,
            .followUpAction, .anythingNew:
            return nil
        case .other(let raw): return AvoidanceTopic.byWords(raw)
        }
    }
}
