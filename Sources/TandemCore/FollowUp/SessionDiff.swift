/// What moved between two states of a session, module by module. Pure: the
/// shell words the changes. Added items come first (in today's order), then
/// removed ones (in the checkpoint's order), then changes to the others.
public struct SessionDiff: Equatable, Sendable {
    public var context: [ContextChange]
    public var expectations: [ExpectationChange]
    public var map: [MapChange]
    public var stages: [StageChange]
    public var risks: [RiskChange]
    public var health: [HealthShift]
    public var phase: PhaseShift?
    public var actions: [ActionChange]

    /// Compares `before` (a checkpoint taken on `since`) with `after` on `today`;
    /// `today` only tells which actions have fallen overdue in between.
    public init(from before: SessionSnapshot, to after: SessionSnapshot, since: Day, today: Day) {
        context = Self.context(before, after)
        expectations = Self.expectations(before.expectations, after.expectations) + Self.goals(before, after)
        map = Self.map(before, after)
        stages = Self.stages(before.stages, after.stages)
        risks = Self.risks(before, after)
        health = Self.health(before, after)
        phase = Self.phase(before.phases, after.phases)
        actions = Self.actions(before.actions, after.actions, since: since, today: today)
    }

    /// What changed since `checkpoint` in `session` as it is on `today`.
    public init(since checkpoint: Checkpoint, in session: Session, today: Day) {
        self.init(from: checkpoint.state, to: SessionSnapshot(session), since: checkpoint.date, today: today)
    }

    /// How many changes there are (a partner's health ratings count one each; the phase one).
    public var count: Int {
        context.count + expectations.count + map.count + stages.count + risks.count + health.count
            + (phase == nil ? 0 : 1) + actions.count
    }

    public var isEmpty: Bool {
        context.isEmpty && expectations.isEmpty && map.isEmpty && stages.isEmpty && risks.isEmpty && health.isEmpty
            && phase == nil && actions.isEmpty
    }

    /// Items matched by id: new ones (today's order), gone ones (the old
    /// order), and the pairs found on both sides (today's order).
    static func match<T: Identifiable>(_ before: [T], _ after: [T]) -> (added: [T], removed: [T], both: [(T, T)])
    where T.ID == String {
        var old: [String: T] = [:]
        for item in before { old[item.id] = item }
        let now = Set(after.map(\.id))
        return (
            after.filter { old[$0.id] == nil }, before.filter { !now.contains($0.id) },
            after.compactMap { item in old[item.id].map { ($0, item) } }
        )
    }

    /// Elements of `after` not in `before`, and of `before` not in `after`, each side in its order.
    static func listDiff<T: Equatable>(_ before: [T], _ after: [T]) -> (added: [T], removed: [T]) {
        (after.filter { !before.contains($0) }, before.filter { !after.contains($0) })
    }

    static func context(_ before: SessionSnapshot, _ after: SessionSnapshot) -> [ContextChange] {
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

    static func expectations(_ before: [Expectation], _ after: [Expectation]) -> [ExpectationChange] {
        let matched = match(before, after)
        var changes: [ExpectationChange] = matched.added.map { .added($0) } + matched.removed.map { .removed($0) }
        for (old, new) in matched.both {
            let id = new.id
            if old.text != new.text { changes.append(.reworded(id: id, from: old.text, to: new.text)) }
            if old.kind != new.kind { changes.append(.kind(id: id, from: old.kind, to: new.kind)) }
            if old.measure != new.measure { changes.append(.measure(id: id, from: old.measure, to: new.measure)) }
            if old.due != new.due { changes.append(.due(id: id, from: old.due, to: new.due)) }
            if old.kept != new.kept { changes.append(.kept(id: id, from: old.kept, to: new.kept)) }
            let links = listDiff(old.answeredBy, new.answeredBy)
            if !links.added.isEmpty { changes.append(.linked(id: id, answers: links.added)) }
            if !links.removed.isEmpty { changes.append(.unlinked(id: id, answers: links.removed)) }
        }
        return changes
    }

    /// Personal goals of the partners present on both sides, in today's order.
    static func goals(_ before: SessionSnapshot, _ after: SessionSnapshot) -> [ExpectationChange] {
        match(before.partners, after.partners).both.compactMap { old, new in
            old.personalGoals == new.personalGoals
                ? nil : .goals(partner: new.id, from: old.personalGoals, to: new.personalGoals)
        }
    }

    /// Needs, then ratings (by today's partners and needs; ratings of removed
    /// partners or needs go without saying), then strengths and weaknesses.
    static func map(_ before: SessionSnapshot, _ after: SessionSnapshot) -> [MapChange] {
        let needs = match(before.needs, after.needs)
        var changes: [MapChange] = needs.added.map { .needAdded($0) } + needs.removed.map { .needRemoved($0) }
        for (old, new) in needs.both {
            if old.name != new.name { changes.append(.needRenamed(id: new.id, from: old.name, to: new.name)) }
            if old.critical != new.critical { changes.append(.critical(need: new.id, now: new.critical)) }
        }
        func scores(_ ratings: [Rating]) -> [String: Int] {
            var map: [String: Int] = [:]
            for rating in ratings { map[rating.partner + "/" + rating.need] = rating.score }
            return map
        }
        let (old, new) = (scores(before.ratings), scores(after.ratings))
        for partner in after.partners {
            for need in after.needs {
                let key = partner.id + "/" + need.id
                if old[key] != new[key] {
                    changes.append(.rating(partner: partner.id, need: need.id, from: old[key], to: new[key]))
                }
            }
        }
        let traits = listDiff(before.traits, after.traits)
        changes += traits.added.map { .traitAdded($0) } + traits.removed.map { .traitRemoved($0) }
        return changes
    }
}
