/// A checkpoint as the file keeps it (schema 2): not a full copy of the module
/// data but what differed from the state after it — the next checkpoint's, or
/// the session's own for the latest. A new checkpoint is then a few lines in
/// `git diff`, and an edit adds at most the item's older version once.
/// Empty fields mean "as in the later state".
struct StateDelta: Codable, Equatable, Sendable {
    var context: Context?
    var partners: ListDelta<Partner>?
    var expectations: ListDelta<Expectation>?
    var tensions: ListDelta<Tension>?
    var needs: ListDelta<Need>?
    var ratings: IndexDelta<Rating>?
    var peerRatings: IndexDelta<PeerRating>?
    var traits: IndexDelta<Trait>?
    var stages: ListDelta<Stage>?
    var rules: ListDelta<Rule>?
    var risks: ListDelta<Risk>?
    var failureScan: [String: ScanAnswer]?
    var failureScanDays: [String: Day]?
    var health: IndexDelta<HealthRating>?
    var phases: IndexDelta<PhaseEntry>?
    var phaseVoices: IndexDelta<PhaseVoice>?
    var actions: ListDelta<Action>?

    /// What `old` holds that `later` does not.
    init(from old: SessionState, later: SessionState) {
        context = old.context == later.context ? nil : old.context
        partners = ListDelta(old.partners, later.partners)
        expectations = ListDelta(old.expectations, later.expectations)
        tensions = ListDelta(old.tensions, later.tensions)
        needs = ListDelta(old.needs, later.needs)
        ratings = IndexDelta(old.ratings, later.ratings)
        peerRatings = IndexDelta(old.peerRatings, later.peerRatings)
        traits = IndexDelta(old.traits, later.traits)
        stages = ListDelta(old.stages, later.stages)
        rules = ListDelta(old.rules, later.rules)
        risks = ListDelta(old.risks, later.risks)
        failureScan = old.failureScan == later.failureScan ? nil : old.failureScan
        failureScanDays = old.failureScanDays == later.failureScanDays ? nil : old.failureScanDays
        health = IndexDelta(old.health, later.health)
        phases = IndexDelta(old.phases, later.phases)
        phaseVoices = IndexDelta(old.phaseVoices, later.phaseVoices)
        actions = ListDelta(old.actions, later.actions)
    }

    /// The older state, rebuilt from `later`; a delta that does not fit it (a hand edit) is a decoding error.
    func applied(to later: SessionState) throws -> SessionState {
        var old = later
        if let context { old.context = context }
        if let partners { old.partners = partners.applied(to: later.partners) }
        if let expectations { old.expectations = expectations.applied(to: later.expectations) }
        if let tensions { old.tensions = tensions.applied(to: later.tensions) }
        if let needs { old.needs = needs.applied(to: later.needs) }
        if let ratings { old.ratings = try ratings.applied(to: later.ratings) }
        if let peerRatings { old.peerRatings = try peerRatings.applied(to: later.peerRatings) }
        if let traits { old.traits = try traits.applied(to: later.traits) }
        if let stages { old.stages = stages.applied(to: later.stages) }
        if let rules { old.rules = rules.applied(to: later.rules) }
        if let risks { old.risks = risks.applied(to: later.risks) }
        if let failureScan { old.failureScan = failureScan }
        if let failureScanDays { old.failureScanDays = failureScanDays }
        if let health { old.health = try health.applied(to: later.health) }
        if let phases { old.phases = try phases.applied(to: later.phases) }
        if let phaseVoices { old.phaseVoices = try phaseVoices.applied(to: later.phaseVoices) }
        if let actions { old.actions = actions.applied(to: later.actions) }
        return old
    }
}

/// The older version of a list of items with ids: the items that differ or
/// are gone since (whole), the ids added since, and the order when it moved.
struct ListDelta<Item: Codable & Equatable & Sendable & Identifiable>: Codable, Equatable, Sendable
where Item.ID == String {
    /// Items of the older list that the later one changed or removed.
    var changed: [Item]?
    /// Ids of the later list that the older one did not have.
    var absent: [String]?
    /// The older list's ids in order, when the rest does not give it.
    var order: [String]?

    init?(_ old: [Item], _ later: [Item]) {
        if old == later { return nil }
        var laterByID: [String: Item] = [:]
        for item in later { laterByID[item.id] = item }
        let oldIDs = Set(old.map(\.id))
        let changed = old.filter { laterByID[$0.id] != $0 }
        let absent = later.map(\.id).filter { !oldIDs.contains($0) }
        self.changed = changed.isEmpty ? nil : changed
        self.absent = absent.isEmpty ? nil : absent
        order = nil
        if applied(to: later).map(\.id) != old.map(\.id) { order = old.map(\.id) }
    }

    func applied(to later: [Item]) -> [Item] {
        let gone = Set(absent ?? [])
        var replacement: [String: Item] = [:]
        for item in changed ?? [] { replacement[item.id] = item }
        var result: [Item] = []
        var placed = Set<String>()
        for item in later where !gone.contains(item.id) {
            result.append(replacement[item.id] ?? item)
            placed.insert(item.id)
        }
        for item in changed ?? [] where !placed.contains(item.id) {
            result.append(item)
            placed.insert(item.id)
        }
        guard let order else { return result }
        let rank = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return result.enumerated().sorted { a, b in
            (rank[a.element.id] ?? order.count + a.offset, a.offset) < (
                rank[b.element.id] ?? order.count + b.offset, b.offset
            )
        }.map(\.element)
    }
}

/// The older version of a list without ids (ratings, the health history,
/// the phases): its length, and the entries that differ from the later list's at the same place.
struct IndexDelta<Item: Codable & Equatable & Sendable>: Codable, Equatable, Sendable {
    var count: Int
    /// Entries by position ("0", "1", …) where the older list differs.
    var at: [String: Item]?

    init?(_ old: [Item], _ later: [Item]) {
        if old == later { return nil }
        count = old.count
        var differing: [String: Item] = [:]
        for (index, item) in old.enumerated() where index >= later.count || later[index] != item {
            differing[String(index)] = item
        }
        at = differing.isEmpty ? nil : differing
    }

    func applied(to later: [Item]) throws -> [Item] {
        guard count >= 0, count <= later.count + (at?.count ?? 0) else { throw DeltaMismatch() }
        return try (0..<count).map { index in
            if let item = at?[String(index)] { return item }
            guard index < later.count else { throw DeltaMismatch() }
            return later[index]
        }
    }
}

/// A checkpoint's changes that do not fit the state after it.
struct DeltaMismatch: Error, CustomStringConvertible {
    var description: String { "checkpoints: a checkpoint's changes do not match the state after it" }
}
