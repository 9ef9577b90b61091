import Foundation
@testable import TandemCore
import Testing

@Suite struct FollowUpEditTests {
    static let today = CheckpointTests.today
    static let later = CheckpointTests.day("2027-01-10")

    @Test func everyCaseApplies() throws {
        var s = try CheckpointTests.session()
        #expect(try FollowUpEdit.checkpoint(label: "  Kick-off ", on: Self.today).apply(to: &s) == "c1")
        #expect(s.checkpoints.map(\.label) == ["Kick-off"])
        #expect(s.checkpoints[0].state == s.state.frozen)
        #expect(try FollowUpEdit.checkpoint(label: "", on: Self.today).apply(to: &s) == "c2")
        #expect(try FollowUpEdit.checkpoint(label: "", on: Self.today).apply(to: &s) == "c3", "labels may be left out")

        #expect(try FollowUpEdit.review(.checkin, on: Self.later).apply(to: &s) == nil)
        #expect(s.reviews.checkin == Self.later)
        try FollowUpEdit.review(.formal, on: Self.later).apply(to: &s)
        #expect(s.reviews.formal == Self.later)

        #expect(try FollowUpEdit.start(on: Self.today).apply(to: &s) == "c4")
        let draft = try #require(s.reviews.underway)
        #expect(try FollowUpEdit.start(on: Self.later).apply(to: &s) == "c4")
        #expect(s.reviews.underway == draft, "one under way is kept")
        try FollowUpEdit.discard.apply(to: &s)
        #expect(s.reviews.underway == nil)
        #expect(try FollowUpEdit.start(on: Self.today).apply(to: &s) == "c5", "a reserved id is not handed out again")
        #expect(try FollowUpEdit.finish(label: "Follow-up 2026-11-21", on: Self.today).apply(to: &s) == "c5")
        #expect(s.reviews.underway == nil && s.checkpoints.last?.label == "Follow-up 2026-11-21")
        // r1 is high (3 × 4) and still open: the next check-in comes in a month, not two.
        #expect(s.reviews.checkin == CheckpointTests.day("2026-12-21"))
    }

    @Test func replaysTheSame() throws {
        // Undo replays the recorded values on an older copy: they must land the same.
        let start = try CheckpointTests.session()
        let edits: [any SessionChange] = [
            FollowUpEdit.checkpoint(label: "Kick-off", on: Self.today), FollowUpEdit.start(on: Self.today),
            ActionEdit.done(ids: ["a1"], on: Self.today), FollowUpEdit.finish(label: "Follow-up", on: Self.today),
        ]
        var once = start
        var twice = start
        for edit in edits { try edit.apply(to: &once) }
        for edit in edits { try edit.apply(to: &twice) }
        #expect(once == twice)
    }

    @Test func badInputIsRefusedWithoutAChange() throws {
        var s = try CheckpointTests.session()
        try FollowUpEdit.checkpoint(label: "Kick-off", on: Self.today).apply(to: &s)
        for label in ["kick-off", " KICK-OFF "] + ActionEditCheck.hostile.filter({ !$0.allSatisfy(\.isWhitespace) })
            + ["zero\u{200B}width", String(repeating: "x", count: 201)]
        {
            ActionEditCheck.refuses(FollowUpEdit.checkpoint(label: label, on: Self.today), s)
        }
        try FollowUpEdit.start(on: Self.today).apply(to: &s)
        for label in ["bell\u{07}", "ab\u{202E}dc", String(repeating: "x", count: 201)] {
            ActionEditCheck.refuses(FollowUpEdit.finish(label: label, on: Self.today), s)
        }
        #expect(throws: SessionError.invalidText(field: "checkpoint.label")) {
            try FollowUpEdit.checkpoint(label: "bell\u{07}", on: Self.today).apply(to: &s)
        }
        #expect(throws: SessionError.exists(.checkpoint, "KICK-OFF")) {
            try FollowUpEdit.checkpoint(label: "KICK-OFF", on: Self.today).apply(to: &s)
        }
    }

    @Test func everyCaseIsWordedInBothLanguages() throws {
        let edits: [FollowUpEdit] = [
            .checkpoint(label: "Kick-off", on: Self.today), .checkpoint(label: "", on: Self.today),
            .review(.checkin, on: Self.later), .review(.formal, on: Self.later), .start(on: Self.today),
            .finish(label: "Follow-up 2026-11-21", on: Self.today), .discard,
        ]
        for edit in edits { try ActionEditCheck.worded(edit) }
        let catalog = try #require(ActionEditCheck.catalog)
        let nb = "\u{A0}"
        #expect(
            FollowUpEdit.review(.checkin, on: Self.later).wording.text(catalog, .en)
                == "next check-in set to 2027-01-10")
        #expect(
            FollowUpEdit.checkpoint(label: "Après le pilote", on: Self.today).wording.text(catalog, .fr)
                == "point de référence «\(nb)Après le pilote\(nb)»")
    }
}
