/// What the complementarity map says, as data: needs nobody covers (gaps),
/// needs two partners both lead (turf), critical needs that rest on one
/// partner (dependencies, which feed the defection risk), and how much each
/// partner brings. A rating of 2 (solid) or 3 (lead) counts as covering.
public enum ComplementarityAnalysis {
    /// A critical need only one partner covers at 2 or more: if that partner leaves, the need goes too.
    public struct Dependency: Equatable, Sendable {
        public let need: String  // need id
        public let partner: String  // partner id
    }

    /// A need no partner covers at 2 or more (at least one partner was rated on it).
    public struct Gap: Equatable, Sendable {
        public let need: String
        public let critical: Bool
    }

    /// A need two or more partners lead (3): who decides there must be agreed.
    public struct Overlap: Equatable, Sendable {
        public let need: String
        public let partners: [String]
    }

    /// Ratings not given yet: a need, the partners not rated on it, and those
    /// whose guided question was skipped (avoidance is a signal).
    public struct Unrated: Equatable, Sendable {
        public let need: String
        public let partners: [String]
        public let skipped: [String]
    }

    /// What one partner brings: needs covered at 2 or more, and led (3).
    public struct Share: Equatable, Sendable {
        public let partner: String
        public let covered: Int
        public let led: Int
        public let rated: Int
    }

    /// The picture in numbers, for the summary sentence.
    public struct Summary: Equatable, Sendable {
        public let needs: Int
        public let covered: Int
        public let critical: Int
        public let criticalCovered: Int
        public let shares: [Share]
    }

    /// Partners rated 2 or more on a need, in partner order (removed partners left out).
    static func coverers(of need: Need, in session: Session) -> [String] {
        session.partners.filter { partner in
            (session.rating(partner: partner.id, need: need.id)?.score ?? 0) >= Coverage.covering
        }.map(\.id)
    }

    static func isRated(_ need: Need, in session: Session) -> Bool {
        session.partners.contains { session.rating(partner: $0.id, need: need.id) != nil }
    }

    /// Critical needs that exactly one partner covers at 2 or more, in need order.
    /// The risk review reads these as sources of defection risk.
    public static func dependencies(in session: Session) -> [Dependency] {
        session.needs.filter(\.critical).compactMap { need in
            let covering = coverers(of: need, in: session)
            guard covering.count == 1, let only = covering.first else { return nil }
            return Dependency(need: need.id, partner: only)
        }
    }

    /// The critical needs one partner alone covers, grouped by that partner:
    /// a dependency is said once, for every need that rests on them.
    public struct Reliance: Equatable, Sendable {
        public let partner: String
        public let needs: [String]
    }

    /// The dependencies grouped by partner, in partner order.
    public static func reliances(in session: Session) -> [Reliance] {
        let found = dependencies(in: session)
        return session.partners.compactMap { partner in
            let needs = found.filter { $0.partner == partner.id }.map(\.need)
            return needs.isEmpty ? nil : Reliance(partner: partner.id, needs: needs)
        }
    }

    /// Each of two or more partners is the only cover of some critical need:
    /// the point of the complementarity (each needs the other), and where a
    /// departure would hurt both.
    public static func isMutual(_ reliances: [Reliance]) -> Bool { reliances.count >= 2 }

    /// A partner's own rating on a need and another's view of it, 2 or more apart.
    public struct PerceptionGap: Equatable, Sendable {
        public let need: String
        public let partner: String
        public let own: Int
        /// A partner id, or `PeerRating.coach`.
        public let by: String
        public let seen: Int
    }

    /// The gap in points that makes a self-rating and another's view a perception gap.
    public static let perceptionGap = 2

    /// Where a partner's self-rating and another's view of it differ by 2 or
    /// more, in need then partner order (raters and rated still in the session).
    public static func perceptionGaps(in session: Session) -> [PerceptionGap] {
        let live = Set(session.partners.map(\.id))
        return session.needs.flatMap { need in
            session.partners.flatMap { partner -> [PerceptionGap] in
                guard let own = session.rating(partner: partner.id, need: need.id) else { return [] }
                return session.peerRatings.filter {
                    $0.partner == partner.id && $0.need == need.id
                        && (live.contains($0.by) || $0.by == PeerRating.coach)
                        && abs($0.score - own.score) >= perceptionGap
                }.map {
                    PerceptionGap(need: need.id, partner: partner.id, own: own.score, by: $0.by, seen: $0.score)
                }
            }
        }
    }

    /// Needs rated for at least one partner where nobody reaches 2; critical ones first.
    public static func gaps(in session: Session) -> [Gap] {
        let found = session.needs.filter { isRated($0, in: session) && coverers(of: $0, in: session).isEmpty }
            .map { Gap(need: $0.id, critical: $0.critical) }
        return found.filter(\.critical) + found.filter { !$0.critical }
    }

    /// Needs two or more partners lead.
    public static func overlaps(in session: Session) -> [Overlap] {
        session.needs.compactMap { need in
            let leading = session.partners.filter {
                session.rating(partner: $0.id, need: need.id)?.score == Coverage.lead.score
            }
            return leading.count >= 2 ? Overlap(need: need.id, partners: leading.map(\.id)) : nil
        }
    }

    /// Needs with partners not rated on them yet.
    public static func unrated(in session: Session) -> [Unrated] {
        session.needs.compactMap { need in
            let missing = session.partners.filter { session.rating(partner: $0.id, need: need.id) == nil }.map(\.id)
            let skipped = missing.filter { session.guide.wasSkipped(.rate(need: need.id, partner: $0)) }
            return missing.isEmpty ? nil : Unrated(need: need.id, partners: missing, skipped: skipped)
        }
    }

    /// Partners rated on at least one need who cover none at 2 or more: what do they bring?
    public static func passengers(in session: Session) -> [String] {
        summary(in: session).shares.filter { $0.rated > 0 && $0.covered == 0 }.map(\.partner)
    }

    public static func summary(in session: Session) -> Summary {
        let covered = session.needs.filter { !coverers(of: $0, in: session).isEmpty }
        let shares = session.partners.map { partner in
            let own = session.partnerRatings(partner.id).filter { r in session.needs.hasID(r.need) }
            return Share(
                partner: partner.id, covered: own.filter { $0.score >= Coverage.covering }.count,
                led: own.filter { $0.score == Coverage.lead.score }.count, rated: own.count)
        }
        return Summary(
            needs: session.needs.count, covered: covered.count, critical: session.needs.filter(\.critical).count,
            criticalCovered: covered.filter(\.critical).count, shares: shares)
    }
}
