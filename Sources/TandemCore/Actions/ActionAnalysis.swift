/// Where the actions stand on a given day: what is late, what comes next,
/// what nobody carries, and what was done.
public struct ActionAnalysis: Equatable, Sendable {
    /// Open actions within this many days of today count as due soon.
    public static let soonDays = 7

    public var today: Day
    /// Open actions: overdue first, then by due date, then those without a date; ties by creation.
    public var open: [Action]
    /// Done actions, the most recently done first.
    public var done: [Action]

    public init(_ session: Session, today: Day) {
        self.today = today
        let numbered = session.actions.enumerated()
        open = numbered.filter { $0.element.done == nil }.sorted { a, b in
            switch (a.element.due, b.element.due) {
            case (let x?, let y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
        done = numbered.filter { $0.element.done != nil }.sorted { a, b in
            let (x, y) = (a.element.done ?? today, b.element.done ?? today)
            return x != y ? x > y : a.offset > b.offset
        }.map(\.element)
    }

    public var overdue: [Action] { open.filter { isOverdue($0) } }
    /// Open actions due today or within `soonDays`.
    public var dueSoon: [Action] {
        open.filter { action in
            guard let due = action.due else { return false }
            return due >= today && due.ordinal - today.ordinal <= Self.soonDays
        }
    }
    public var undated: [Action] { open.filter { $0.due == nil } }
    public var unowned: [Action] { open.filter { $0.owner.isEmpty } }

    public func isOverdue(_ action: Action) -> Bool {
        guard action.done == nil, let due = action.due else { return false }
        return due < today
    }

    /// Days past the due date (0 when not overdue).
    public func daysLate(_ action: Action) -> Int {
        guard isOverdue(action), let due = action.due else { return 0 }
        return today.ordinal - due.ordinal
    }

    /// Open actions per owner (partner id or outside name), the busiest first; unowned left out.
    public var load: [(owner: String, count: Int)] {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for action in open where !action.owner.isEmpty {
            if counts[action.owner] == nil { order.append(action.owner) }
            counts[action.owner, default: 0] += 1
        }
        return order.enumerated().map { (offset: $0.offset, owner: $0.element, count: counts[$0.element] ?? 0) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.offset < $1.offset }
            .map { ($0.owner, $0.count) }
    }
}
