import TandemCore
import Testing

@testable import TandemShell

/// `private`, `share`, `guess`, `confirm`: Tab offers the items each would
/// change, each id once; each command is one undo step.
@Suite struct VisibilityCommandTests {
    static let draft = [
        "new Draft", "partner add Léa", "partner add Tom", "expect add Léa contribution Design",
        "expect add Léa concern Money", "expect add Tom expectation Visibility", "risk add value Fees",
        "rule add money Split by days", "action add Call Tom", "stage add Pilot",
    ]

    /// The draft, then `lines`, in one shell; returns it and what it printed.
    func shell(_ language: Language = .en, then lines: [String] = []) throws -> (TranscriptHarness, String) {
        let harness = try TranscriptHarness(language: language)
        let out = harness.run(Self.draft + lines)
        return (harness, out)
    }

    @Test func tabOffersWhatEachCommandWouldChange() throws {
        let (h, _) = try shell()
        #expect(h.shell.complete("private ").candidates == ["a1", "e1", "e3", "g1", "r1"])  // e2 is private already
        #expect(h.shell.complete("share ").insertion == "e2 ")
        #expect(h.shell.complete("private e1 ").candidates == ["a1", "e3", "g1", "r1"])  // e1 typed already
        #expect(h.shell.complete("private e1 r").insertion == "r1 ")
        #expect(h.shell.complete("guess ").insertion == "e")  // only declared items: e1, e2, e3
        #expect(h.shell.complete("guess e").candidates == ["e1", "e2", "e3"])
        let (g, _) = try shell(then: ["guess e3"])
        #expect(g.shell.complete("confirm ").insertion == "e3 ")
        #expect(g.shell.complete("guess e").candidates == ["e1", "e2"])
        let (fr, _) = try shell(.fr)
        #expect(fr.shell.complete("partager ").insertion == "e2 ")
        #expect(fr.shell.complete("suppose").insertion == "supposer ")
    }

    @Test func eachCommandIsOneUndoStep() throws {
        let (h, out) = try shell(then: ["private e1 r1 g1", "guess e3", "undo"])
        #expect(out.contains("Undone: e3 marked as a guess"))
        let session = try #require(h.shell.current?.session)
        #expect(["e1", "r1", "g1"].allSatisfy { session.shownTo($0) == .private })
        #expect(!session.expectations[2].isGuess)
        let (u, again) = try shell(then: ["private e1 r1 g1", "undo"])
        #expect(again.contains("Undone: e1, r1, g1 made private"))
        #expect(["e1", "r1", "g1"].allSatisfy { u.shell.current?.session.shownTo($0) == .shared })
    }

    @Test func nothingToChangeIsNoUndoStep() throws {
        let (_, out) = try shell(then: ["private e2", "undo"])
        #expect(out.contains("Already private: e2."))
        #expect(out.contains("Undone: stage Pilot added") || !out.contains("Undone: e2"))
    }

    @Test func aRefusedIdChangesNothing() throws {
        let (h, out) = try shell(then: ["private e1 s1"])
        #expect(out.contains("s1 is always in the proposal"))
        #expect(h.shell.current?.session.shownTo("e1") == .shared)
    }
}
