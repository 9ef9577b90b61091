import Testing
import TandemCore
@testable import TandemShell

/// What the grammar tests of every module do with a shell: run a line as a
/// user would, read the session, parse without running.
protocol ShellLineTesting {}

extension ShellLineTesting {
    /// Runs one line, returning the error a user would read (nil when it worked).
    func run(_ h: TranscriptHarness, _ line: String) -> String? {
        do {
            try h.shell.execute(line)
            return nil
        } catch {
            return h.shell.describe(error)
        }
    }

    func session(_ h: TranscriptHarness) throws -> Session { try #require(h.shell.current?.session) }

    func parse(_ h: TranscriptHarness, _ line: String) throws -> CommandParser.Parsed {
        try #require(try CommandParser(shell: h.shell).parse(Lexer.lex(line), text: line))
    }
}
