/// What the exchange of expectations leaves open, as data the shell words:
/// expectations nobody answers, commitments past their date or nobody can
/// check, a load carried by one side, kinds a partner left empty, personal
/// goals not discussed.
public enum ExpectationAnalysis {
    /// A commitment and whose it is.
    public struct Unspecified: Equatable, Sendable {
        public let commitment: String
        public let partner: String
    }

    /// A commitment whose date is before today: kept, late, or to re-date.
    public struct Overdue: Equatable, Sendable {
        public let commitment: String
        public let partner: String
        public let due: Day
        public let daysLate: Int
    }

    /// Kinds a partner declared nothing in; `skipped` are those whose guided question was skipped.
    public struct EmptyKinds: Equatable, Sendable {
        public let partner: String
        public let kinds: [ExpectationKind]
        public let skipped: [ExpectationKind]
    }

    /// An uneven share of the load between two partners.
    public enum Imbalance: Equatable, Sendable {
        /// `heavier` states more than twice the effort of `lighter` (hours a
        /// week, summed over their contributions and commitments).
        case effort(heavier: String, heavierHours: Int, lighter: String, lighterHours: Int)
        /// Some partners state the effort of what they bring, these do not:
        /// the load cannot be compared with them.
        case effortUnstated(partners: [String])
        /// Two partners or more bring or commit something and nobody states
        /// an effort: the load cannot be compared (counting items says little).
        case noEffortStated
        /// Most of `precise`'s commitments carry a date or a measure; none of `vague`'s do.
        case precision(precise: String, vague: String)
    }

    /// A partner whose personal goals were not discussed; `skipped` when the question was avoided.
    public struct OpenGoals: Equatable, Sendable {
        public let partner: String
        public let skipped: Bool
    }

    /// An expectation no commitment of another partner answers on `today`:
    /// what is linked to it instead (contributions, which describe what a
    /// partner brings but promise nothing; commitments past their date and not
    /// kept, which are flagged rather than counted).
    public struct Unmet: Equatable, Sendable {
        public let expectation: String
        public let partner: String
        /// Linked contributions of other partners (not a promise).
        public let contributions: [String]
        /// Linked commitments of other partners whose date passed and that were not kept.
        public let late: [String]
    }

    /// Everything found, in the order the view says it.
    public struct Findings: Equatable, Sendable {
        /// Expectations no live, on-time or kept commitment of another partner answers.
        public var unanswered: [Unmet]
        public var overdue: [Overdue]
        /// Commitments with neither a date nor a measure.
        public var unspecified: [Unspecified]
        /// Commitments with a date but no measure: said softly, the date already makes them checkable.
        public var unmeasured: [Unspecified]
        public var imbalances: [Imbalance]
        public var emptyKinds: [EmptyKinds]
        public var openGoals: [OpenGoals]

        public var isEmpty: Bool {
            unanswered.isEmpty && overdue.isEmpty && unspecified.isEmpty && unmeasured.isEmpty && imbalances.isEmpty
                && emptyKinds.isEmpty && openGoals.isEmpty
        }
    }

    /// Everything found on `today` (which tells the commitments whose date has passed).
    public static func findings(in session: Session, today: Day) -> Findings {
        Findings(
            unanswered: unmet(in: session, today: today), overdue: overdue(in: session, today: today),
            unspecified: unspecified(in: session), unmeasured: unmeasured(in: session),
            imbalances: imbalances(in: session), emptyKinds: emptyKinds(in: session), openGoals: openGoals(in: session))
    }

    /// Items whose partner still exists: a removed partner's leftovers do not count.
    static func live(_ session: Session) -> [Expectation] {
        let ids = Set(session.partners.map(\.id))
        return session.expectations.filter { ids.contains($0.partner) }
    }

    /// Whether `answer` counts as answering `wanted` on `today`: a commitment
    /// of another partner, kept or not yet past its date.
    public static func counts(_ answer: Expectation, for wanted: Expectation, today: Day) -> Bool {
        answer.kind == .commitment && answer.partner != wanted.partner && !isLate(answer, today: today)
    }

    /// A commitment whose date is before `today` and that was not kept.
    public static func isLate(_ item: Expectation, today: Day) -> Bool {
        guard item.kind == .commitment, item.kept == nil, let due = item.due else { return false }
        return due < today
    }

    /// Expectations no commitment of another partner answers on `today`, in
    /// declaration order, each with what is linked to it instead. Only a
    /// commitment answers: a contribution says what a partner brings, not
    /// what they promise; a late commitment is flagged, not counted.
    public static func unmet(in session: Session, today: Day) -> [Unmet] {
        let items = live(session)
        let byID = Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return items.compactMap { wanted -> Unmet? in
            guard wanted.kind == .expectation else { return nil }
            let linked = wanted.answeredBy.compactMap { byID[$0] }.filter { $0.partner != wanted.partner }
            guard !linked.contains(where: { counts($0, for: wanted, today: today) }) else { return nil }
            return Unmet(
                expectation: wanted.id, partner: wanted.partner,
                contributions: linked.filter { $0.kind == .contribution }.map(\.id),
                late: linked.filter { isLate($0, today: today) }.map(\.id))
        }
    }

