/// The minutes of each follow-up meeting, the latest first: what changed
/// since the meeting before and needs attention, what was decided and added,
/// what was due next. Read from the checkpoints (`FollowUpMinutes.summary`).
extension ReportDocument {
    func minutes(_ doc: inout MarkdownDocument) {
        let summaries = session.checkpoints.reversed().compactMap { FollowUpMinutes.summary(of: $0, in: session) }
        guard !summaries.isEmpty else { return }
        doc.heading(2, t("doc.report.minutes"))
        for summary in summaries { meeting(summary, &doc) }
    }

    private func meeting(_ summary: FollowUpMinutes.Summary, _ doc: inout MarkdownDocument) {
        let checkpoint = summary.checkpoint
        let minutes = summary.minutes
        doc.heading(3, t("doc.minutes.meeting", ["date": t.date(checkpoint.date), "id": checkpoint.id]))
        let changes = summary.changes
        var arguments = ["count": String(changes.count), "attention": String(changes.attentionCount)]
        if let baseline = minutes.baseline.flatMap({ session.checkpoints.withID($0) }) {
            arguments["since"] = t.date(baseline.date)
            doc.paragraph(t("doc.minutes.changed", arguments))
        } else {
            doc.paragraph(t("doc.minutes.changed.first", arguments))
        }
        let state = checkpoint.state
        var decided: [Inline] = []
        for change in summary.decided.actions {
            switch change {
            case .added(let a): decided.append(Inline(t("doc.minutes.action.added", ["id": a.id, "text": a.text])))
            case .done(let a): decided.append(Inline(t("doc.minutes.action.done", ["id": a.id, "text": a.text])))
            case .due(let id, _, let to):
                decided.append(
                    Inline(t("doc.minutes.action.due", ["id": id, "date": to.map(t.date) ?? t("doc.unset")])))
            case .removed, .reopened, .reworded, .owner, .overdue, .visibility: continue
            }
        }
        for change in summary.decided.risks {
            switch change {
            case .added(let r): decided.append(Inline(t("doc.minutes.risk.added", ["id": r.id, "text": r.text])))
            case .rescored(let id, _, let to?):
                decided.append(
                    Inline(
                        t("doc.minutes.risk.rated", ["id": id, "score": String(to.value), "band": t(to.band.labelKey)]))
                )
            case .status(let id, _, let to):
                decided.append(Inline(t("doc.minutes.risk.status", ["id": id, "status": t(to.labelKey)])))
            default: continue
            }
        }
        for entry in summary.decided.phase?.logged ?? [] {
            decided.append(Inline(t("doc.minutes.phase", ["phase": t(entry.phase.labelKey)])))
        }
        for voice in summary.decided.phase?.voices ?? [] {
            let name = state.partners.withID(voice.partner)?.name ?? voice.partner
            decided.append(Inline(t("doc.minutes.phase.voice", ["partner": name, "phase": t(voice.phase.labelKey)])))
        }
        for case .gate(let stage, let record, _) in summary.decided.stages {
            let name = state.stages.withID(stage)?.name ?? stage
            decided.append(Inline(t("doc.minutes.gate", ["stage": name, "verdict": t(record.verdict.labelKey)])))
        }
        for note in summary.decided.notes { decided.append(Inline(t("doc.minutes.note", ["text": note.text]))) }
        doc.paragraph(.strong(t("doc.minutes.decided")))
        doc.list(decided.isEmpty ? [Inline(t("doc.minutes.decided.none"))] : decided)
        var next = summary.due.map { action in
            Inline(t("doc.minutes.due", ["id": action.id, "text": action.text, "date": action.due.map(t.date) ?? ""]))
        }
        next.append(
            Inline(
                t(
                    "doc.minutes.checkin",
                    ["date": t.date(minutes.checkin), "reason": t("minutes.reason.\(minutes.reason.rawValue)")])))
        if !minutes.absent.isEmpty {
            let names = minutes.absent.map { id in state.partners.withID(id)?.name ?? id }
            next.append(Inline(t("doc.minutes.absent", ["list": names.joined(separator: ", ")])))
        }
        doc.paragraph(.strong(t("doc.minutes.next")))
        doc.list(next)
    }
}
