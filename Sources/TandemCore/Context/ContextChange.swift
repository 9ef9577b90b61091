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

extension SessionDiff {
    static func context(_ before: SessionState, _ after: SessionState) -> [ContextChange] {
        var changes: [ContextChange] = []
        let (a, b) = (before.context, after.context)
        if a.purpose != b.purpose { changes.append(.purpose(from: a.purpose, to: b.purpose)) }
        if a.vision != b.vision { changes.append(.vision(from: a.vision, to: b.vision)) }
        if a.type != b.type { changes.append(.type(from: a.type, to: b.type)) }
        if a.level != b.level { changes.append(.level(from: a.level, to: b.level)) }
        if a.relationship != b.relationship { changes.append(.relationship(from: a.relationship, to: b.relationship)) }
        let partners = match(before.partners, after.partners)
        changes += partners.added.map { .partnerAdded($0) }
        changes += partners.removed.map { .partnerRemoved($0) }
        for (old, new) in partners.both {
            if old.name != new.name { changes.append(.partnerRenamed(id: new.id, from: old.name, to: new.name)) }
            if old.role != new.role { changes.append(.partnerRole(id: new.id, from: old.role, to: new.role)) }
            if old.represents != new.represents {
                changes.append(.partnerRepresents(id: new.id, from: old.represents, to: new.represents))
            }
        }
        return changes
    }
}
