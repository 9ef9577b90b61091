extension ReportDocument {
    /// Ingredients × partners with mean and band, then the analysis with its perception gaps.
    func health(_ doc: inout MarkdownDocument) {
        doc.heading(2, t("doc.report.health"))
        let analysis = HealthAnalysis(session)
        if analysis.isEmpty {
            doc.paragraph(t("doc.report.health.none"))
        } else {
            let gapped = Set(analysis.apart.keys)
            let header =
                [label("health.col.ingredient")] + session.partners.map { Inline($0.name) }
                + [label("health.col.mean"), label("health.col.band")]
            doc.table(
                header,
                analysis.rows.map { row in
                    let band = row.band.map {
                        t($0.labelKey) + (gapped.contains(row.ingredient) ? " — " + t("health.gap.mark") : "")
                    }
                    return [Inline(t(row.ingredient.labelKey).sentenceCased)]
                        + session.partners.map { Inline(row.scores[$0.id].map(String.init) ?? "—") }
                        + [Inline(row.meanTenths.map(t.tenths) ?? "—"), Inline(band ?? "—")]
                },
                alignments: [.left] + session.partners.map { _ in .center } + [.center, .left])
            doc.paragraph(.emphasis(t("health.legend")))
        }
        self.analysis(&doc, Findings.health(analysis, session, t))
    }
}
