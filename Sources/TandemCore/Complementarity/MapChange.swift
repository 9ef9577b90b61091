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
        // Others' views, by today's partners, needs and raters (the coach included).
        func views(_ ratings: [PeerRating]) -> [String: Int] {
            var map: [String: Int] = [:]
            for rating in ratings { map[rating.partner + "/" + rating.need + "/" + rating.by] = rating.score }
            return map
        }
        let (oldViews, newViews) = (views(before.peerRatings), views(after.peerRatings))
        let raters = after.partners.map(\.id) + [PeerRating.coach]
        for partner in after.partners {
            for need in after.needs {
                for by in raters where by != partner.id {
                    let key = partner.id + "/" + need.id + "/" + by
                    if oldViews[key] != newViews[key] {
                        changes.append(
                            .peerRating(
                                partner: partner.id, need: need.id, by: by, from: oldViews[key], to: newViews[key])
                        )
                    }
                }
            }
        }
        let traits = listDiff(before.traits, after.traits)
        changes += traits.added.map { .traitAdded($0) } + traits.removed.map { .traitRemoved($0) }
        return changes
    }
}
