import TandemCore
import Testing

@testable import TandemShell

/// Tab completion of the health, phase and action commands.
@Suite struct ActionCompletionTests {
    func shell(_ language: Language = .en) throws -> TranscriptHarness {
        let harness = try TranscriptHarness(language: language)
        _ = harness.run([
            "new Atelier", "partner add Zoé", "partner add Marc", "action add One", "action add Two", "action done a1",
        ])
        return harness
    }

    @Test func completesHealthWords() throws {
        let h = try shell()
        #expect(h.shell.complete("health r").insertion == "rate ")
        #expect(h.shell.complete("health rate Z").insertion == "Zoé ")
        #expect(h.shell.complete("health rate Zoé tr").insertion == "trust ")
        #expect(h.shell.complete("health rate Zoé trust ").candidates == ["1", "2", "3", "4", "5"])
        let fr = try shell(.fr)
        #expect(fr.shell.complete("health rate Zoé conf").insertion == "confiance ")
    }

    @Test func completesPhaseWords() throws {
        let h = try shell(.fr)
        #expect(h.shell.complete("phase euphori").candidates == ["euphoria", "euphorie"])
        #expect(h.shell.complete("phase cris").candidates == ["crise", "crisis"])
        #expect(h.shell.complete("phase g").insertion == "guide ")
        #expect(h.shell.complete("phase crisis ").candidates.isEmpty)
    }

    @Test func completesActionIdsAndOptions() throws {
        let h = try shell()
        #expect(h.shell.complete("action d").candidates == ["done", "due"])
        #expect(h.shell.complete("action done a").insertion == "a2 ")  // a1 is done already
        #expect(h.shell.complete("action remove a").candidates == ["a1", "a2"])
        #expect(h.shell.complete("action owner a2 M").insertion == "Marc ")
        #expect(h.shell.complete("action add Call the bank --o").insertion == "--owner ")
        // --owner reads anyone as typed (the core's owner rule decides) and offers partners to Tab.
        #expect(h.shell.complete("action add Call the bank --owner Z").insertion == "Zoé ")
    }
}
