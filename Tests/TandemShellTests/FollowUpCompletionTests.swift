import TandemCore
import Testing

@testable import TandemShell

/// Tab completion of the follow-up commands.
@Suite struct FollowUpCompletionTests {
    @Test func completesCheckpointsReviewsAndFollowUp() throws {
        let h = try TranscriptHarness(language: .en)
        _ = h.run(["new Atelier", "partner add Zoé", "checkpoint Kick-off", "checkpoint"])
        #expect(h.shell.complete("dif").insertion == "diff ")
        #expect(h.shell.complete("diff ").candidates == ["Kick-off", "c1", "c2"])
        #expect(h.shell.complete("diff K").insertion == "Kick-off ")
        #expect(h.shell.complete("review ").candidates == ["checkin", "formal"])
        #expect(h.shell.complete("review c").insertion == "checkin ")
        #expect(h.shell.complete("followup r").insertion == "restart ")
        #expect(h.shell.complete("checkpoint").candidates == ["checkpoint", "checkpoints"])
    }
}
