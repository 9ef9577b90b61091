import TandemCore

/// `stages show`: each stage with its entry conditions, commitments,
/// deliverables, exit options and gate history, numbered as the `stage`
/// commands refer to them, then the analysis — as styled lines within 80
/// columns, for the shell (or a test) to print.
struct StagesView: ModuleView {
    /// One line of the view (a wrapped sentence may hold line breaks), in one style.
    typealias Line = Styled

    let session: Session
    let today: Day
    let t: Wording
    /// The colour of a finding's tone.
    let tone: (Finding.Tone) -> Style
    var width = Shell.moduleViewWidth

    func lines() -> [Line] {
        var out = [sentence("stages.title", ["count": String(session.stages.count)], .heading)]
        for (index, stage) in session.stages.enumerated() {
            out.append(Line(""))
            out += lines(of: stage, position: index + 1)
        }
        out.append(Line(""))
        return out + analysis()
    }

    /// The analysis of the stages, one bullet per finding; between friends
    /// or family a missing exit is said more firmly (see `Findings.stages`).
    func analysis() -> [Line] {
        [sentence("stages.analysis", [:], .heading)]
            + Findings.stages(session, today: today, t).flatMap { wrapped($0.text, "  - ", tone($0.tone)) }
    }

    /// "measure: … · due 2026-12-01", or "" when neither is set.
    static func check(_ condition: Condition, _ t: Wording) -> String {
        var parts: [String] = []
        if !condition.measure.isEmpty { parts.append(t("stage.measure", ["measure": condition.measure])) }
        if let due = condition.due { parts.append(t("stage.due", ["date": t.date(due)])) }
        return parts.joined(separator: " · ")
    }

    private func lines(of stage: Stage, position: Int) -> [Line] {
        let review = stage.review.map { t("stages.review", ["date": t.date($0)]) } ?? t("stages.noreview")
        var out = wrapped(stage.name + " (" + stage.id + ") — " + review, "\(position). ", .heading)
        out.append(section("stages.entry", stage.entry.isEmpty))
        for (n, condition) in stage.entry.enumerated() {
            out += wrapped(condition.text, "     \(n + 1). ")
            if condition.isCheckable {
                out += wrapped(Self.check(condition, t), "        ", .dim)
            } else {
                out += wrapped(t("stages.uncheckable"), "        ", .warning)
            }
        }
        out.append(section("stages.commitments", stage.commitments.isEmpty))
        for (n, commitment) in stage.commitments.enumerated() {
            let name = session.partners.withID(commitment.partner)?.name ?? commitment.partner
            out += wrapped(t("stages.commitment", ["partner": name, "text": commitment.text]), "     \(n + 1). ")
        }
        out.append(section("stages.deliverables", stage.deliverables.isEmpty))
        for (n, deliverable) in stage.deliverables.enumerated() { out += wrapped(deliverable, "     \(n + 1). ") }
        out.append(section("stages.exits", stage.exits.isEmpty))
        for (n, exit) in stage.exits.enumerated() { out += wrapped(exit, "     \(n + 1). ") }
        return out + gates(stage)
    }

    /// A part's heading, with "none yet" beside it when the part is empty.
    private func section(_ key: String, _ empty: Bool) -> Line {
        empty ? Line("   " + t(key) + " " + t("stages.none"), .dim) : Line("   " + t(key), .accent)
    }

    /// Every gate on one line (date, verdict, tally) with its note; the
    /// conditions as assessed at the last one; a gate under way.
    private func gates(_ stage: Stage) -> [Line] {
        guard !stage.gates.isEmpty || stage.draft != nil else { return [] }
        var out = [Line("   " + t("stages.gates"), .accent)]
        for record in stage.gates {
            let tally = GateFlow.tallyText(GateAnalysis.tally(of: record, entry: stage.entry), t)
            out += wrapped(
                t(record.verdict.labelKey) + (tally.isEmpty ? "" : " — " + tally),
                "     " + record.date.description + "  ")
            for detail in Self.details(of: record, session, { t($0, $1) }) {
                out += wrapped(detail, "                 ")
            }
            if !record.note.isEmpty { out += wrapped(record.note, "                 ", .dim) }
        }
        if let last = stage.gates.last {
            for assessment in last.assessments {
                let evidence = assessment.evidence.isEmpty ? "" : " — " + assessment.evidence
                let lead = "       " + t("stages.assessment", ["status": t(assessment.status.labelKey)]) + " "
                out += wrapped(assessment.condition + evidence, lead, .dim)
            }
        }
        if let draft = stage.draft {
            let text = t(
                "stages.draft",
                ["answered": String(draft.assessments.count), "count": String(stage.entry.count), "id": stage.id])
            out += wrapped(text, "     ", .warning)
        }
        return out
    }

    /// What a verdict recorded besides itself: the smaller scope of a rescale, each partner's exit terms at an end.
    static func details(of record: GateRecord, _ session: Session, _ t: (String, [String: String]) -> String)
        -> [String]
    {
        var out: [String] = []
        if let scope = record.scope { out.append(t("stages.gate.scope", ["scope": scope])) }
        for partner in session.partners {
            guard let terms = record.exitTerms?[partner.id] else { continue }
            out.append(t("stages.gate.exitterms", ["partner": partner.name, "terms": terms]))
        }
        return out
    }

    /// A catalogue sentence wrapped to the terminal's text width, as `say` prints it.
    private func sentence(_ key: String, _ arguments: [String: String], _ style: Style) -> Line {
        Line(sentenceText(key, arguments), style)
    }

    /// `text` after `lead`, wrapped to the view width with continuation lines aligned under the text.
    private func wrapped(_ text: String, _ lead: String, _ style: Style = .plain) -> [Line] {
        wrappedText(text, first: lead).map { Line($0, style) }
    }
}

extension Shell {
    func showStages() {
        guard let session = current?.session else { return }
        let view = StagesView(session: session, today: Day(now), t: wording, tone: style)
        for viewLine in view.lines() { line(viewLine.text, viewLine.style) }
    }

    /// Prints `text` after `lead`, wrapped within the view's 80 columns with
    /// continuation lines aligned under the text.
    func indentedWrap(_ lead: String, _ text: String, _ style: Style = .plain) {
        let pad = String(repeating: " ", count: lead.displayWidth)
        for (n, part) in text.wrappedLines(width: Shell.moduleViewWidth - lead.displayWidth).enumerated() {
            line((n == 0 ? lead : pad) + part, style)
        }
    }
}
