/// The two documents `export` writes.
public enum DocumentKind: String, CaseIterable, Sendable {
    /// For a future partner: what we propose, in plain words.
    case proposal
    /// For the coach: everything, with the analyses.
    case report

    /// This document for `session`, worded in `language`, as of `today`
    /// (what is overdue, how long a phase has lasted), as Markdown or as one
    /// self-contained HTML page.
    public func render(
        _ session: Session, catalog: PromptCatalog, language: Language, today: Day, format: ExportFormat = .markdown
    ) -> String {
        let wording = Wording(catalog: catalog, language: language)
        let document: MarkdownDocument
        switch self {
        case .proposal: document = ProposalDocument(session: session, t: wording, today: today).document()
        case .report: document = ReportDocument(session: session, t: wording, today: today).document()
        }
        switch format {
        case .markdown: return document.text
        case .html: return HTMLPage.render(document)
        }
    }

    /// `atelier-proposal.fr.md`: the session's file name, the kind, the language, the format's extension.
    public func fileName(session name: String, language: Language, format: ExportFormat = .markdown) -> String {
        name + "-" + rawValue + "." + language.rawValue + "." + format.fileExtension
    }
}

/// The formats `export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    case markdown, html

    public var fileExtension: String { self == .markdown ? "md" : "html" }

    /// HTML for a file named `.html` or `.htm`, else nil (the caller's default).
    public init?(fileName: String) {
        let lowered = fileName.lowercased()
        guard lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") else { return nil }
        self = .html
    }
}

extension String {
    /// The first letter in upper case ("commercial" → "Commercial"), for labels at the start of a cell.
    var sentenceCased: String {
        guard let first = first else { return self }
        return first.uppercased() + dropFirst()
    }

    /// The first letter in lower case, for a text set inside a sentence ("Steady work" → "steady work");
    /// left as typed when it starts an acronym or a name in capitals ("EU funding").
    var lowercasedStart: String {
        guard let first = first else { return self }
        if let second = dropFirst().first, second.isUppercase { return self }
        return first.lowercased() + dropFirst()
    }
}
