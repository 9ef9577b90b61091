import Foundation
import TandemCore
import Testing

/// The follow-up views (diff, review, checkpoints, the sessions table, the
/// follow-up itself) fit 80 columns: every line their transcripts show, apart
/// from what was typed and error messages (which the terminal wraps), is at
/// most 80 columns wide.
@Suite struct FollowUpLayoutTests {
    static let transcripts = ["followup.en", "followup.fr", "followup-commands.en", "followup-commands.fr"]

    @Test(arguments: transcripts)
    func linesFitEightyColumns(_ name: String) throws {
        let text = try String(contentsOfFile: TranscriptTests.folder + "/" + name + ".out", encoding: .utf8)
        for line in text.split(separator: "\n").map(String.init) {
            if line.hasPrefix("tandem") || line.hasPrefix("error: ") || line.hasPrefix("erreur\u{A0}: ") { continue }
            #expect(line.displayWidth <= 80, "too wide in \(name): \(line)")
        }
    }

    @Test func theSessionsTableAlignsAccentedTitles() throws {
        let text = try String(contentsOfFile: TranscriptTests.folder + "/followup-commands.fr.out", encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        let heading = try #require(lines.firstIndex { $0.hasPrefix("Sessions dans") })
        // The rows of the first table: after its header, the indented lines (unreadable files marked "!"),
        // up to what follows it (the "open" hint, the reminders).
        let rows = lines[(heading + 2)...].prefix {
            ($0.hasPrefix("  ") && !$0.hasPrefix("  - ")) || $0.hasPrefix("! ")
        }
        .filter { !$0.hasPrefix("! ") }
        let starts = Set(
            rows.compactMap { row -> Int? in
                guard let range = row.range(of: "  20") else { return nil }
                return String(row[row.startIndex..<range.lowerBound]).displayWidth
            })
        #expect(rows.filter { $0.contains("  20") }.count == 3, "one line with dates per session: \(rows)")
        #expect(starts.count == 1, "the date column starts at one place: \(rows)")
        // A long title is never cut: it wraps within its column, the file name after it.
        #expect(rows.joined(separator: " ").contains("Croix-Rousse"), "\(rows)")
    }
}
