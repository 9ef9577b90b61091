import TandemTestSupport
import Foundation
import Testing
import TandemCore

/// Each `Transcripts/NAME.LANG.in` is typed into a fresh shell (its sessions
/// directory holding the files of `Transcripts/fixtures/NAME.LANG/`, if any);
/// the output must equal `NAME.LANG.out`.
///
/// Strict, like swift-snapshot-testing:
/// - a mismatch writes the output beside the expected file, as
///   `NAME.LANG.out.actual` (ignored by git), and the failure gives the
///   `diff -u` command comparing them; a passing run removes a stale one;
/// - TANDEM_RECORD=1 writes every .out file anew, TANDEM_RECORD=map.en,map.fr
///   only those, and each transcript recorded FAILS, so a run with recording on
///   never passes: read the new .out files, then run again without it;
/// - an .in file without its .out, and a folder without any .in file, fail.
@Suite struct TranscriptTests {
    static let folder = repositoryRoot + "/Tests/TandemShellTests/Transcripts"

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".in") }.sorted()
    }

    /// The transcripts TANDEM_RECORD asks to record ("1": all of them).
    static func recording(_ base: String) -> Bool {
        let record = ProcessInfo.processInfo.environment["TANDEM_RECORD"] ?? ""
        return record == "1"
            || record.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == base }
    }

    /// A folder that yields no case would otherwise pass without running anything.
    @Test func transcriptsFound() {
        #expect(!Self.inputs.isEmpty, "no NAME.LANG.in transcript found in \(Self.folder)")
    }

    @Test(arguments: inputs)
    func transcript(_ file: String) throws {
        let base = String(file.dropLast(3))
        let suffix = base.split(separator: ".").count > 1 ? base.split(separator: ".").last.map(String.init) : nil
        guard let language = suffix.flatMap(Language.init(rawValue:)) else {
            let known = Language.allCases.map(\.rawValue).joined(separator: ", ")
            Issue.record("transcript \(file) is not named NAME.LANG.in with LANG one of \(known)")
            return
        }
        let input = try String(contentsOfFile: Self.folder + "/" + file, encoding: .utf8)
        var lines = input.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let harness = try TranscriptHarness(language: language)
        try harness.seed(from: Self.folder + "/fixtures/" + base)
        let actual = harness.run(lines)

        let files = FileManager.default
        let expectedPath = Self.folder + "/" + base + ".out"
        let actualPath = expectedPath + ".actual"
        if Self.recording(base) {
            try actual.write(toFile: expectedPath, atomically: true, encoding: .utf8)
            try? files.removeItem(atPath: actualPath)
            Issue.record(
                """
                recorded \(expectedPath) (TANDEM_RECORD is set): read it, then run again \
                without TANDEM_RECORD; a run that records never passes
                """)
            return
        }
        guard files.fileExists(atPath: expectedPath) else {
            try actual.write(toFile: actualPath, atomically: true, encoding: .utf8)
            Issue.record(
                """
                transcript \(file) has no expected output \(base).out; its output is in \(actualPath). \
                Record it with TANDEM_RECORD=\(base), then read it
                """)
            return
        }
        let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
        if actual == expected {
            try? files.removeItem(atPath: actualPath)
            return
        }
        try actual.write(toFile: actualPath, atomically: true, encoding: .utf8)
        Issue.record(
            """
            transcript \(base) differs from \(base).out\(Self.firstDifference(expected, actual)).
            Compare: diff -u '\(expectedPath)' '\(actualPath)'
            Once the new output is right: TANDEM_RECORD=\(base) re-records it
            """)
    }

    /// Where two transcripts first part, as ": line N, expected … got …".
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(old.count, new.count) {
            let was = index < old.count ? "\"\(old[index])\"" : "(end)"
            let now = index < new.count ? "\"\(new[index])\"" : "(end)"
            if was != now { return " at line \(index + 1): expected \(was), got \(now)" }
        }
        return ""
    }
}
