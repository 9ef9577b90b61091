import Foundation
import TandemCore
import TandemTestSupport
import Testing

@testable import TandemShell

/// A guided answer is on disk before the next question is asked: its change
/// and its "answered" mark are saved together, once.
@Suite struct GuideAutosaveTests {
    /// Hands out lines and, when asked for the line after `peekAfter`, reads the session file as it is on disk.
    final class PeekingSource: LineSource {
        var lines: [String]
        let peekAfter: Int
        let peek: () -> Void
        var served = 0

        init(_ lines: [String], peekAfter: Int, peek: @escaping () -> Void) {
            self.lines = lines
            self.peekAfter = peekAfter
            self.peek = peek
        }

        func readLine(prompt: String) -> LineEvent {
            if served == peekAfter { peek() }
            guard served < lines.count else { return .end }
            served += 1
            return .line(lines[served - 1])
        }

        var location: String? { nil }
    }

    @Test func anAnswerAndItsMarkAreSavedBeforeTheNextQuestion() throws {
        let harness = try TranscriptHarness(language: .en)
        let store = SessionStore(directory: harness.sessionsPath)
        var onDisk: Session?
        let source = PeekingSource(["new Atelier", "context", "Win contracts together", "stop"], peekAfter: 3) {
            onDisk = try? store.load("atelier").session
        }
        #expect(harness.shell.run(source) == 0)
        let saved = try #require(onDisk)
        #expect(saved.context.purpose == "Win contracts together")
        #expect(saved.guide.answered["context.purpose"] != nil)
    }
}
