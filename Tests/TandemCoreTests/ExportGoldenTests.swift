import TandemTestSupport
import Foundation
@testable import TandemCore
import Testing

/// Both exports compared with files under `Golden/`: the fixture session in
/// both languages, and every session in `Sessions/examples/` in its own
/// language (as of the day it last changed). TANDEM_RECORD=golden writes
/// the files anew; read them before keeping them.
@Suite struct ExportGoldenTests {
    static let folder = repositoryRoot + "/Tests/TandemCoreTests/Golden"
    static let examples = repositoryRoot + "/Sessions/examples"

    static var recording: Bool {
        (ProcessInfo.processInfo.environment["TANDEM_RECORD"] ?? "").split(separator: ",").contains("golden")
    }

    static func catalog() throws -> PromptCatalog {
        try PromptCatalog.load(from: repositoryRoot + "/Prompts")
    }

    static func compare(_ actual: String, _ name: String) throws {
        let path = folder + "/" + name
        if recording {
            try actual.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOfFile: path, encoding: .utf8)
        #expect(actual == expected, "\(name) differs; TANDEM_RECORD=golden re-records it")
    }

    @Test(arguments: DocumentKind.allCases, Language.allCases)
    func fixture(_ kind: DocumentKind, _ language: Language) throws {
        for format in ExportFormat.allCases {
            let text = kind.render(
                try ExportFixture.session(), catalog: try Self.catalog(), language: language,
                today: ExportFixture.today, format: format)
            try Self.compare(text, "fixture-\(kind.rawValue).\(language.rawValue).\(format.fileExtension)")
        }
    }

    static var exampleFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: examples)) ?? []).filter { $0.hasSuffix(".json") }
            .sorted()
    }

    @Test(arguments: exampleFiles)
    func example(_ file: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.examples + "/" + file)))
        let session = try SessionCodec.decode(bytes, file: file)
        let name = String(file.dropLast(5))
        for kind in DocumentKind.allCases {
            for format in ExportFormat.allCases {
                let text = kind.render(
                    session, catalog: try Self.catalog(), language: session.language, today: Day(session.updatedAt),
                    format: format)
                try Self.compare(text, "\(name)-\(kind.rawValue).\(format.fileExtension)")
            }
        }
    }
}
