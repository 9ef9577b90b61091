extension ReportDocument {
    /// Each stage with its conditions, commitments, deliverables, exits and
    /// gate history, the chart, then the analysis.
    func stages(_ doc: inout MarkdownDocument) {
        doc.heading(2, t("doc.report.stages"))
        charts.drawStages(&doc)
        let proposal = ProposalDocument(session: session, t: t, today: today)
        for (index, stage) in session.stages.enumerated() {
            doc.heading(
                3, t("doc.stage.heading", ["number": String(index + 1), "name": stage.name]) + " (" + stage.id + ")")
            doc.paragraph(stage.review.map { t("stages.review", ["date": t.date($0)]) } ?? t("stages.noreview"))
            part(
                &doc, "stages.entry",
                stage.entry.map { condition in
                    proposal.condition(condition) + (condition.isCheckable ? "" : " — " + t("stages.uncheckable"))
                })
            part(
                &doc, "stages.commitments",
                stage.commitments.map {
                    t("stages.commitment", ["partner": session.partnerName($0.partner), "text": $0.text])
                })
            part(&doc, "stages.deliverables", stage.deliverables)
            part(&doc, "stages.exits", stage.exits)
            gates(&doc, stage)
        }
        analysis(&doc, Findings.stages(session, today: today, t))
    }

    /// A part's heading and its numbered items, or "none yet".
    private func part(_ doc: inout MarkdownDocument, _ key: String, _ items: [String]) {
        if items.isEmpty {
            doc.paragraph(.strong(t(key)) + .space + Inline(t("stages.none")))
        } else {
            doc.paragraph(.strong(t(key)))
            doc.list(items.map { Inline($0) }, numbered: true)
        }
    }

    /// The smaller scope of a rescale, each partner's exit terms at an end.
    private func gateDetails(_ record: GateRecord) -> [String] {
        var out: [String] = []
        if let scope = record.scope { out.append(t("stages.gate.scope", ["scope": scope])) }
        for partner in session.partners {
            guard let terms = record.exitTerms?[partner.id] else { continue }
            out.append(t("stages.gate.exitterms", ["partner": partner.name, "terms": terms]))
        }
        return out
    }

    /// Every gate (date, verdict, tally, note), the conditions as assessed at the last one, a gate under way.
    private func gates(_ doc: inout MarkdownDocument, _ stage: Stage) {
        guard !stage.gates.isEmpty || stage.draft != nil else { return }
        doc.paragraph(.strong(t("stages.gates")))
        if !stage.gates.isEmpty {
            doc.table(
                [
                    label("doc.col.date"), label("field.gate.verdict"), label("doc.col.conditions"),
                    label("field.gate.note"),
                ],
                stage.gates.map { record in
                    let tally = GateAnalysis.tally(of: record)
                    let counts = t(
                        "doc.gate.tally",
                        [
                            "met": String(tally.met), "partly": String(tally.partly), "notMet": String(tally.notMet),
                            "open": String(tally.open),
                        ])
                    let details = gateDetails(record)
                    let note = (details + (record.note.isEmpty ? [] : [record.note])).joined(separator: " · ")
                    return [
                        Inline(record.date.description), Inline(t(record.verdict.labelKey)), Inline(counts),
                        Inline(note.isEmpty ? "—" : note),
                    ]
                })
        }
        if let last = stage.gates.last, !last.assessments.isEmpty {
            doc.paragraph(t("doc.gate.last", ["date": t.date(last.date)]))
            doc.list(
                last.assessments.map { assessment in
                    Inline.strong(t(assessment.status.labelKey))
                        + .space
                        + Inline(
                            assessment.condition + (assessment.evidence.isEmpty ? "" : " — " + assessment.evidence))
                })
        }
        if let draft = stage.draft {
            doc.paragraph(
                t(
                    "stages.draft",
                    ["answered": String(draft.assessments.count), "count": String(stage.entry.count), "id": stage.id]))
        }
    }
}
