import Foundation
import TandemTestSupport
import Testing

@testable import TandemCore

/// The dated items of a session, the agenda across sessions, and the
/// iCalendar text: folding, escaping, stable UIDs.
@Suite struct AgendaTests {
    static let today = Day("2026-11-21") ?? Day(Date())

    static func day(_ text: String) -> Day { Day(text) ?? today }

    /// A session started 2026-09-01: check-in 2026-11-01 (overdue), formal 2027-03-01.
    static func session(_ title: String) throws -> Session {
        var s = Session(title: title, language: .en, now: Date(timeIntervalSince1970: 1_788_220_800))
        try ContextEdit.addPartner(name: "Zoé", role: "").apply(to: &s)
        s.actions = [
            Action(id: "a1", text: "Call the bank", owner: "p1", due: day("2026-11-25"), created: day("2026-09-01")),
            Action(id: "a2", text: "Done already", due: day("2026-11-10"), created: day("2026-09-01")),
            Action(id: "a10", text: "Far away", due: day("2027-01-30"), created: day("2026-09-01")),
        ]
        s.actions[1].done = day("2026-11-09")
        var stage = Stage(id: "s1", name: "Pilot")
        stage.review = day("2026-11-21")
        s.stages = [stage]
        return s
    }

    @Test func datedItemsHoldEveryDateSettledOrNot() throws {
        let items = try Self.session("A").datedItems
        #expect(items.map(\.kind) == [.checkin, .formal, .gate, .action, .action, .action])
        #expect(items.first { $0.id == "a1" }?.owner == "Zoé")
        #expect(items.first { $0.id == "a2" }?.settled == Self.day("2026-11-09"))
    }

    @Test func agendaListsTheOpenItemsWithinTheWindowMostUrgentFirst() throws {
        let agenda = Agenda([("b", try Self.session("B")), ("a", try Self.session("A"))], today: Self.today, days: 14)
        let seen = agenda.entries.map { "\($0.file) \($0.item.id) \($0.days)" }
        #expect(seen == ["a checkin -20", "b checkin -20", "a s1 0", "b s1 0", "a a1 4", "b a1 4"])
        #expect(agenda.entries[0].isOverdue && !agenda.entries[2].isOverdue)
        let wide = Agenda([("a", try Self.session("A"))], today: Self.today, days: 120)
        #expect(wide.entries.map(\.item.id) == ["checkin", "s1", "a1", "a10", "formal"])
    }

    @Test func sessionsSortOverdueThenDueThenLastChanged() throws {
        var calm = try Self.session("Calm")
        calm.reviews.checkin = Self.day("2027-01-10")
        calm.actions = []
        calm.stages = []
        var soon = calm
        soon.reviews.checkin = Self.day("2026-11-30")
        let late = try Self.session("Late")
        let u = [calm, soon, late].map { SessionUrgency($0, today: Self.today) }
        #expect(u[2] == .overdue(since: Self.day("2026-11-01"), count: 1))
        #expect(u[1] == .due(on: Self.day("2026-11-30")))
        #expect(u.sorted() == [u[2], u[1], u[0]])
    }

    @Test func textIsEscapedAsRFC5545Says() {
        #expect(CalendarDocument.escaped(#"a\b;c,d"# + "\ne") == #"a\\b\;c\,d\ne"#)
    }

    @Test func longLinesFoldAt75OctetsNeverInsideACharacter() {
        let line = "SUMMARY:" + String(repeating: "é", count: 100)
        let folded = CalendarDocument.folded(line)
        let parts = folded.components(separatedBy: "\r\n")
        #expect(parts.count > 1)
        #expect(parts.allSatisfy { $0.utf8.count <= 75 })
        #expect(parts.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(
            parts.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == line)
        #expect(CalendarDocument.folded("SHORT:x") == "SHORT:x")
    }

    /// A calendar may be sent to the partners: private commitments and
    /// actions stay out unless asked for all of them.
    @Test func privateItemsStayOutOfTheCalendarUnlessAll() throws {
        let catalog = try PromptCatalog.load(from: repositoryRoot + "/Prompts")
        var s = try Self.session("A")
        let secret = try s.addExpectation(partner: "p1", kind: .commitment, text: "Keep my weekends free")
        try s.setDue(secret.id, Self.day("2026-12-05"))
        try VisibilityEdit.set(ids: [secret.id, "a10"], .private).apply(to: &s)
        #expect(s.datedItems.filter { !$0.shared }.map(\.id) == [secret.id, "a10"])
        #expect(CalendarDocument.heldBack(s) == [secret.id, "a10"])
        #expect(CalendarDocument.items(s).map(\.id) == ["checkin", "formal", "s1", "a1", "a2"])
        #expect(CalendarDocument.items(s, all: true).count == s.datedItems.count)
        let stamp = Date(timeIntervalSince1970: 1_795_255_200)
        let sent = CalendarDocument.render(s, file: "a", catalog: catalog, language: .en, stamp: stamp)
        #expect(!sent.contains("Keep my weekends free"))
        #expect(!sent.contains("Far away"))
        #expect(sent.contains("Call the bank"))
        let own = CalendarDocument.render(s, file: "a", catalog: catalog, language: .en, stamp: stamp, all: true)
        #expect(own.contains("Keep my weekends free"))
        #expect(own.contains("Far away"))
        // A commitment imagined for another partner is to confirm, not promised.
        try ContextEdit.addPartner(name: "Tom", role: "").apply(to: &s)
        let imagined = try s.addExpectation(partner: "p2", kind: .commitment, text: "Two drawings a week")
        try s.setDue(imagined.id, Self.day("2026-12-20"))
        try VisibilityEdit.guess(ids: [imagined.id], true).apply(to: &s)
        let guessed = CalendarDocument.render(s, file: "a", catalog: catalog, language: .en, stamp: stamp)
        #expect(guessed.contains("SUMMARY:Commitment \(imagined.id) to confirm: Two drawings a week\r\n"))
        let french = CalendarDocument.render(s, file: "a", catalog: catalog, language: .fr, stamp: stamp)
        #expect(french.contains("SUMMARY:Engagement \(imagined.id) à confirmer\u{00A0}: Two drawings a week\r\n"))
        // Shared again, it is back in the calendar meant to be sent.
        try VisibilityEdit.set(ids: ["a10"], .shared).apply(to: &s)
        #expect(
            CalendarDocument.render(s, file: "a", catalog: catalog, language: .en, stamp: stamp).contains("Far away"))
    }

    @Test func uidsAreStableAndDistinct() throws {
        let catalog = try PromptCatalog.load(from: repositoryRoot + "/Prompts")
        let s = try Self.session("A")
        func render(_ at: TimeInterval) -> String {
            CalendarDocument.render(
                s, file: "a", catalog: catalog, language: .fr, stamp: Date(timeIntervalSince1970: at))
        }
        func uids(_ text: String) -> [String] {
            text.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
        }
        let first = render(1_795_255_200)
        #expect(uids(first) == uids(render(1_799_000_000)))
        #expect(Set(uids(first)).count == s.datedItems.count)
        #expect(first.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"))
        #expect(first.hasSuffix("END:VCALENDAR\r\n"))
        #expect(first.contains("DTSTAMP:20261121T100000Z\r\n"))
        #expect(first.contains("DTSTART;VALUE=DATE:20261125\r\n"))
        #expect(!first.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }
}
