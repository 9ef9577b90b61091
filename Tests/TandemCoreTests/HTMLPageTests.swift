import Foundation
import Testing

@testable import TandemCore

/// The HTML export: one page that is only ever text where users typed, with
/// nothing that could load from anywhere or run.
@Suite struct HTMLPageTests {
    static let hostile = "</title><script>alert(1)</script> \"q\" 'a' & <img src=x onerror=y> \u{1B}[31m"

    static func page() -> String {
        var doc = MarkdownDocument()
        doc.metadata(title: hostile, language: "fr")
        doc.heading(1, hostile)
        doc.paragraph(.strong(hostile) + .space + .emphasis(hostile) + .space + Inline(hostile))
        doc.list([MarkdownDocument.ListItem(Inline(hostile), [Inline(hostile)])], numbered: true)
        doc.table([Inline(hostile)], [[Inline(hostile), Inline("extra")]])
        var svg = SVG(width: 10, height: 10, label: hostile)
        svg.text(hostile, x: 0, y: 0)
        doc.chart(mermaid: ["graph"], svg: svg.markup)
        return HTMLPage.render(doc)
    }

    @Test func typedTextNeverBecomesMarkup() {
        let page = Self.page()
        #expect(!page.contains("<script"))
        #expect(!page.contains("<img"))
        #expect(!page.contains("\u{1B}"), "control characters are shown, not sent to the browser")
        #expect(page.contains("&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;q&quot; &#39;a&#39; &amp;"))
        #expect(page.contains("<title>&lt;/title&gt;"))
        #expect(page.contains("<html lang=\"fr\">"))
        // Every tag in the page is one the renderer writes.
        let allowed: Set<String> = [
            "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "main", "h1", "p", "strong", "em", "ol", "ul",
            "li", "table", "thead", "tbody", "tr", "th", "td", "figure", "svg", "text",
        ]
        var tags = Set<String>()
        var rest = Substring(page)
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            let name = after.prefix { $0 != " " && $0 != ">" && $0 != "/" }
            if !name.isEmpty { tags.insert(String(name)) }
            rest = after
        }
        #expect(tags.subtracting(allowed).isEmpty, "\(tags.subtracting(allowed))")
    }

    /// Nothing to fetch: no URL, no source, no stylesheet link, no script;
    /// the page says so to the browser as well.
    @Test(arguments: DocumentKind.allCases, Language.allCases)
    func nothingLoadsFromAnywhere(_ kind: DocumentKind, _ language: Language) throws {
        let page = kind.render(
            try ExportFixture.session(), catalog: try ExportGoldenTests.catalog(), language: language,
            today: ExportFixture.today, format: .html)
        #expect(page.contains("<svg"))
        for forbidden in ["http:", "https:", "src=", "href=", "url(", "@import", "<link", "<script"] {
            #expect(!page.contains(forbidden), "\(forbidden)")
        }
        #expect(page.contains("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\""))
    }

    @Test func theMarkdownKeepsTheMermaidAndTheHTMLTheDrawing() {
        var doc = MarkdownDocument()
        doc.chart(mermaid: ["timeline", "    title T"], svg: "<svg viewBox=\"0 0 1 1\"></svg>")
        doc.chart(mermaid: nil, svg: "<svg viewBox=\"0 0 2 2\"></svg>")
        #expect(doc.text == "```mermaid\ntimeline\n    title T\n```\n")
        let page = HTMLPage.render(doc)
        #expect(!page.contains("timeline"))
        #expect(page.contains("<svg viewBox=\"0 0 1 1\"></svg>") && page.contains("<svg viewBox=\"0 0 2 2\"></svg>"))
    }
}
