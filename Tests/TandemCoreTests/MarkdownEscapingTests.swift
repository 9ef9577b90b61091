import Foundation
import Testing

@testable import TandemCore

/// Text typed by users goes into the exported Markdown; it must stay text.
@Suite struct MarkdownEscapingTests {
    static let hostile = "| # <script>alert(1)</script> `x` *a* [l](u)"

    @Test(arguments: [
        ("plain words", "plain words"),
        ("Zoé & Marc", "Zoé & Marc"),
        ("&amp; &#60;", "\\&amp; \\&#60;"),
        ("a | b", "a \\| b"),
        ("*a* _b_ `c` ~d~", "\\*a\\* \\_b\\_ \\`c\\` \\~d\\~"),
        ("[l](u) ![i](x)", "\\[l\\](u) !\\[i\\](x)"),
        ("<b>bold</b>", "\\<b>bold\\</b>"),
        ("# title", "\\# title"),
        ("Task #3", "Task #3"),
        ("Budget #", "Budget \\#"),
        ("- item", "\\- item"),
        ("+ item", "\\+ item"),
        ("> quote", "\\> quote"),
        ("a -> b", "a -> b"),
        ("=== rule", "\\=== rule"),
        ("1. first", "1\\. first"),
        ("2) second", "2\\) second"),
        ("3.5 out of 5", "3.5 out of 5"),
        ("back\\slash", "back\\\\slash"),
        ("two\nlines\tand  spaces ", "two lines and spaces"),
        ("  leading", "leading"),
        ("esc\u{1B}[31m", "esc\\^\\[\\[31m"),
    ])
    func escapes(_ input: String, _ expected: String) {
        #expect(Markdown.escape(input) == expected)
    }

    @Test func hostileTextIsEscapedEverywhere() {
        let escaped = Markdown.escape(Self.hostile)
        #expect(escaped == "\\| # \\<script>alert(1)\\</script> \\`x\\` \\*a\\* \\[l\\](u)")
        #expect(!escaped.contains("<script") || escaped.contains("\\<script"))
    }

    /// One document with the hostile text in every kind of block.
    static func hostileDocument() -> String {
        var doc = MarkdownDocument()
        doc.heading(1, hostile)
        doc.paragraph(.strong(hostile) + .space + Inline(hostile))
        doc.list([MarkdownDocument.ListItem(Inline(hostile), [Inline("- " + hostile)])])
        doc.list([Inline("1. " + hostile)], numbered: true)
        doc.table([Inline("a|b"), Inline("c")], [[Inline(hostile + "\nsecond line"), Inline("> " + hostile)]])
        doc.chart(mermaid: ["timeline", "    " + Mermaid.label("```" + hostile)])
        return doc.text
    }

    @Test func tableRowsKeepTheirCells() {
        let text = Self.hostileDocument()
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("| ") }
        #expect(rows.count == 3)
        for row in rows {
            // Unescaped pipes are the cell borders only: two cells, three borders.
            var borders = 0
            var previous: Character = " "
            for character in row {
                if character == "|", previous != "\\" { borders += 1 }
                previous = character
            }
            #expect(borders == 3, "\(row)")
        }
    }

    @Test func codeFenceOutlastsBackticksInside() {
        var doc = MarkdownDocument()
        doc.chart(mermaid: ["a ```` b"])
        #expect(doc.text.hasPrefix("`````mermaid\n"))
        #expect(doc.text.hasSuffix("\n`````\n"))
    }

    static var pandoc: String? {
        for directory in ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"] {
            let path = directory + "/pandoc"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Runs pandoc (GitHub-flavoured Markdown to HTML); returns the HTML and what it said on stderr.
    static func toHTML(_ markdown: String) throws -> (html: String, warnings: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pandoc ?? "pandoc")
        process.arguments = ["-f", "gfm", "-t", "html"]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(markdown.utf8))
        try input.fileHandleForWriting.close()
        let html = output.fileHandleForReading.readDataToEndOfFile()
        let warnings = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: html, as: UTF8.self), String(decoding: warnings, as: UTF8.self))
    }

    @Test(.enabled(if: pandoc != nil, "pandoc is not installed"))
    func hostileTextStaysInertInHTML() throws {
        let (html, warnings) = try Self.toHTML(Self.hostileDocument())
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(!html.contains("<script"))
        #expect(!html.contains("<a "))
        #expect(!html.contains("<em>"))
        #expect(html.contains("<strong>"))  // the one bold the document asked for
        #expect(!html.contains("<code>x</code>"))
        #expect(!html.contains("<blockquote"))
        #expect(!html.contains("<ol start"))
        #expect(html.components(separatedBy: "<h1").count == 2)
        #expect(html.components(separatedBy: "<li>").count == 4)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }
}
