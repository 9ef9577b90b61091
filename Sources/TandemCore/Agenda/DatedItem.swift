/// One dated thing of a session: a review, a stage's gate, an action's or a
/// commitment's due date. What `agenda` lists and `export calendar` writes.
public struct DatedItem: Equatable, Sendable {
    /// In the order items of one day are listed.
    public enum Kind: String, CaseIterable, Sendable {
        case checkin, formal, gate, commitment, action
    }

    public var kind: Kind
    /// The item's id (`a3`, `s2`, `e4`); the kind's name for the reviews.
    public var id: String
    /// The action's or commitment's text, the stage's name; empty for the reviews.
    public var text: String
    public var date: Day
    /// Who carries it: the owner's or partner's name, empty when nobody is named.
    public var owner: String
    /// When it was settled (action done, commitment kept, gate held on or after the date).
    public var settled: Day?
    /// False for a private commitment or action (`Visibility`): a calendar
    /// meant to be sent leaves it out. The reviews and the stages are always shared.
    public var shared: Bool
    /// A commitment the author imagines for another partner (`guess`), not yet confirmed by them.
    public var guess: Bool

    public init(
        kind: Kind, id: String, text: String = "", date: Day, owner: String = "", settled: Day? = nil,
        shared: Bool = true, guess: Bool = false
    ) {
        self.kind = kind
        self.id = id
        self.text = text
        self.date = date
        self.owner = owner
        self.settled = settled
        self.shared = shared
        self.guess = guess
    }
}

extension Session {
    /// Every dated item, settled or not: both reviews, the stages with a
    /// review date, the commitments and the actions with a due date.
    public var datedItems: [DatedItem] {
        func name(_ id: String) -> String { self.partners.withID(id)?.name ?? id }
        var items = [
            DatedItem(kind: .checkin, id: DatedItem.Kind.checkin.rawValue, date: reviews.checkin),
            DatedItem(kind: .formal, id: DatedItem.Kind.formal.rawValue, date: reviews.formal),
        ]
        for stage in self.stages {
            guard let review = stage.review else { continue }
            let held = stage.gates.filter { $0.date >= review }.map(\.date).min()
            items.append(DatedItem(kind: .gate, id: stage.id, text: stage.name, date: review, settled: held))
        }
        for item in self.expectations where item.kind == .commitment {
            guard let due = item.due else { continue }
            items.append(
                DatedItem(
                    kind: .commitment, id: item.id, text: item.text, date: due, owner: name(item.partner),
                    settled: item.kept, shared: item.isShared, guess: item.isGuess))
        }
        for action in self.actions {
            guard let due = action.due else { continue }
            items.append(
                DatedItem(
                    kind: .action, id: action.id, text: action.text, date: due, owner: name(action.owner),
                    settled: action.done, shared: action.isShared))
        }
        return items
    }
}
