import Foundation
import Testing

/// French typography in what Tandem writes into the documents (issue 11): the
/// French exports of the solo draft — a session whose own texts follow French
/// typography, so every mark left is Tandem's — in Markdown and HTML, as the
/// golden tests pin them byte for byte. The rules are `FrenchTypographyTests`'s
/// (a non-breaking space before : ; ? ! and inside « », « » as quotes), and
/// days in running text are written in words (tables and charts keep ISO days).
@Suite struct FrenchExportTypographyTests {
    static let documents = ["solo-draft-proposal.fr", "solo-draft-report.fr"]

    /// The prose lines of a Markdown export: no front matter, no fenced chart, no table row.
    static func proseLines(markdown: String) -> [String] {
        var lines: [String] = []
        var fenced = false
        var frontMatter = markdown.hasPrefix("---\n")
        for (number, line) in markdown.components(separatedBy: "\n").enumerated() {
            if frontMatter {
                if number > 0, line == "---" { frontMatter = false }
                continue
            }
            if line.hasPrefix("```") {
                fenced.toggle()
                continue
            }
            if fenced || line.hasPrefix("|") { continue }
            // Markdown's own marks are not prose: emphasis, list bullets, escapes.
            lines.append(line.replacingOccurrences(of: "\\", with: ""))
        }
        return lines
    }

    /// The text of an HTML export's body, outside tables, SVG charts, styles and tags.
    static func proseLines(html: String) -> [String] {
        var text = html
        for element in ["style", "svg", "table", "head"] {
            while let open = text.range(of: "<\(element)"),
                let close = text.range(of: "</\(element)>", range: open.upperBound..<text.endIndex)
            {
                text.removeSubrange(open.lowerBound..<close.upperBound)
            }
        }
        text = text.replacingOccurrences(of: "<[^>]*>", with: "\n", options: .regularExpression)
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.components(separatedBy: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    static func problems(_ lines: [String]) -> [String] {
        var found: [String] = []
        for line in lines {
            for problem in FrenchTypographyTests.problems(in: line, commands: []) {
                found.append("\(problem): \(line)")
            }
            if line.range(of: #"\b\d{4}-\d{2}-\d{2}\b"#, options: .regularExpression) != nil {
                found.append("an ISO day in running text: \(line)")
            }
        }
        return found
    }

    @Test(arguments: documents)
    func theFrenchDocumentsFollowFrenchTypography(_ name: String) throws {
        let folder = ExportGoldenTests.folder
        let markdown = try String(contentsOfFile: folder + "/" + name + ".md", encoding: .utf8)
        let html = try String(contentsOfFile: folder + "/" + name + ".html", encoding: .utf8)
        let prose = Self.proseLines(markdown: markdown)
        #expect(prose.count > 20, "the Markdown export has prose")
        #expect(Self.problems(prose) == [], "\(name).md")
        #expect(Self.problems(Self.proseLines(html: html)) == [], "\(name).html")
    }

    @Test func theCheckFindsWhatItLooksFor() {
        #expect(Self.problems(["Prochaine étape : signer"]).count == 1)
        #expect(!Self.problems(["Il a dit \"oui\""]).isEmpty)
        #expect(Self.problems(["D'ici le 2027-03-01"]).count == 1)
        #expect(Self.problems(["Prochaine étape\u{00A0}: signer le 1er mars 2027"]) == [])
    }
}
