/// The coach's report: the whole session with every analysis — context,
/// partners and their personal goals, expectations with their links, the
/// complementarity map, stages and gates, the working agreement, risks, health with perception
/// gaps, phase, actions, the minutes of the follow-ups, and the questions that were skipped.
struct ReportDocument {
    let session: Session
    let t: Wording
    let today: Day

    var charts: Charts { Charts(session: session, t: t, today: today) }

    func document() -> MarkdownDocument {
        var doc = MarkdownDocument()
        header(&doc)
        for module in Module.allCases { section(module, &doc) }
        minutes(&doc)
        skipped(&doc)
        return doc
    }

    func render() -> String { document().text }

    /// A module's part of the report; each lives in its module's folder.
    private func section(_ module: Module, _ doc: inout MarkdownDocument) {
        switch module {
        case .context:
            context(&doc)
            partners(&doc)
        case .expectations: expectations(&doc)
        case .map: map(&doc)
        case .stages: stages(&doc)
        case .agreement: agreement(&doc)
        case .risks: risks(&doc)
        case .health: health(&doc)
        case .phase: phase(&doc)
        case .actions: actions(&doc)
        }
    }

    /// The analysis of a module under its own heading.
    func analysis(_ doc: inout MarkdownDocument, _ findings: [Finding]) {
        guard !findings.isEmpty else { return }
        doc.heading(3, t("doc.analysis"))
        doc.list(findings.map { Inline($0.text) })
    }

    /// A label at the start of a cell or line: "Partnership type".
    func label(_ key: String) -> Inline {
        Inline(t(key).sentenceCased)
    }

    private func header(_ doc: inout MarkdownDocument) {
        let title = t("doc.report.title", ["title": session.title])
        doc.metadata(title: title, language: t.language.rawValue)
        doc.heading(1, title)
        doc.paragraph(
            .emphasis(
                t(
                    "doc.report.date",
                    [
                        "date": t.date(today), "created": t.date(Day(session.createdAt)),
                        "updated": t.date(Day(session.updatedAt)),
                    ])))
    }
}