    /// Ids of the expectations no commitment of another partner answers on `today`.
    public static func unanswered(in session: Session, today: Day) -> [String] {
        unmet(in: session, today: today).map(\.expectation)
    }

    /// Commitments with neither a date nor a measure: a promise nobody can
    /// check. One of the two is enough, as the guided question says.
    public static func unspecified(in session: Session) -> [Unspecified] {
        live(session).filter { $0.kind == .commitment && $0.due == nil && $0.measure.isEmpty }.map {
            Unspecified(commitment: $0.id, partner: $0.partner)
        }
    }

    /// Commitments with a date but no measure: checkable, yet "done" may mean different things to each.
    public static func unmeasured(in session: Session) -> [Unspecified] {
        live(session).filter { $0.kind == .commitment && $0.due != nil && $0.measure.isEmpty }.map {
            Unspecified(commitment: $0.id, partner: $0.partner)
        }
    }

    /// Commitments whose date is before `today`, the longest overdue first (then by id).
    public static func overdue(in session: Session, today: Day) -> [Overdue] {
        live(session).compactMap { item -> Overdue? in
            guard item.kind == .commitment, item.kept == nil, let due = item.due, due < today else { return nil }
            return Overdue(commitment: item.id, partner: item.partner, due: due, daysLate: today.ordinal - due.ordinal)
        }.sorted {
            $0.daysLate != $1.daysLate
                ? $0.daysLate > $1.daysLate : RiskAnalysis.naturalOrder($0.commitment, $1.commitment)
        }
    }

    /// The load held unevenly: by the effort each partner states (never by
    /// counting items), or by precision.
    public static func imbalances(in session: Session) -> [Imbalance] {
        guard session.partners.count >= 2 else { return [] }
        // A partner's own items, from the lookup: all live.
        let counts = session.partners.map { partner in (partner.id, session.items(of: partner.id, .commitment)) }
        var found: [Imbalance] = []
        let bringing = session.partners.map { partner in
            (partner.id, session.items(of: partner.id, .contribution) + session.items(of: partner.id, .commitment))
        }.filter { !$0.1.isEmpty }
        if bringing.count >= 2 {
            let stated = bringing.filter { $0.1.contains { $0.effort != nil } }
                .map { ($0.0, $0.1.compactMap(\.effort).reduce(0, +)) }
            if stated.isEmpty {
                found.append(.noEffortStated)
            } else {
                let silent = bringing.filter { item in !stated.contains { $0.0 == item.0 } }.map(\.0)
                if !silent.isEmpty { found.append(.effortUnstated(partners: silent)) }
                if stated.count >= 2, let heavy = stated.max(by: { $0.1 < $1.1 }),
                    let light = stated.min(by: { $0.1 < $1.1 }), heavy.1 > 2 * light.1
                {
                    found.append(
                        .effort(heavier: heavy.0, heavierHours: heavy.1, lighter: light.0, lighterHours: light.1))
                }
            }
        }
        func share(_ list: [Expectation]) -> Double {
            Double(list.filter { $0.due != nil || !$0.measure.isEmpty }.count) / Double(list.count)
        }
        let shares = counts.filter { !$0.1.isEmpty }.map { ($0.0, share($0.1)) }
        if let precise = shares.first(where: { $0.1 >= 0.5 }), let vague = shares.first(where: { $0.1 == 0 }) {
            found.append(.precision(precise: precise.0, vague: vague.0))
        }
        return found
    }

    /// For each partner, the kinds they declared nothing in (partners with every kind filled are left out).
    public static func emptyKinds(in session: Session) -> [EmptyKinds] {
        session.partners.compactMap { partner in
            let empty = ExpectationKind.allCases.filter { kind in session.items(of: partner.id, kind).isEmpty }
            guard !empty.isEmpty else { return nil }
            let skipped = empty.filter { session.guide.wasSkipped(.declared(partner: partner.id, $0)) }
            return EmptyKinds(partner: partner.id, kinds: empty, skipped: skipped)
        }
    }

    /// Partners whose personal goals are still unsaid.
    public static func openGoals(in session: Session) -> [OpenGoals] {
        session.partners.filter { $0.personalGoals.isEmpty }.map {
            OpenGoals(partner: $0.id, skipped: session.guide.wasSkipped(.goals(partner: $0.id)))
        }
    }
}
