import FoundationEssentials

/// What is overdue or due soon across sessions, the most urgent first.
public struct Agenda: Equatable, Sendable {
    /// How far ahead `agenda` looks when no number of days is given.
    public static let defaultDays = 14

    /// One item of one session, seen from today.
    public struct Entry: Equatable, Sendable {
        /// The session's file name (without `.json`) and title.
        public var file: String
        public var title: String
        public var item: DatedItem
        /// Days from today to the date: negative when overdue, 0 today.
        public var days: Int

        public var isOverdue: Bool { days < 0 }
    }

    public var today: Day
    public var days: Int
    public var entries: [Entry]

    /// The unsettled items of `sessions` overdue or due within `days` of
    /// `today`: the earliest date first, then by kind, session file and id.
    public init(_ sessions: [(file: String, session: Session)], today: Day, days: Int) {
        self.today = today
        self.days = days
        var all: [Entry] = []
        for (file, session) in sessions {
            for item in Self.open(session, today: today, within: days) {
                all.append(Entry(file: file, title: session.title, item: item, days: item.date.ordinal - today.ordinal))
            }
        }
        entries = all.sorted(by: Self.urgentFirst)
    }

    /// A session's unsettled dated items overdue or due within `days`.
    public static func open(_ session: Session, today: Day, within days: Int) -> [DatedItem] {
        session.datedItems.filter { $0.settled == nil && $0.date.ordinal - today.ordinal <= days }
    }

    static func urgentFirst(_ a: Entry, _ b: Entry) -> Bool {
        if a.item.date != b.item.date { return a.item.date < b.item.date }
        let (ka, kb) = (kindRank(a.item.kind), kindRank(b.item.kind))
        if ka != kb { return ka < kb }
        if a.file != b.file { return a.file < b.file }
        return idOrder(a.item.id, b.item.id)
    }

    static func kindRank(_ kind: DatedItem.Kind) -> Int {
        DatedItem.Kind.allCases.firstIndex(of: kind) ?? 0
    }

    /// `a2` before `a10`.
    static func idOrder(_ a: String, _ b: String) -> Bool {
        let na = Int(a.drop { !$0.isNumber }) ?? 0, nb = Int(b.drop { !$0.isNumber }) ?? 0
        return na != nb ? na < nb : a < b
    }
}

/// How urgent a session is, for `sessions`: something overdue (the oldest
/// first), then something due within the window (the soonest first), then
/// the rest (the last changed first).
public enum SessionUrgency: Comparable, Sendable {
    case overdue(since: Day, count: Int)
    case due(on: Day)
    case later(changed: Date)

    public init(_ session: Session, today: Day, window: Int = Agenda.defaultDays) {
        let open = Agenda.open(session, today: today, within: window)
        let overdue = open.filter { $0.date < today }
        if let first = overdue.map(\.date).min() {
            self = .overdue(since: first, count: overdue.count)
        } else if let first = open.map(\.date).min() {
            self = .due(on: first)
        } else {
            self = .later(changed: session.updatedAt)
        }
    }

    public static func < (a: SessionUrgency, b: SessionUrgency) -> Bool {
        switch (a, b) {
        case (.overdue(let x, _), .overdue(let y, _)): return x < y
        case (.overdue, _): return true
        case (_, .overdue): return false
        case (.due(let x), .due(let y)): return x < y
        case (.due, _): return true
        case (_, .due): return false
        case (.later(let x), .later(let y)): return x > y
        }
    }
}
