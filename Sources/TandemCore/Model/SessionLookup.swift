import Synchronization

/// Indexes over a session's module data, each built the first time it is asked
/// for and kept until the data changes (`Session.state`'s `didSet` hands the
/// session a fresh, empty lookup). A copy of a session shares its lookup until
/// one of the two changes, which is right: until then they hold the same data.
/// Keeps the views, the guide's progress and the reports linear in the items:
/// "the items of this partner" is a dictionary read, not a scan of every item.
public final class SessionLookup: Sendable {
    struct Indexes: Sendable {
        var partners: [String: Int]?
        var expectations: [String: Int]?
        var itemsByPartner: [String: [ExpectationKind: [Expectation]]]?
        var itemsByKind: [ExpectationKind: [Expectation]]?
        var ratings: [String: [String: Rating]]?
        var ratingsByPartner: [String: [Rating]]?
        var traitsByPartner: [String: [Trait]]?
        var healthByPartner: [String: [HealthRating]]?
        var openActionsByText: [String: Int]?
    }

    private let indexes = Mutex(Indexes())

    public init() {}

    /// The index at `field`, built by `build` (outside the lock) the first time.
    func cached<Value: Sendable>(
        _ field: WritableKeyPath<Indexes, Value?> & Sendable, _ build: () -> Value
    ) -> Value {
        if let known = indexes.withLock({ $0[keyPath: field] }) { return known }
        let built = build()
        indexes.withLock { $0[keyPath: field] = built }
        return built
    }
}

extension Array where Element: Identifiable, Element.ID == String {
    /// The position of each id (the first item when an id repeats in a hand-edited file).
    func positionsByID() -> [String: Int] {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(count)
        for (index, item) in enumerated() where positions[item.id] == nil { positions[item.id] = index }
        return positions
    }
}

extension Session {
    /// The partner with `id` (exact), through the lookup's index.
    public func partner(withID id: String) -> Partner? {
        guard let index = lookup.cached(\.partners, { self.partners.positionsByID() })[id] else { return nil }
        return self.partners[index]
    }

    /// The expectation (or any declared item) with `id` (exact), through the lookup's index.
    public func expectation(withID id: String) -> Expectation? {
        guard let index = lookup.cached(\.expectations, { self.expectations.positionsByID() })[id] else { return nil }
        return self.expectations[index]
    }

    /// The items one partner declared of one kind, in the order they were added.
    public func items(of partner: String, _ kind: ExpectationKind) -> [Expectation] {
        let index = lookup.cached(\.itemsByPartner) {
            var byPartner: [String: [ExpectationKind: [Expectation]]] = [:]
            for item in self.expectations { byPartner[item.partner, default: [:]][item.kind, default: []].append(item) }
            return byPartner
        }
        return index[partner]?[kind] ?? []
    }

    /// Every declared item of one kind, in the order they were added.
    public func items(of kind: ExpectationKind) -> [Expectation] {
        lookup.cached(\.itemsByKind) { Dictionary(grouping: self.expectations, by: \.kind) }[kind] ?? []
    }

    /// The rating of one partner on one need, if given (the first, in a hand-edited file that repeats one).
    public func rating(partner: String, need: String) -> Rating? {
        let index = lookup.cached(\.ratings) {
            var byPartner: [String: [String: Rating]] = [:]
            for rating in self.ratings where byPartner[rating.partner]?[rating.need] == nil {
                byPartner[rating.partner, default: [:]][rating.need] = rating
            }
            return byPartner
        }
        return index[partner]?[need]
    }

    /// Every rating one partner gave, in the order given.
    public func partnerRatings(_ partner: String) -> [Rating] {
        lookup.cached(\.ratingsByPartner) { Dictionary(grouping: self.state.ratings, by: \.partner) }[partner] ?? []
    }

    /// One partner's strengths and weaknesses, in the order they were added.
    public func partnerTraits(_ partner: String) -> [Trait] {
        lookup.cached(\.traitsByPartner) { Dictionary(grouping: self.state.traits, by: \.partner) }[partner] ?? []
    }

    /// One partner's health scores, oldest first as recorded.
    public func healthRatings(of partner: String) -> [HealthRating] {
        lookup.cached(\.healthByPartner) { Dictionary(grouping: self.health, by: \.partner) }[partner] ?? []
    }
}
