extension ReportDocument {
    /// The timeline, the current phase with what usually happens and what to do, the signals against it.
    func phase(_ doc: inout MarkdownDocument) {
        doc.heading(2, t("doc.report.phase"))
        let analysis = PhaseAnalysis(session, today: today)
        let voices = Findings.phaseVoices(analysis, session, t)
        guard let current = analysis.current, let span = analysis.timeline.last else {
            doc.paragraph(t("doc.report.phase.none"))
            for finding in voices { doc.paragraph(finding.text) }
            return
        }
        doc.chart(mermaid: charts.phases())
        doc.table(
            [label("doc.col.date"), label("field.phase"), label("doc.col.duration"), label("field.note")],
            analysis.timeline.map { span in
                [
                    Inline(span.entry.date.description), Inline(t(span.entry.phase.labelKey).sentenceCased),
                    Inline(t.days(span.days)),
                    Inline(span.entry.note.isEmpty ? (span.end == nil ? t("phase.now") : "—") : span.entry.note),
                ]
            })
        doc.paragraph(
            .strong(
                t(
                    "phase.current",
                    ["phase": t(current.phase.labelKey), "date": t.date(current.date), "days": t.days(span.days)])))
        doc.paragraph(t("phase.about.\(current.phase.rawValue)"))
        doc.paragraph(t("phase.advice.\(current.phase.rawValue)"))
        for finding in voices { doc.paragraph(finding.text) }
        doc.heading(3, t("doc.analysis"))
        if analysis.signals.isEmpty {
            doc.paragraph(t("phase.signals.none"))
        } else {
            doc.paragraph(t("phase.signals", ["phase": t(current.phase.labelKey)]))
            doc.list(Findings.phase(analysis, session, t).map { Inline($0.text) })
        }
    }
}
