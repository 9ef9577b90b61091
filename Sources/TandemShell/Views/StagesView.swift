import TandemCore

/// `stages show`: each stage with its entry conditions, commitments,
/// deliverables, exit options and gate history, numbered as the `stage`
/// commands refer to them, then the analysis.
extension Shell {
    func showStages() {
        guard let session = current?.session else { return }
        say("stages.title", ["count": String(session.stages.count)], .heading)
        for (index, stage) in session.stages.enumerated() {
            line("")
            showStage(stage, position: index + 1, in: session)
        }
        line("")
        showStagesAnalysis(session)
    }

    private func showStage(_ stage: Stage, position: Int, in session: Session) {
        let review = stage.review.map { t("stages.review", ["date": $0.description]) } ?? t("stages.noreview")
        indentedWrap("\(position). ", stage.name + " (" + stage.id + ") — " + review, .heading)
        section("stages.entry", stage.entry.isEmpty)
        for (n, condition) in stage.entry.enumerated() {
            indentedWrap("     \(n + 1). ", condition.text)
            if condition.isCheckable {
                indentedWrap("        ", checkText(condition), .dim)
            } else {
                indentedWrap("        ", t("stages.uncheckable"), .warning)
            }
        }
        section("stages.commitments", stage.commitments.isEmpty)
        for (n, commitment) in stage.commitments.enumerated() {
            let name = session.partners.first { $0.id == commitment.partner }?.name ?? commitment.partner
            indentedWrap("     \(n + 1). ", t("stages.commitment", ["partner": name, "text": commitment.text]))
        }
        section("stages.deliverables", stage.deliverables.isEmpty)
        for (n, deliverable) in stage.deliverables.enumerated() { indentedWrap("     \(n + 1). ", deliverable) }
        section("stages.exits", stage.exits.isEmpty)
        for (n, exit) in stage.exits.enumerated() { indentedWrap("     \(n + 1). ", exit) }
        showGates(stage)
    }

    /// A part's heading, with "none yet" beside it when the part is empty.
    private func section(_ key: String, _ empty: Bool) {
        if empty {
            line("   " + t(key) + " " + t("stages.none"), .dim)
        } else {
            line("   " + t(key), .accent)
        }
    }

    /// Every gate on one line (date, verdict, tally) with its note; the
    /// conditions as assessed at the last one; a gate under way.
    private func showGates(_ stage: Stage) {
        guard !stage.gates.isEmpty || stage.draft != nil else { return }
        line("   " + t("stages.gates"), .accent)
        for record in stage.gates {
            let tally = GateFlow.tallyText(GateAnalysis.tally(of: record, entry: stage.entry)) { key, arguments in
                t(key, arguments)
            }
            indentedWrap("     " + record.date.description + "  ", t(record.verdict.labelKey) + (tally.isEmpty ? "" : " — " + tally))
            if !record.note.isEmpty { indentedWrap("                 ", record.note, .dim) }
        }
        if let last = stage.gates.last {
            for assessment in last.assessments {
                let evidence = assessment.evidence.isEmpty ? "" : " — " + assessment.evidence
                indentedWrap("       " + t("stages.assessment", ["status": t(assessment.status.labelKey)]) + " ", assessment.condition + evidence, .dim)
            }
        }
        if let draft = stage.draft {
            let text = t("stages.draft", ["answered": String(draft.assessments.count), "count": String(stage.entry.count), "id": stage.id])
            indentedWrap("     ", text, .warning)
        }
    }

    /// Prints `text` after `lead`, wrapped within the view's 80 columns with
    /// continuation lines aligned under the text.
    func indentedWrap(_ lead: String, _ text: String, _ style: Style = .plain) {
        let pad = String(repeating: " ", count: lead.displayWidth)
        for (n, part) in text.wrappedLines(width: 80 - lead.displayWidth).enumerated() {
            line((n == 0 ? lead : pad) + part, style)
        }
    }
}
