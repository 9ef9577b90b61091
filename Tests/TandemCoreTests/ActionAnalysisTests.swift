import Foundation
@testable import TandemCore
import Testing

@Suite struct ActionAnalysisTests {
    static func day(_ text: String) -> Day { Day(text) ?? Day(Date()) }
    static let today = day("2026-11-21")

    static func session() throws -> Session {
        var s = Session(title: "t", language: .en, now: Date(timeIntervalSince1970: 0))
        try s.addPartner(name: "Zoé")
        try s.addPartner(name: "Marc")
        return s
    }

    @Test func overdueFirstThenByDueDateThenUndated() throws {
        var s = try Self.session()
        let created = Self.day("2026-10-01")
        try s.addAction(text: "undated one", on: created)  // a1
        try s.addAction(text: "due later", due: Self.day("2026-12-15"), on: created)  // a2
        try s.addAction(text: "late a little", due: Self.day("2026-11-20"), on: created)  // a3
        try s.addAction(text: "undated two", on: created)  // a4
        try s.addAction(text: "very late", due: Self.day("2026-10-15"), on: created)  // a5
        try s.addAction(text: "due today", due: Self.today, on: created)  // a6
        try s.addAction(text: "soon", due: Self.day("2026-11-28"), on: created)  // a7
        try s.addAction(text: "done late", due: Self.day("2026-10-01"), on: created)  // a8
        try s.completeAction("a8", on: Self.day("2026-11-02"))
        let a = ActionAnalysis(s, today: Self.today)
        #expect(a.open.map(\.id) == ["a5", "a3", "a6", "a7", "a2", "a1", "a4"])
        #expect(a.overdue.map(\.id) == ["a5", "a3"])
        #expect(a.daysLate(a.open[0]) == 37)
        #expect(a.daysLate(a.open[1]) == 1)
        #expect(a.daysLate(a.open[2]) == 0)
        #expect(a.dueSoon.map(\.id) == ["a6", "a7"])
        #expect(a.undated.map(\.id) == ["a1", "a4"])
        #expect(a.done.map(\.id) == ["a8"])
    }

    @Test func doneActionsAreNeverOverdueAndComeMostRecentFirst() throws {
        var s = try Self.session()
        let created = Self.day("2026-10-01")
        for i in 1...3 { try s.addAction(text: "t\(i)", due: Self.day("2026-10-10"), on: created) }
        try s.completeAction("a2", on: Self.day("2026-11-01"))
        try s.completeAction("3", on: Self.day("2026-11-05"))
        let before = try s.completeAction("a3", on: Self.today)
        #expect(before.done == Self.day("2026-11-05"))  // already done: unchanged
        let a = ActionAnalysis(s, today: Self.today)
        #expect(a.done.map(\.id) == ["a3", "a2"])
        #expect(a.overdue.map(\.id) == ["a1"])
    }

    @Test func ownersArePartnerIdsOrOutsideNames() throws {
        var s = try Self.session()
        let a1 = try s.addAction(text: "x", owner: "zoe", on: Self.today)
        let a2 = try s.addAction(text: "y", owner: "Accountant", on: Self.today)
        #expect(a1.owner == "p1")
        #expect(a2.owner == "Accountant")
        #expect(s.ownerName("p1") == "Zoé")
        try s.setActionOwner("a2", to: "Marc")
        try s.addAction(text: "z", owner: "p2", on: Self.today)
        try s.addAction(text: "w", on: Self.today)
        let review = ActionAnalysis(s, today: Self.today)
        #expect(review.load.map(\.owner) == ["p2", "p1"])
        #expect(review.load.map(\.count) == [2, 1])
        #expect(review.unowned.map(\.id) == ["a4"])
    }

    @Test func badReferencesAndTextsAreRefused() throws {
        var s = try Self.session()
        try s.addPartner(name: "Marcel")
        #expect(throws: SessionError.unknown(.action, "a9")) { try s.completeAction("a9", on: Self.today) }
        #expect(throws: SessionError.emptyText(field: "action.text")) { try s.addAction(text: "  ", on: Self.today) }
        #expect(throws: SessionError.ambiguous(.partner, "Mar", ["Marc (p2)", "Marcel (p3)"])) {
            try s.addAction(text: "x", owner: "Mar", on: Self.today)
        }
        #expect(s.actions.isEmpty)
        // Ids are never reused.
        try s.addAction(text: "x", on: Self.today)
        try s.removeAction("a1")
        #expect(try s.addAction(text: "y", on: Self.today).id == "a2")
    }

    @Test func openActionMatchingIgnoresCaseAndAccents() throws {
        var s = try Self.session()
        try s.addAction(text: "Discuss trust between Zoé and Marc", on: Self.today)
        #expect(s.openAction(matching: "discuss TRUST between Zoe and Marc")?.id == "a1")
        try s.completeAction("a1", on: Self.today)
        #expect(s.openAction(matching: "Discuss trust between Zoé and Marc") == nil)
    }
}
