extension ReportDocument {
    /// Ingredients × partners with mean and band, then the analysis with its perception gaps.
    func health(_ doc: inout MarkdownDocument) {
        doc.heading(2, t("doc.report.health"))
        let analysis = HealthAnalysis(session)
        if analysis.isEmpty {
            doc.paragraph(t("doc.report.health.none"))
        } else {
            let gapped = Set(analysis.gaps.map(\.ingredient))
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

    /// The timeline, the current phase with what usually happens and what to do, the signals against it.
    func phase(_ doc: inout MarkdownDocument) {
        doc.heading(2, t("doc.report.phase"))
        let analysis = PhaseAnalysis(session, today: today)
        guard let current = analysis.current, let span = analysis.timeline.last else {
            doc.paragraph(t("doc.report.phase.none"))
            return
        }
        if let chart = charts.phases() { doc.code("mermaid", chart) }
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
        doc.heading(3, t("doc.analysis"))
        if analysis.signals.isEmpty {
            doc.paragraph(t("phase.signals.none"))
        } else {
            doc.paragraph(t("phase.signals", ["phase": t(current.phase.labelKey)]))
            doc.list(Findings.phase(analysis, session, t).map { Inline($0.text) })
        }
    }

    /// Open actions (overdue first), the done ones, the analysis.
    func actions(_ doc: inout MarkdownDocument) {
        doc.heading(2, t("doc.report.actions"))
        let review = ActionAnalysis(session, today: today)
        if !review.open.isEmpty {
            doc.table(
                ["actions.col.id", "actions.col.due", "actions.col.state", "actions.col.owner", "actions.col.text"].map(
                    label),
                review.open.map { action in
                    [
                        action.id, action.due?.description ?? "—", state(action, review),
                        action.owner.isEmpty ? "—" : session.ownerName(action.owner), action.text,
                    ].map { Inline($0) }
                })
        }
        if !review.done.isEmpty {
            doc.paragraph(.strong(t("doc.report.done")))
            doc.list(
                review.done.map { action in
                    Inline.strong(action.id) + .space
                        + Inline(action.text + " (" + (action.done.map(t.date) ?? "") + ")")
                })
        }
        analysis(&doc, Findings.actions(review, session, t))
    }

    /// "3 days late", "due today", "in 2 days", or a dash.
    private func state(_ action: Action, _ review: ActionAnalysis) -> String {
        guard let due = action.due else { return "—" }
        let days = due.ordinal - review.today.ordinal
        if days < 0 { return t(days == -1 ? "actions.state.late.one" : "actions.state.late", ["days": String(-days)]) }
        if days == 0 { return t("actions.state.today") }
        if days <= ActionAnalysis.soonDays {
            return t(days == 1 ? "actions.state.soon.one" : "actions.state.soon", ["days": String(days)])
        }
        return "—"
    }

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
