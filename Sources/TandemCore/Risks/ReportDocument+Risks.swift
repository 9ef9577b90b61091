extension ReportDocument {
    /// The quadrant chart, every risk with its score, owner and plan, the scan, the analysis.
    func risks(_ doc: inout MarkdownDocument) {
        doc.heading(2, t("doc.report.risks"))
        let sorted = RiskAnalysis.sorted(session.risks)
        // Points labelled by id: the table below is the chart's legend.
        charts.drawRisks(&doc, sorted) { _, risk in risk.id }
        if !sorted.isEmpty {
            let header = [
                "doc.col.id", "doc.col.score", "doc.col.band", "field.risk.zone", "field.risk.text", "field.risk.owner",
                "field.risk.mitigation", "field.risk.status",
            ].map(label)
            doc.table(
                header,
                sorted.map { risk in
                    let score = risk.score.map {
                        String($0) + " (" + String(risk.likelihood ?? 0) + "×" + String(risk.impact ?? 0) + ")"
                    }
                    return [
                        risk.id, score ?? "—", risk.band.map { t($0.labelKey) } ?? t("risks.unrated"),
                        t(risk.zone.labelKey),
                        risk.text + t.documentMarks(shared: risk.isShared)
                            + (risk.reason.map { " (" + t("risks.detail.reason", ["reason": t($0.labelKey)]) + ")" }
                                ?? ""),
                        risk.owner.isEmpty ? "—" : session.ownerName(of: risk),
                        risk.mitigation.isEmpty ? "—" : risk.mitigation,
                        t(risk.status.labelKey),
                    ].map { Inline($0) }
                })
        }
        let scanned = FailureReason.allCases.compactMap { reason in
            session.failureScan[reason.rawValue].map { (reason, $0) }
        }
        if !scanned.isEmpty {
            doc.paragraph(.strong(t("doc.report.scan")))
            // The day each answer was given, when the file knows it (older files do not).
            let dated = scanned.contains { session.scanDay($0.0) != nil }
            doc.table(
                [label("field.risk.reason"), label("field.risk.scan")] + (dated ? [label("field.risk.scan.day")] : []),
                scanned.map {
                    [Inline(t($0.0.labelKey).sentenceCased), Inline(t($0.1.labelKey))]
                        + (dated ? [Inline(session.scanDay($0.0)?.description ?? "—")] : [])
                })
        }
        analysis(&doc, Findings.risks(session, t))
    }
}
