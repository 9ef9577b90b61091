/// What moved between two states of a session, module by module. Pure: the
/// shell words the changes. Added items come first (in today's order), then
/// removed ones (in the checkpoint's order), then changes to the others.
public struct SessionDiff: Equatable, Sendable {
    public var context: [ContextChange]
    public var expectations: [ExpectationChange]
    public var map: [MapChange]
    public var stages: [StageChange]
    public var agreement: [RuleChange]
    public var risks: [RiskChange]
    public var health: [HealthShift]
    public var phase: PhaseShift?
    public var actions: [ActionChange]
    /// The notes written in between, oldest first.
    public var notes: [Note]

    /// Compares `before` (a checkpoint taken on `since`) with `after` on `today`;
    /// `today` only tells which actions and commitments have fallen late in between.
    public init(from before: SessionState, to after: SessionState, since: Day, today: Day, notes: [Note] = []) {
        context = Self.context(before, after)
        expectations =
            Self.expectations(before.expectations, after.expectations) + Self.goals(before, after)
            + Self.tensions(before.tensions, after.tensions)
            + Self.late(after.expectations, since: since, today: today)
        map = Self.map(before, after)
        stages = Self.stages(before.stages, after.stages)
        agreement = Self.rules(before.rules, after.rules)
        risks = Self.risks(before, after)
        health = Self.health(before, after)
        phase = Self.phase(before, after)
        actions = Self.actions(before.actions, after.actions, since: since, today: today)
        self.notes = notes
    }

    /// What changed since `checkpoint` in `session` as it is on `today`.
    public init(since checkpoint: Checkpoint, in session: Session, today: Day) {
        self.init(
            from: checkpoint.state, to: session.state.frozen, since: checkpoint.date, today: today,
            notes: session.notes(since: checkpoint))
    }

    /// What changed from checkpoint `first` to checkpoint `second` of `session`,
    /// as it stood on the day of `second`.
    public init(from first: Checkpoint, to second: Checkpoint, in session: Session) {
        self.init(
            from: first.state, to: second.state, since: first.date, today: second.date,
            notes: session.notes(since: first, until: second))
    }

    /// How many changes there are (a partner's health ratings count one each;
    /// the phase one; each note one).
    public var count: Int {
        Module.allCases.reduce(notes.count) { $0 + count(of: $1) }
    }

    public var isEmpty: Bool { count == 0 }

    /// How many changes one module has.
    public func count(of module: Module) -> Int {
        switch module {
        case .context: return context.count
        case .expectations: return expectations.count
        case .map: return map.count
        case .stages: return stages.count
        case .agreement: return agreement.count
        case .risks: return risks.count
        case .health: return health.count
        case .phase: return phase == nil ? 0 : 1
        case .actions: return actions.count
        }
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
}
