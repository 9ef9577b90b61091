/// What a proposal leaves out because it is private, counted by kind of item,
/// so the shell can say so when it exports one ("Held back 3 private items:
/// 2 concerns, 1 action"). Only items the proposal would otherwise show are
/// counted: a closed risk or a done action is not in it either way.
public struct HeldBack: Equatable, Sendable {
    /// The kinds in the order the proposal shows them.
    public enum Kind: String, CaseIterable, Sendable {
        case contribution, expectation, commitment, interest, concern, rule, risk, action
    }

    /// How many of each kind, in `Kind`'s order, without the kinds that have none.
    public let counts: [(kind: Kind, count: Int)]
    /// Ids of the held-back items, in the proposal's order.
    public let ids: [String]

    public var total: Int { ids.count }

    public static func == (a: HeldBack, b: HeldBack) -> Bool {
        a.ids == b.ids && a.counts.map(\.kind) == b.counts.map(\.kind) && a.counts.map(\.count) == b.counts.map(\.count)
    }

    public init(_ session: Session) {
        var byKind: [Kind: [String]] = [:]
        for partner in session.partners {
            for item in session.expectations where item.partner == partner.id && !item.isShared {
                byKind[Kind(item.kind), default: []].append(item.id)
            }
        }
        byKind[.rule] = session.rules.filter { !$0.isShared }.map(\.id)
        byKind[.risk] = session.risks.filter { $0.status != .closed && !$0.isShared }.map(\.id)
        byKind[.action] = session.actions.filter { $0.done == nil && !$0.isShared }.map(\.id)
        let kinds = Kind.allCases.compactMap { kind in byKind[kind].flatMap { $0.isEmpty ? nil : (kind, $0) } }
        counts = kinds.map { (kind: $0.0, count: $0.1.count) }
        ids = kinds.flatMap(\.1)
    }
}

extension HeldBack.Kind {
    init(_ kind: ExpectationKind) {
        switch kind {
        case .expectation: self = .expectation
        case .interest: self = .interest
        case .contribution: self = .contribution
        case .commitment: self = .commitment
        case .concern: self = .concern
        }
    }
}
