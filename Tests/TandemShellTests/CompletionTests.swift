import Testing
import TandemCore
@testable import TandemShell

@Suite struct CompletionTests {
    func shell() throws -> TranscriptHarness {
        let harness = try TranscriptHarness(language: .en)
        _ = harness.run(["new Atelier", "partner add Zoé", "partner add \"Bureau Öko\"", "partner add Zacharie"])
        return harness
    }

    @Test func completesCommandWords() throws {
        let h = try shell()
        #expect(h.shell.complete("par") == Completion(replaceCount: 3, insertion: "partner ", candidates: []))
        #expect(h.shell.complete("sa") == Completion(replaceCount: 2, insertion: "save ", candidates: []))
        #expect(h.shell.complete("st") == Completion(replaceCount: 2, insertion: "sta", candidates: []))
        #expect(
            h.shell.complete("sta")
                == Completion(replaceCount: 3, insertion: nil, candidates: ["stage", "stages", "status"]))
        #expect(h.shell.complete("se") == Completion(replaceCount: 2, insertion: nil, candidates: ["sessions", "set"]))
        #expect(h.shell.complete("xyz").insertion == nil)
    }

    /// Found trying Tandem in French: "ét" + Tab became "eta" (the folded alias), a word
    /// no command has. The aliases are offered as the prompts write them.
    @Test func frenchCommandAliasesKeepTheirAccents() throws {
        let h = try TranscriptHarness(language: .fr)
        let completion = h.shell.complete("ét")
        #expect(completion.insertion == "éta" || completion.candidates.contains("état"), "\(completion)")
        #expect(completion.insertion?.hasPrefix("eta") != true)
        #expect(!completion.candidates.contains("etat"))
        #expect(h.shell.complete("éta").candidates.contains("état"))
    }

    @Test func completesSubcommandsAndValues() throws {
        let h = try shell()
        #expect(
            h.shell.complete("partner re")
                == Completion(replaceCount: 2, insertion: nil, candidates: ["remove", "rename"]))
        #expect(h.shell.complete("partner a").insertion == "add ")
        #expect(h.shell.complete("set rel").insertion == "relationship ")
        #expect(h.shell.complete("set relationship fr").insertion == "friends ")
    }

    @Test func completesAccentedAndQuotedNames() throws {
        let h = try shell()
        #expect(h.shell.complete("partner remove Zo").insertion == "Zoé ")
        #expect(h.shell.complete("partner remove zo").insertion == "Zoé ")
        #expect(h.shell.complete("partner remove B").insertion == "\"Bureau Öko\" ")
        #expect(h.shell.complete("partner remove \"Bur").insertion == "\"Bureau Öko\" ")
        #expect(h.shell.complete("partner remove \"Bur").replaceCount == 4)
        #expect(h.shell.complete("partner remove Z").candidates == ["Zacharie", "Zoé"])
    }

    @Test func aSemicolonIsTextNotASeparator() throws {
        let h = try shell()
        #expect(h.shell.complete("note a; part").insertion == nil)
    }

    @Test func completesSessionNames() throws {
        let h = try shell()
        #expect(h.shell.complete("open at").insertion == "atelier ")
    }

    @Test func suggestsTheNearestCommand() throws {
        let vocabulary = try shell().shell.vocabulary
        #expect(CommandTable.suggestion(for: "partnr", vocabulary) == "partner")
        #expect(CommandTable.suggestion(for: "stauts", vocabulary) == "status")
        #expect(CommandTable.suggestion(for: "qit", vocabulary) == "quit")
        #expect(CommandTable.suggestion(for: "zzzzzz", vocabulary) == nil)
        #expect(CommandTable.suggestion(for: "hepl", vocabulary) == "help")
        #expect(CommandTable.suggestion(for: "aidr", vocabulary) == "help")
        #expect(CommandTable.suggestion(for: "Santé", vocabulary) == "health")
    }
}
