import Foundation
import Testing
import TandemCore

/// Temporary: records only the transcripts named in TANDEM_RECORD_ONLY.
@Suite struct ZZRecordMine {
    @Test func record() throws {
        guard let names = ProcessInfo.processInfo.environment["TANDEM_RECORD_ONLY"] else { return }
        for base in names.split(separator: ",").map(String.init) {
            let language = Language(rawValue: String(base.split(separator: ".").last ?? "en")) ?? .en
            let input = try String(contentsOfFile: TranscriptTests.folder + "/" + base + ".in", encoding: .utf8)
            var lines = input.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.last == "" { lines.removeLast() }
            let harness = try TranscriptHarness(language: language)
            try harness.run(lines).write(toFile: TranscriptTests.folder + "/" + base + ".out", atomically: true, encoding: .utf8)
        }
    }
}
