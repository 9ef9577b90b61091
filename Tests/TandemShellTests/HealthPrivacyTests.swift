import TandemTestSupport
import Foundation
import TandemCore
import Testing

@testable import TandemShell

/// Each partner rates the health check alone: at a terminal the screen is
/// cleared before each turn, and nobody is shown another partner's scores.
@Suite struct HealthPrivacyTests {
    static let clear = "\u{1B}[H\u{1B}[2J\u{1B}[3J"
    static let lines = [
        "new Atelier", "partner add Zoé", "partner add Marc", "health", "4", "4", "3", "5", "4", "2", "3", "2", "stop",
    ]

    /// A shell at a colour terminal, as `tandem` starts one.
    static func terminal() throws -> (Shell, CaptureSink, TemporaryDirectory) {
        let directory = TemporaryDirectory()
        let sink = CaptureSink()
        let configuration = ShellConfiguration(
            store: SessionStore(directory: directory.path + "/sessions"),
            catalog: try PromptCatalog.load(from: repositoryRoot + "/Prompts"), language: .en, interactive: true,
            colorEnabled: true, version: "test", clock: TranscriptHarness.clock, workingDirectory: directory.path)
        return (Shell(configuration: configuration, sink: sink), sink, directory)
    }

    @Test func theScreenIsClearedBeforeEachPartnersTurn() throws {
        let (shell, sink, directory) = try Self.terminal()
        _ = shell.run(ScriptLineSource(lines: Self.lines))
        _ = directory
        #expect(sink.output.components(separatedBy: Self.clear).count - 1 == 2)
        let marcTurn = try #require(sink.output.range(of: Self.clear, options: .backwards))
        let afterClear = sink.output[marcTurn.upperBound...]
        #expect(afterClear.contains("Marc's turn — the others look away"))
        #expect(!afterClear.contains("Zoé rates"))
    }

    /// A script or a transcript keeps everything: no escape sequence, but each turn is still announced.
    @Test func withoutATerminalTheTurnIsOnlyAnnounced() throws {
        let harness = try TranscriptHarness(language: .fr)
        let output = harness.run(Self.lines)
        #expect(!output.contains("\u{1B}"))
        #expect(output.contains("Au tour de Zoé — les autres détournent le regard"))
        #expect(output.contains("Au tour de Marc — les autres détournent le regard"))
    }

    /// The follow-up asks the health check again without showing a partner's last score to the room.
    @Test func theFollowUpDoesNotShowTheLastScores() throws {
        let harness = try TranscriptHarness(language: .en)
        let output = harness.run([
            "new Atelier", "partner add Zoé", "partner add Marc", "health rate Zoé trust 4", "health rate Marc trust 2",
            "followup", "", "", "", "", "", "stop",  // two phase views, the phase, nothing new, a rating
        ])
        #expect(output.contains("Zoé's turn — the others look away. Enter keeps Zoé's last rating"))
        #expect(!output.contains("Now: 4"))
        #expect(!output.contains("Now: 2"))
    }
}
