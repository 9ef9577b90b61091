import Foundation
@testable import TandemCore
import Testing

/// The next check-in proposed from the situation, partners absent, and the minutes a follow-up keeps.
@Suite struct FollowUpMinutesTests {
    static let today = CheckpointTests.today  // 2026-11-21
    static func day(_ text: String) -> Day { CheckpointTests.day(text) }

    /// The base session with its formal review moved after today and its risk lowered: nothing pressing.
    static func calm() throws -> Session {
        var s = try CheckpointTests.session()
        s.reviews.formal = day("2027-03-01")
        try s.rateRisk("r1", likelihood: 2, impact: 2)
        return s
    }

    @Test func theCheckInComesSoonerWhenThingsPress() throws {
        var s = try Self.calm()
        #expect(
            CheckinProposal(for: s, today: Self.today) == CheckinProposal(date: Self.day("2027-01-21"), reason: .usual))
        try s.rateHealth(partner: "Marc", ingredient: .care, score: 2, on: Self.today)
        #expect(
            CheckinProposal(for: s, today: Self.today) == CheckinProposal(date: Self.day("2026-12-21"), reason: .health)
        )
        // A later rating of the same ingredient replaces the low one.
        try s.rateHealth(partner: "Marc", ingredient: .care, score: 4, on: Self.today)
        #expect(CheckinProposal(for: s, today: Self.today).reason == .usual)
        try s.rateRisk("r1", likelihood: 3, impact: 4)
        #expect(CheckinProposal(for: s, today: Self.today).reason == .risk)
        try s.setRiskStatus("r1", .mitigated)
        #expect(CheckinProposal(for: s, today: Self.today).reason == .usual, "a mitigated risk no longer presses")
        s.reviews.formal = Self.day("2026-11-01")
        #expect(CheckinProposal(for: s, today: Self.today).reason == .formalLate)
        try s.logPhase(.crisis, on: Self.today)
        #expect(
            CheckinProposal(for: s, today: Self.today) == CheckinProposal(date: Self.day("2026-12-05"), reason: .crisis)
        )
    }

    @Test func anAbsentPartnerIsKeptInTheDraftAndTheMinutes() throws {
        var s = try Self.calm()
        try FollowUpEdit.absent(partner: "Marc").apply(to: &s)
        #expect(s.reviews.underway == nil, "without a follow-up under way nothing changes")
        s.startFollowUp(on: Self.today)
        try FollowUpEdit.absent(partner: "Marc").apply(to: &s)
        try FollowUpEdit.absent(partner: "p2").apply(to: &s)
        #expect(s.reviews.underway?.absent == ["p2"])
        let draft = try #require(s.reviews.underway)
        #expect(
            QuestionID.followUp(checkpoint: draft.checkpoint, .health(partner: "p2", .trust)).isAnswered(
                in: s, since: Self.today))
        #expect(
            !QuestionID.followUp(checkpoint: draft.checkpoint, .health(partner: "p1", .vision)).isAnswered(
                in: s, since: Self.today))
        #expect(throws: SessionError.self) { try FollowUpEdit.absent(partner: "Nobody").apply(to: &s) }
        let checkpoint = try s.finishFollowUp(label: "follow-up", on: Self.today)
        #expect(checkpoint.minutes?.absent == ["p2"])
        let reread = try SessionCodec.decode(try SessionCodec.encode(s), file: "s.json")
        #expect(reread.checkpoints.last?.minutes == checkpoint.minutes)
    }

    @Test func theMinutesSayWhatChangedWhatWasDecidedAndWhatIsDue() throws {
        var s = try Self.calm()
        try s.addCheckpoint(label: "before", on: Self.day("2026-10-01"))
        try s.addNote("written between meetings", at: Date(timeIntervalSince1970: 1_790_000_000))  // 2026-09-21
        s.startFollowUp(on: Self.today)
        try s.completeAction("a1", on: Self.today)
        try s.addAction(text: "Call the notary ; soon", due: Self.day("2026-12-01"), on: Self.today)
        try s.addAction(text: "Later", due: Self.day("2027-06-01"), on: Self.today)
        try s.addNote("Julien said « we'll see »", at: Date(timeIntervalSince1970: 1_795_300_000))  // 2026-11-21
        let checkpoint = try s.finishFollowUp(label: "follow-up", on: Self.today)
        let summary = try #require(FollowUpMinutes.summary(of: checkpoint, in: s))
        #expect(summary.minutes.baseline == "c1")
        #expect(summary.changes.notes.count == 2)
        #expect(summary.decided.notes.map(\.text) == ["Julien said « we'll see »"], "notes of the meeting only")
        #expect(summary.decided.actions.count == 3)
        #expect(summary.due.map(\.text) == ["Call the notary ; soon"], "due by the next check-in only")
        #expect(FollowUpMinutes.summary(of: try #require(s.checkpoints.first), in: s) == nil)
    }

    @Test(arguments: Language.allCases)
    func theReportKeepsTheMinutes(_ language: Language) throws {
        var s = try Self.calm()
        let catalog = try ExportGoldenTests.catalog()
        let before = DocumentKind.report.render(s, catalog: catalog, language: language, today: Self.today)
        #expect(!before.contains("## " + Wording(catalog: catalog, language: language)("doc.report.minutes")))
        s.startFollowUp(on: Self.today)
        try s.addAction(text: "Call the notary ; soon", due: Self.day("2026-12-01"), on: Self.today)
        try FollowUpEdit.absent(partner: "Marc").apply(to: &s)
        try s.finishFollowUp(label: "follow-up", on: Self.today)
        let text = DocumentKind.report.render(s, catalog: catalog, language: language, today: Self.today)
        let t = Wording(catalog: catalog, language: language)
        #expect(text.contains("## " + t("doc.report.minutes")))
        #expect(text.contains(t("doc.minutes.meeting", ["date": t.date(Self.today), "id": "c1"])))
        #expect(text.contains(Markdown.escape("Call the notary ; soon")))
        #expect(text.contains(t("doc.minutes.absent", ["list": "Marc"])))
    }
}
