import TandemCore
import Testing

@testable import TandemShell

/// `export`: completion and the reading of its arguments.
@Suite struct ExportCommandTests {
    @Test func completesKindsOptionsAndLanguages() throws {
        let h = try TranscriptHarness(language: .en)
        _ = h.run(["new Atelier"])
        #expect(h.shell.complete("expo").insertion == "export ")
        #expect(h.shell.complete("export ").candidates == ["proposal", "report"])
        #expect(h.shell.complete("export p").insertion == "proposal ")
        #expect(h.shell.complete("export report --l").insertion == "--lang ")
        #expect(h.shell.complete("export report --lang ").candidates == ["en", "fr"])
        #expect(h.shell.complete("export report --force ").insertion == "--lang ")
        #expect(h.shell.complete("rep").insertion == "report ")
    }

    @Test(arguments: [
        (["proposal"], ExportRequest.Parsed(kind: .proposal, file: nil, language: nil, force: false)),
        (["REPORT", "out.md", "--force"], .init(kind: .report, file: "out.md", language: nil, force: true)),
        (["--lang", "fr", "proposal"], .init(kind: .proposal, file: nil, language: .fr, force: false)),
        (["report", "--lang=EN", "a b.md"], .init(kind: .report, file: "a b.md", language: .en, force: false)),
    ])
    func readsArguments(_ words: [String], _ expected: ExportRequest.Parsed) throws {
        let request = try ExportRequest(parsing: words)
        #expect(ExportRequest.Parsed(request) == expected)
    }

    @Test(arguments: [
        [], ["memo"], ["proposal", "a", "b"], ["report", "--lang"], ["report", "--lang", "de"],
        ["report", "--lang", "fr", "--lang", "en"], ["report", "--quiet"],
    ])
    func refusesWhatItCannotRead(_ words: [String]) {
        #expect(throws: ShellError.self) { try ExportRequest(parsing: words) }
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
