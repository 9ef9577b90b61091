import TandemCore
import Testing

@testable import TandemShell

/// `export`: completion and the reading of its arguments.
@Suite struct ExportCommandTests {
    @Test func completesKindsOptionsAndLanguages() throws {
        let h = try TranscriptHarness(language: .en)
        _ = h.run(["new Atelier"])
        #expect(h.shell.complete("expo").insertion == "export ")
        #expect(h.shell.complete("export ").candidates == ["calendar", "proposal", "report"])
        #expect(h.shell.complete("export p").insertion == "proposal ")
        #expect(h.shell.complete("export report --l").insertion == "--lang ")
        #expect(h.shell.complete("export report --lang ").candidates == ["en", "fr"])
        #expect(h.shell.complete("export report --force ").insertion == "--")
        #expect(h.shell.complete("export report --force --h").insertion == "--html ")
        #expect(h.shell.complete("rep").insertion == "report ")
    }

    /// The request a line makes, read by the declared command.
    func request(_ line: String) throws -> ExportRequest {
        let h = try TranscriptHarness(language: .en)
        _ = h.run(["new Atelier"])
        let parsed = try #require(try CommandParser(shell: h.shell).parse(Lexer.lex(line), text: line))
        return try ExportRequest(parsed.arguments)
    }

    @Test(arguments: [
        ("export proposal", ExportRequest.Parsed(kind: .proposal, file: nil, language: nil, force: false)),
        ("export REPORT out.md --force", .init(kind: .report, file: "out.md", language: nil, force: true)),
        ("export --lang fr proposal", .init(kind: .proposal, file: nil, language: .fr, force: false)),
        ("export report --lang=EN \"a b.md\"", .init(kind: .report, file: "a b.md", language: .en, force: false)),
        ("export report \"--lang\"", .init(kind: .report, file: "--lang", language: nil, force: false)),
        ("export --force report --lang fr --force", .init(kind: .report, file: nil, language: .fr, force: true)),
    ])
    func readsArguments(_ line: String, _ expected: ExportRequest.Parsed) throws {
        #expect(ExportRequest.Parsed(try request(line)) == expected)
    }

    /// Each is a usage error, or the error of the word that does not fit.
    @Test(arguments: [
        "export", "export memo", "export proposal a b", "export report --lang", "export report --lang de",
        "export report --lang fr --lang en", "export --lang=fr report --lang=fr", "export --lang fr report --lang=en",
        "export report --quiet",
    ])
    func refusesWhatItCannotRead(_ line: String) throws {
        let h = try TranscriptHarness(language: .en)
        _ = h.run(["new Atelier"])
        #expect(throws: ShellError.self) { try h.shell.execute(line) }
    }

    @Test func anOptionGivenTwiceIsAUsageError() throws {
        let h = try TranscriptHarness(language: .en)
        _ = h.run(["new Atelier"])
        for line in ["export report --lang fr --lang en", "export --lang=en proposal --lang fr"] {
            do {
                try h.shell.execute(line)
                Issue.record("\(line) was accepted")
            } catch {
                guard case .usage("export") = error else {
                    Issue.record("\(line): \(h.shell.describe(error))")
                    continue
                }
            }
        }
    }
}

extension ExportRequest {
    /// The fields of a request, comparable in a test.
    struct Parsed: Equatable, Sendable {
        var kind: DocumentKind
        var file: String?
        var language: Language?
        var force: Bool

        init(kind: DocumentKind, file: String?, language: Language?, force: Bool) {
            self.kind = kind
            self.file = file
            self.language = language
            self.force = force
        }

        init(_ request: ExportRequest) {
            self.init(kind: request.kind, file: request.file, language: request.language, force: request.force)
        }
    }
}
