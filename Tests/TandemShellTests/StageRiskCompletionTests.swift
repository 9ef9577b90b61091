import TandemCore
import Testing

@testable import TandemShell

/// Tab completion of the stage, gate and risk commands: sub-commands, stage
/// names, partner names, value words and risk ids.
@Suite struct StageRiskCompletionTests {
    func shell(_ language: Language = .en) throws -> TranscriptHarness {
        let harness = try TranscriptHarness(language: language)
        _ = harness.run([
            "new Atelier", "partner add Zoé", "partner add Marc", "stage add Trial", "stage add \"Joint offer\"",
            "risk add defection Leaving", "risk add value Fees",
        ])
        return harness
    }

    @Test func completesStageSubcommandsNamesAndPartners() throws {
        let h = try shell()
        #expect(h.shell.complete("stage en").insertion == "entry ")
        #expect(h.shell.complete("stage entry J").insertion == "\"Joint offer\" ")
        #expect(h.shell.complete("stage commit Trial Z").insertion == "Zoé ")
        #expect(h.shell.complete("stage drop Trial d").insertion == "deliverable ")
        #expect(h.shell.complete("gate T").insertion == nil, "Trial has no condition to check yet")
        try h.shell.execute("stage entry Trial Two proposals sent")
        #expect(h.shell.complete("gate T").insertion == "Trial ")
        #expect(h.shell.complete("gate ").insertion == "Trial ", "only the stages a gate can check")
        #expect(h.shell.complete("stage measure ").insertion == "Trial ")
        #expect(h.shell.complete("stage due J").candidates.isEmpty)
        #expect(h.shell.complete("stages s").insertion == "show ")
    }

    @Test func completesRiskIdsAndValueWords() throws {
        let h = try shell()
        #expect(h.shell.complete("risk rate r").candidates == ["r1", "r2"])
        #expect(h.shell.complete("risk add def").insertion == "defection ")
        #expect(h.shell.complete("risk status r1 w").insertion == "watching ")
        #expect(h.shell.complete("risk scan hid").insertion == "hidden-agendas ")
        #expect(h.shell.complete("risk scan hidden-agendas un").insertion == "unsure ")
        #expect(h.shell.complete("risk owner r1 M").insertion == "Marc ")
    }

    @Test func offersFrenchLabelsInFrench() throws {
        let h = try shell(.fr)
        #expect(h.shell.complete("risk add val").candidates == ["valeur", "valeurs différentes", "value"])
        #expect(h.shell.complete("risk status r1 ou").insertion == "ouvert ")
        #expect(h.shell.complete("risk status r1 cl").insertion == "clos", "closed and clos share their start")
    }
}
