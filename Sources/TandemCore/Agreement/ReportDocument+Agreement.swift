extension ReportDocument {
    /// The working agreement: the rules by topic, each with its id, then the analysis.
    func agreement(_ doc: inout MarkdownDocument) {
        doc.heading(2, t("doc.report.agreement"))
        for topic in RuleTopic.allCases {
            let rules = session.rulesAbout(topic)
            guard !rules.isEmpty else { continue }
            doc.paragraph(.strong(t(topic.labelKey).sentenceCased))
            doc.list(rules.map { Inline($0.text + t.documentMarks(shared: $0.isShared) + " (" + $0.id + ")") })
        }
        analysis(&doc, Findings.agreement(session, t))
    }
}
