/// What the exchange of expectations leaves open, as data the shell words:
/// expectations nobody answers, commitments nobody can check, a load carried
/// by one side, kinds a partner left empty, personal goals not discussed.
public enum ExpectationAnalysis {
    /// A commitment that lacks a date, a measure or both.
    public struct Unspecified: Equatable, Sendable {
        public let commitment: String
        public let partner: String
        public let missingDate: Bool
        public let missingMeasure: Bool
    }

    /// Kinds a partner declared nothing in; `skipped` are those whose guided question was skipped.
    public struct EmptyKinds: Equatable, Sendable {
        public let partner: String
        public let kinds: [ExpectationKind]
        public let skipped: [ExpectationKind]
    }

    /// An uneven share of commitments between two partners.
    public enum Imbalance: Equatable, Sendable {
        /// `heavier` holds more than twice the commitments of `lighter`.
        case count(heavier: String, heavierCount: Int, lighter: String, lighterCount: Int)
        /// Most of `precise`'s commitments carry a date or a measure; none of `vague`'s do.
        case precision(precise: String, vague: String)
    }

    /// A partner whose personal goals were not discussed; `skipped` when the question was avoided.
    public struct OpenGoals: Equatable, Sendable {
        public let partner: String
        public let skipped: Bool
    }

    /// Everything found, in the order the view says it.
    public struct Findings: Equatable, Sendable {
        public var unanswered: [String]
        public var unspecified: [Unspecified]
        public var imbalances: [Imbalance]
        public var emptyKinds: [EmptyKinds]
        public var openGoals: [OpenGoals]

        public var isEmpty: Bool {
            unanswered.isEmpty && unspecified.isEmpty && imbalances.isEmpty && emptyKinds.isEmpty && openGoals.isEmpty
        }
    }

    public static func findings(in session: Session) -> Findings {
        Findings(
            unanswered: unanswered(in: session), unspecified: unspecified(in: session),
            imbalances: imbalances(in: session), emptyKinds: emptyKinds(in: session), openGoals: openGoals(in: session))
    }

    /// Items whose partner still exists: a removed partner's leftovers do not count.
    static func live(_ session: Session) -> [Expectation] {
        let ids = Set(session.partners.map(\.id))
        return session.expectations.filter { ids.contains($0.partner) }
    }

    /// Ids of expectations no contribution or commitment of another partner answers.
    public static func unanswered(in session: Session) -> [String] {
        let items = live(session)
        let answers = Set(items.filter { $0.kind.canAnswer }.map(\.id))
        return items.filter { item in
            item.kind == .expectation && !item.answeredBy.contains(where: answers.contains)
        }.map(\.id)
    }

    /// Commitments without a date or without a measure: a promise nobody can check.
    public static func unspecified(in session: Session) -> [Unspecified] {
        live(session).filter { $0.kind == .commitment && ($0.due == nil || $0.measure.isEmpty) }.map {
            Unspecified(
                commitment: $0.id, partner: $0.partner, missingDate: $0.due == nil, missingMeasure: $0.measure.isEmpty)
        }
    }

    /// Commitments held unevenly: by number (more than twice, at least two) or by precision.
    public static func imbalances(in session: Session) -> [Imbalance] {
        guard session.partners.count >= 2 else { return [] }
        let items = live(session).filter { $0.kind == .commitment }
        let counts = session.partners.map { partner in (partner.id, items.filter { $0.partner == partner.id }) }
        var found: [Imbalance] = []
        if let heavy = counts.max(by: { $0.1.count < $1.1.count }),
            let light = counts.min(by: { $0.1.count < $1.1.count }),
            heavy.1.count >= 2, heavy.1.count > 2 * light.1.count
        {
            found.append(
                .count(heavier: heavy.0, heavierCount: heavy.1.count, lighter: light.0, lighterCount: light.1.count))
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
        let items = live(session)
        return session.partners.compactMap { partner in
            let empty = ExpectationKind.allCases.filter { kind in
                !items.contains { $0.partner == partner.id && $0.kind == kind }
            }
            guard !empty.isEmpty else { return nil }
            let skipped = empty.filter { session.guide.skipped[questionID(partner: partner.id, kind: $0)] != nil }
            return EmptyKinds(partner: partner.id, kinds: empty, skipped: skipped)
        }
    }

    /// Partners whose personal goals are still unsaid.
    public static func openGoals(in session: Session) -> [OpenGoals] {
        session.partners.filter { $0.personalGoals.isEmpty }.map {
            OpenGoals(partner: $0.id, skipped: session.guide.skipped[goalsQuestionID(partner: $0.id)] != nil)
        }
    }

    /// The guided question that asks a partner for one kind (recorded when skipped).
    public static func questionID(partner: String, kind: ExpectationKind) -> String {
        "expectations.\(partner).\(kind.rawValue)"
    }

    /// The guided question on a partner's personal goals.
    public static func goalsQuestionID(partner: String) -> String {
        "expectations.\(partner).goals"
    }
}
