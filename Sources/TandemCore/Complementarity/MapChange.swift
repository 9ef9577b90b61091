/// A change in the complementarity map: needs, coverage ratings, strengths and weaknesses.
public enum MapChange: Equatable, Sendable {
    case needAdded(Need)
    case needRemoved(Need)
    case needRenamed(id: String, from: String, to: String)
    case critical(need: String, now: Bool)
    /// A partner's 0–3 coverage of a need; nil when not rated on that side.
    case rating(partner: String, need: String, from: Int?, to: Int?)
    /// Another partner's (or the coach's, `by` = `coach`) view of that coverage.
    case peerRating(partner: String, need: String, by: String, from: Int?, to: Int?)
    case traitAdded(Trait)
    case traitRemoved(Trait)
}

extension SessionDiff {
    /// Needs, then ratings (by today's partners and needs; ratings of removed
    /// partners or needs go without saying), then strengths and weaknesses.
    static func map(_ before: SessionState, _ after: SessionState) -> [MapChange] {
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
        changes += peerRatings(before, after)
        let traits = listDiff(before.traits, after.traits)
        changes += traits.added.map { .traitAdded($0) } + traits.removed.map { .traitRemoved($0) }
        return changes
    }

    /// Others' views that moved, for today's partners, needs and raters (the
    /// coach last), in that order. Only the views held count, not every
    /// partner × need × rater: a session of 10,000 partners stays linear.
    private static func peerRatings(_ before: SessionState, _ after: SessionState) -> [MapChange] {
        struct Key: Hashable {
            var partner: String, need: String, by: String
        }
        func views(_ ratings: [PeerRating]) -> [Key: Int] {
            var map: [Key: Int] = [:]
            for rating in ratings { map[Key(partner: rating.partner, need: rating.need, by: rating.by)] = rating.score }
            return map
        }
        let (old, new) = (views(before.peerRatings), views(after.peerRatings))
        var partners: [String: Int] = [:]
        for (rank, partner) in after.partners.enumerated() where partners[partner.id] == nil {
            partners[partner.id] = rank
        }
        var needs: [String: Int] = [:]
        for (rank, need) in after.needs.enumerated() where needs[need.id] == nil { needs[need.id] = rank }
        let coach = after.partners.count
        var moved: [(rank: [Int], change: MapChange)] = []
        for key in Set(old.keys).union(new.keys) where old[key] != new[key] && key.by != key.partner {
            guard let partner = partners[key.partner], let need = needs[key.need],
                let by = key.by == PeerRating.coach ? coach : partners[key.by]
            else { continue }
            let change = MapChange.peerRating(
                partner: key.partner, need: key.need, by: key.by, from: old[key], to: new[key])
            moved.append(([partner, need, by], change))
        }
        return moved.sorted { $0.rank.lexicographicallyPrecedes($1.rank) }.map(\.change)
    }
}
