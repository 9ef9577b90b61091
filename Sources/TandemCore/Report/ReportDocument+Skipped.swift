extension ReportDocument {
    /// The guided questions skipped and still open, in words, with the day:
    /// avoidance is a signal. Skips whose subject is gone or whose answer came
    /// since are left out (the session keeps them).
    func skipped(_ doc: inout MarkdownDocument) {
        let skipped = SkippedQuestions.open(in: session)
        guard !skipped.isEmpty else { return }
        doc.heading(2, t("doc.report.skipped"))
        doc.paragraph(t("doc.report.skipped.intro"))
        doc.list(skipped.map { Inline(Findings.describeQuestion($0.id, session, t) + " (" + t.date($0.day) + ")") })
    }
}
