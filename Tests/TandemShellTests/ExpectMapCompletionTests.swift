import TandemCore
import Testing

@testable import TandemShell

/// Tab after `expect` and `map`: partners, kinds, ids, needs and scores.
@Suite struct ExpectMapCompletionTests {
    func shell(_ language: Language = .en) throws -> TranscriptHarness {
        let harness = try TranscriptHarness(language: language)
        _ = harness.run([
            "new Atelier", "partner add Zoé", "partner add \"Bureau Öko\"",
            "expect add Zoé expectation Clients", "expect add Bureau contribution Buyers",
            "expect add Bureau commitment Pilots", "expect add Zoé commitment Mockups",
            "map need add \"Client access\" critical", "map need add Design",
        ])
        return harness
    }

    @Test func expectCompletesPartnersThenKinds() throws {
        let h = try shell()
        #expect(h.shell.complete("expect li").candidates == ["link", "list"])
        #expect(h.shell.complete("expect add B").insertion == "\"Bureau Öko\" ")
        #expect(h.shell.complete("expect add Zoé com").insertion == "commitment ")
        #expect(h.shell.complete("expect add Zoé con").candidates == ["concern", "contribution"])
        #expect(h.shell.complete("expect goals Z").insertion == "Zoé ")
    }

    @Test func expectCompletesFrenchKinds() throws {
        let h = try shell(.fr)
        #expect(h.shell.complete("expect add Zoé eng").insertion == "engagement ")
        #expect(h.shell.complete("expect add Zoé app").insertion == "apport ")
    }

    @Test func expectCompletesTheIdsThatFit() throws {
        let h = try shell()
        #expect(h.shell.complete("expect link e").insertion == "e1 ")
        #expect(h.shell.complete("expect link e1 e").candidates == ["e2", "e3"])
        #expect(h.shell.complete("expect due e").candidates == ["e3", "e4"])
        #expect(h.shell.complete("expect measure e").candidates == ["e3", "e4"])
        #expect(h.shell.complete("expect remove e").candidates == ["e1", "e2", "e3", "e4"])
    }

    @Test func mapCompletesNeedsPartnersAndScores() throws {
        let h = try shell()
        #expect(h.shell.complete("map n").insertion == "need ")
        #expect(h.shell.complete("map need c").insertion == "critical ")
        #expect(h.shell.complete("map need critical Cl").insertion == "\"Client access\" ")
        #expect(h.shell.complete("map need critical Design y").insertion == "yes ")
        #expect(h.shell.complete("map rate Zo").insertion == "Zoé ")
        #expect(h.shell.complete("map rate Zoé D").insertion == "Design ")
        #expect(h.shell.complete("map rate Zoé Design ").candidates == ["0", "1", "2", "3"])
        #expect(h.shell.complete("map strength B").insertion == "\"Bureau Öko\" ")
    }
}
