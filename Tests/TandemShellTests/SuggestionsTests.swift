import Foundation
import TandemCore
import Testing

@testable import TandemShell

@Suite struct SuggestionsTests {
    @Test(arguments: [
        ("2", [2]), ("1 3", [1, 3]), ("1,3", [1, 3]), ("3, 1", [3, 1]), ("2-3", [2, 3]), ("1-3 2", [1, 2, 3]),
        ("a", [1, 2, 3]), ("ALL", [1, 2, 3]), ("tout", [1, 2, 3]), ("toutes", [1, 2, 3]),
    ])
    func selections(_ typed: String, _ numbers: [Int]) throws {
        let harness = try TranscriptHarness(language: .en)
        #expect(try harness.shell.parseSelection(typed, count: 3) == numbers)
    }

    @Test(arguments: ["0", "4", "1-", "-2", "3-1", "x", "1 x", ",", "1.5"])
    func invalidSelections(_ typed: String) throws {
        let harness = try TranscriptHarness(language: .en)
        #expect(throws: ShellError.self) { try harness.shell.parseSelection(typed, count: 3) }
    }

    /// In a script the suggestions are printed, nothing is read, and "action accept" takes them.
    @Test func scriptsPrintSuggestionsAndAcceptThemLater() throws {
        let harness = try TranscriptHarness(language: .en, interactive: false)
        let output = harness.run([
            "new Atelier", "partner add Zoé", "partner add Marc",
            "health rate Zoé trust 1", "health rate Marc trust 4", "health rate Zoé care 2", "health rate Marc care 2",
            "health show", "action accept 2", "action accept all", "actions",
        ])
        let trust =
            "Talk together about the trust between you (trust): it is rated low, and Zoé and Marc rate it differently"
        let care = "Talk together about the time you give the partnership itself (care): it is rated low"
        // Long lines wrap at 80 columns: compare the words.
        let flat = output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("1. " + trust + " 2. " + care + " To add them"))
        #expect(output.contains("\"action accept N\" or \"action accept all\""))
        #expect(!output.contains("Which ones should become actions?"))
        #expect(flat.contains("action accept 2 Added a1: " + care + " tandem"))
        #expect(flat.contains("Already an open action: a1 " + care + " Added a2: " + trust + " tandem"))
        #expect(output.hasSuffix("[exit 0]\n"))
        let session = try harness.shell.requireSession().session
        #expect(session.actions.map(\.text) == [care, trust])
        // Suggested by the health check: the coach's, kept out of the proposal.
        #expect(session.actions.map(\.origin) == ["health", "health"])
    }

    /// Suggestions belong to the session they were made in.
    @Test func acceptingInAnotherSessionIsRefused() throws {
        let harness = try TranscriptHarness(language: .en, interactive: false)
        let output = harness.run([
            "new A", "partner add Zoé", "partner add Marc", "health rate Zoé trust 1", "health rate Marc trust 1",
            "health show", "new B", "action accept 1",
        ])
        #expect(output.contains("nothing to accept"))
        #expect(output.hasSuffix("[exit 1]\n"))
    }

    @Test func everyLineOfTheViewsFitsEightyColumns() throws {
        for language in Language.allCases {
            let harness = try TranscriptHarness(language: language, interactive: false)
            let setup = harness.run([
                "new Atelier", "partner add \"Zoé Dupont-Lefèvre\"", "partner add \"Bureau Öko Lab\"",
                "partner add Léa",
                "partner add \"Marc-Antoine\"", "partner add Ana", "partner add Bo", "partner add Chloé",
                "partner add Dmitri",
                "health rate Zoé trust 1", "health rate Bureau trust 5", "health rate Léa decisions 3",
                "action add Agree on a shared calendar for the first three months, with who does what --owner Zoé --due 2026-11-01",
                "phase euphoria Everything looks easy and everyone is enthusiastic about the first client",
            ])
            let output = harness.run(["health show", "phase", "actions", "action accept all"])
            #expect(output.contains("Zoé Dupont-Lefèvre"))
            for line in output.dropFirst(setup.count - "[exit 0]\n".count).split(separator: "\n") {
                #expect(String(line).displayWidth <= 80, "\(language): \(line)")
            }
        }
    }
}
