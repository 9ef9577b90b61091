/// The guided questions skipped that still say something. The session keeps
/// every skip (avoidance is a signal, and the record is history), but a skip
/// whose subject is gone (a risk removed, a partner who left) or whose answer
/// was given since (goals written later, a date set by command) is no longer
/// a gap: views and documents leave it out.
public enum SkippedQuestions {
    /// Skips still open, with the day of each, in the natural order of their ids.
    public static func open(in session: Session) -> [(id: String, day: Day)] {
        session.guide.skipped.filter { isOpen($0.key, skippedOn: $0.value, in: session) }
            .sorted { RiskAnalysis.naturalOrder($0.key, $1.key) }
            .map { (id: $0.key, day: $0.value) }
    }

    /// Whether a question skipped on `day` is still unanswered and about something that exists.
    /// An id of a shape not known here stays open: better said than lost.
    public static func isOpen(_ id: String, skippedOn day: Day, in session: Session) -> Bool {
        let parts = id.split(separator: ".").map(String.init)
        guard let module = parts.first else { return false }
        let rest = Array(parts.dropFirst())
        switch module {
        case "context": return contextOpen(rest, session)
        case "expectations": return expectationsOpen(rest, session)
        case "map": return mapOpen(rest, session)
        case "stages": return stagesOpen(rest, session)
        case "gate": return rest.first.map { stage in session.stages.contains { $0.id == stage } } ?? false
        case "risks": return risksOpen(rest, session)
        case "health":
            guard rest.count == 2, let ingredient = Ingredient(rawValue: rest[1]) else { return true }
            return hasPartner(rest[0], session) && session.latestHealth()[rest[0]]?[ingredient] == nil
        case "phase": return rest == ["note"] ? session.currentPhase?.note.isEmpty ?? false : session.phases.isEmpty
        case "followup": return followUpOpen(Array(rest.dropFirst()), day, session)
        default: return true
        }
    }

    static func hasPartner(_ id: String, _ session: Session) -> Bool {
        session.partners.contains { $0.id == id }
    }

    static func contextOpen(_ rest: [String], _ session: Session) -> Bool {
        let context = session.context
        switch rest.first {
        case "purpose": return context.purpose.isEmpty
        case "vision": return context.vision.isEmpty
        case "type": return context.type == nil
        case "level": return context.level == nil
        case "relationship": return context.relationship == nil
        case "partners": return session.partners.isEmpty
        case "represents":
            guard rest.count == 2 else { return true }
            return session.partners.first { $0.id == rest[1] }?.represents.isEmpty ?? false
        default: return true
        }
    }

    /// `p1.interest`, `p1.goals` (a partner's), `e4.terms`, `e2.link` (an item's).
    static func expectationsOpen(_ rest: [String], _ session: Session) -> Bool {
        guard rest.count == 2 else { return true }
        if let kind = ExpectationKind(rawValue: rest[1]) {
            return hasPartner(rest[0], session) && session.expectations(of: rest[0], kind).isEmpty
        }
        if rest[1] == "goals" { return session.partners.first { $0.id == rest[0] }?.personalGoals.isEmpty ?? false }
        guard let item = session.expectations.first(where: { $0.id == rest[0] }), hasPartner(item.partner, session)
        else { return false }
        switch rest[1] {
        case "terms": return item.due == nil && item.measure.isEmpty
        case "link": return item.answeredBy.isEmpty
        default: return true
        }
    }

    /// `needs`, `rate.n1.p1`, `strength.p1`, `weakness.p1`.
    static func mapOpen(_ rest: [String], _ session: Session) -> Bool {
        switch rest.first {
        case "needs": return session.needs.isEmpty
        case "rate" where rest.count == 3:
            return session.needs.contains { $0.id == rest[1] } && hasPartner(rest[2], session)
                && session.rating(partner: rest[2], need: rest[1]) == nil
        case "strength" where rest.count == 2, "weakness" where rest.count == 2:
            let kind: Trait.Kind = rest[0] == "strength" ? .strength : .weakness
            return hasPartner(rest[1], session) && !session.traits.contains { $0.partner == rest[1] && $0.kind == kind }
        default: return true
        }
    }

    /// `names`, then `s1.entry`, `s1.exit`, `s1.review`, `s1.deliverables`, `s1.commit.p1`.
    static func stagesOpen(_ rest: [String], _ session: Session) -> Bool {
        if rest == ["names"] { return session.stages.isEmpty }
        guard rest.count >= 2 else { return true }
        guard let stage = session.stages.first(where: { $0.id == rest[0] }) else { return false }
        switch rest[1] {
        case "entry": return stage.entry.isEmpty
        case "exit": return stage.exits.isEmpty
        case "review": return stage.review == nil
        case "deliverables": return stage.deliverables.isEmpty
        case "commit" where rest.count == 3:
            return hasPartner(rest[2], session) && !stage.commitments.contains { $0.partner == rest[2] }
        default: return true
        }
    }

    /// `zone.defection`, `scan.unclear-roles`, `scan.unclear-roles.risk`, `r3.rate|owner|mitigation`.
    static func risksOpen(_ rest: [String], _ session: Session) -> Bool {
        guard rest.count >= 2 else { return true }
        switch rest[0] {
        case "zone":
            guard let zone = RiskZone(rawValue: rest[1]) else { return true }
            return !session.risks.contains { $0.zone == zone }
        case "scan":
            guard let reason = FailureReason(rawValue: rest[1]) else { return true }
            if rest.count == 3 { return !session.risks.contains { $0.reason == reason } }
            return session.failureScan[reason.rawValue] == nil
        default:
            guard let risk = session.risks.first(where: { $0.id == rest[0] }), risk.status != .closed else {
                return false
            }
            switch rest[1] {
            case "rate": return risk.score == nil
            case "owner": return risk.owner.isEmpty
            case "mitigation": return risk.mitigation.isEmpty && risk.status != .mitigated
            default: return true
            }
        }
    }

    /// A follow-up's own questions (the checkpoint id dropped): `action.a1`,
    /// `phase`, `phase.note`, `risk.r1`, `health.p1.trust`; answered since when
    /// something was recorded on or after the day of the skip.
    static func followUpOpen(_ rest: [String], _ day: Day, _ session: Session) -> Bool {
        switch rest.first {
        case "action" where rest.count == 2:
            return session.actions.first { $0.id == rest[1] }.map { $0.done == nil } ?? false
        case "phase" where rest.count == 1:
            return !session.phases.contains { $0.date >= day }
        case "phase" where rest.count == 2:
            return session.currentPhase?.note.isEmpty ?? false
        case "risk" where rest.count == 2:
            return session.risks.contains { $0.id == rest[1] && ($0.status == .open || $0.status == .watching) }
        case "health" where rest.count == 3:
            guard let ingredient = Ingredient(rawValue: rest[2]), hasPartner(rest[1], session) else { return false }
            return !session.health.contains { $0.partner == rest[1] && $0.ingredient == ingredient && $0.date >= day }
        default:
            return true
        }
    }
}
