import TandemTestSupport
import Foundation
import Testing
import TandemCore

/// Each `Transcripts/NAME.LANG.in` is typed into a fresh shell (its sessions
/// directory holding the files of `Transcripts/fixtures/NAME.LANG/`, if any);
/// the output must equal `NAME.LANG.out`. TANDEM_RECORD=1 writes every .out file anew;
/// TANDEM_RECORD=map.en,map.fr only those.
@Suite struct TranscriptTests {
    static let folder = repositoryRoot + "/Tests/TandemShellTests/Transcripts"

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".in") }.sorted()
    }

    @Test(arguments: inputs)
    func transcript(_ file: String) throws {
        let base = String(file.dropLast(3))
        let language = Language(rawValue: String(base.split(separator: ".").last ?? "en")) ?? .en
        let input = try String(contentsOfFile: Self.folder + "/" + file, encoding: .utf8)
        var lines = input.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let harness = try TranscriptHarness(language: language)
        try harness.seed(from: Self.folder + "/fixtures/" + base)
        let actual = harness.run(lines)
        let expectedPath = Self.folder + "/" + base + ".out"
        let record = ProcessInfo.processInfo.environment["TANDEM_RECORD"] ?? ""
        if record == "1" || record.split(separator: ",").contains(where: { $0 == base }) {
            try actual.write(toFile: expectedPath, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
        #expect(actual == expected, "transcript \(base) differs; TANDEM_RECORD=1 re-records it")
    }
}
