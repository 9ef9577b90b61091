/// The two documents `export` writes.
public enum DocumentKind: String, CaseIterable, Sendable {
    /// For a future partner: what we propose, in plain words.
    case proposal
    /// For the coach: everything, with the analyses.
    case report

    /// The Markdown text of this document for `session`, worded in `language`,
    /// as of `today` (what is overdue, how long a phase has lasted).
    public func render(_ session: Session, catalog: PromptCatalog, language: Language, today: Day) -> String {
        let wording = Wording(catalog: catalog, language: language)
        switch self {
        case .proposal: return ProposalDocument(session: session, t: wording, today: today).render()
        case .report: return ReportDocument(session: session, t: wording, today: today).render()
        }
    }

    /// `atelier-proposal.fr.md`: the session's file name, the kind, the language.
    public func fileName(session name: String, language: Language) -> String {
        name + "-" + rawValue + "." + language.rawValue + ".md"
    }
}

extension String {
    /// The first letter in upper case ("commercial" → "Commercial"), for labels at the start of a cell.
    var sentenceCased: String {
        guard let first = first else { return self }
        return first.uppercased() + dropFirst()
    }
}
