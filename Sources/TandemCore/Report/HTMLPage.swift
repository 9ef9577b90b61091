/// A document as one self-contained HTML page: inline CSS, inline SVG
/// charts, no script, nothing loaded from anywhere (a Content-Security-Policy
/// says so to the browser too), and a print stylesheet so "Print to PDF"
/// gives a clean A4 document.
enum HTMLPage {
    static func render(_ document: MarkdownDocument) -> String {
        var title = ""
        var language = "en"
        var body: [String] = []
        for block in document.blocks {
            switch block {
            case .metadata(let text, let lang):
                title = text
                language = lang
            case .heading(let level, let text):
                body.append("<h\(level)>" + text.html + "</h\(level)>")
            case .paragraph(let text):
                body.append("<p>" + text.html + "</p>")
            case .list(let items, let numbered):
                let tag = numbered ? "ol" : "ul"
                let lines = items.map { item in
                    let children =
                        item.children.isEmpty
                        ? "" : "<ul>" + item.children.map { "<li>" + $0.html + "</li>" }.joined() + "</ul>"
                    return "<li>" + item.text.html + children + "</li>"
                }
                body.append("<\(tag)>\n" + lines.joined(separator: "\n") + "\n</\(tag)>")
            case .table(let header, let rows, _):
                let head = "<thead><tr>" + header.map { "<th>" + $0.html + "</th>" }.joined() + "</tr></thead>"
                let cells = rows.map { "<tr>" + $0.map { "<td>" + $0.html + "</td>" }.joined() + "</tr>" }
                body.append("<table>\n" + head + "\n<tbody>\n" + cells.joined(separator: "\n") + "\n</tbody>\n</table>")
            case .chart(_, let svg):
                if let svg { body.append("<figure class=\"chart\">\n" + svg + "\n</figure>") }
            case .rule:
                body.append("<hr>")
            }
        }
        let head = [
            "<!DOCTYPE html>",
            "<html lang=\"" + HTML.escape(language) + "\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>" + HTML.escape(Markdown.oneLine(title)) + "</title>",
            "<style>", style, "</style>",
            "</head>",
            "<body>",
            "<main>",
        ]
        return (head + body + ["</main>", "</body>", "</html>"]).joined(separator: "\n") + "\n"
    }

    static let style = """
        :root { color: #1f2328; background: #ffffff; }
        body { font: 16px/1.5 -apple-system, "Segoe UI", "Helvetica Neue", Arial, "Noto Sans", sans-serif; margin: 0; }
        main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
        h1 { font-size: 1.9rem; line-height: 1.25; margin: 0 0 0.5rem; }
        h2 { font-size: 1.4rem; margin: 2.2rem 0 0.6rem; padding-bottom: 0.2rem; border-bottom: 1px solid #d0d7de; }
        h3 { font-size: 1.12rem; margin: 1.6rem 0 0.4rem; }
        p, ul, ol { margin: 0.5rem 0; }
        li { margin: 0.15rem 0; }
        table { border-collapse: collapse; margin: 0.8rem 0; width: 100%; font-size: 0.92rem; }
        th, td { border: 1px solid #d0d7de; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
        th { background: #f6f8fa; }
        figure.chart { margin: 1rem 0; }
        figure.chart svg { width: 100%; height: auto; max-width: 46rem; display: block; }
        @media print {
          @page { size: A4; margin: 18mm 16mm; }
          body { font-size: 10.5pt; }
          main { max-width: none; padding: 0; }
          h2 { break-after: avoid; }
          h3 { break-after: avoid; }
          table, figure, li { break-inside: avoid; }
        }
        """
}
