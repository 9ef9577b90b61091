import TandemCore

extension Shell {
    /// `followup`: what changed since the last checkpoint, what is due, then
    /// the questions; a follow-up carried to its end becomes a checkpoint and
    /// moves the next check-in on.
    func runFollowUp() throws(ShellError) {
        let today = Day(now)
        let resumed = try requireSession().session.reviews.underway != nil
        if !resumed { try apply(FollowUpEdit.start(on: today)) }
        guard let session = current?.session, let draft = session.reviews.underway else { return }
        say("followup.title", ["title": session.title], .heading)
        if resumed {
            paragraph("followup.resumed", ["date": wording.date(draft.started), "id": draft.checkpoint], .dim)
        }
        if let baseline = session.latestCheckpoint {
            showDiff(since: baseline, in: session)
        } else {
            paragraph("followup.no.baseline")
        }
        line("")
        followUpAgenda(session, draft, today)
        line("")
        let catalog = configuration.catalog
        let language = language
        let flow = FollowUpFlow.flow(today: today) { catalog.text($0, language, $1) }
        switch try runFlow(flow) {
        case .stopped: say("guide.stopped.module", ["command": "followup"], .dim)
        case .finished: try finishFollowUp(today)
        }
    }

    /// What the meeting is about besides the changes: actions, gates, risks, the formal review.
    private func followUpAgenda(_ session: Session, _ draft: FollowUpDraft, _ today: Day) {
        say("followup.agenda", [:], .accent)
        switch draft.actions.count {
        case 0: agendaLine("followup.agenda.actions.none")
        case 1: agendaLine("followup.agenda.actions.one")
        default: agendaLine("followup.agenda.actions", ["count": String(draft.actions.count)])
        }
        let gates = session.gatesDue(today: today)
        if gates.isEmpty {
            agendaLine("followup.agenda.gates.none")
        }
        for stage in gates {
            agendaLine(
                "followup.agenda.gate",
                ["stage": stage.name, "date": stage.review.map(wording.date) ?? "", "command": gateCommand(stage)],
                .warning)
        }
        if draft.risks.isEmpty {
            agendaLine("followup.agenda.risks.none")
        } else {
            agendaLine("followup.agenda.risks", ["list": spokenList(draft.risks)])
        }
        for tension in TensionAnalysis.open(in: session) {
            agendaLine(
                "followup.agenda.tension", ["text": Findings.tensionSentence(tension, session, wording)], .warning)
        }
        agendaLine(session.partners.isEmpty ? "followup.agenda.health.none" : "followup.agenda.health")
        let formal = ReviewReminder(kind: .formal, date: session.reviews.formal, today: today)
        if formal.isDue { agendaLine("followup.agenda.formal", ["reminder": reminderSentence(formal)], .warning) }
    }

    /// One item of the agenda as a bullet within 80 columns.
    private func agendaLine(_ key: String, _ arguments: [String: String] = [:], _ style: Style = .plain) {
        for (i, text) in t(key, arguments).wrapped(width: 76).split(separator: "\n").enumerated() {
            line((i == 0 ? "  - " : "    ") + text, style)
        }
    }

    /// `gate Pilot`, or `gate s2` when the name has spaces (the command is shown in quotes).
    private func gateCommand(_ stage: Stage) -> String {
        "gate " + (stage.name.contains(where: \.isWhitespace) ? stage.id : stage.name)
    }

    private func finishFollowUp(_ today: Day) throws(ShellError) {
        guard let before = current?.session else { return }
        let baseline = before.latestCheckpoint
        let label = before.freeCheckpointLabel(t("followup.label", ["date": today.description]))
        let id = try apply(FollowUpEdit.finish(label: label, on: today))
        guard let session = current?.session, let checkpoint = session.checkpoints.first(where: { $0.id == id }) else {
            return
        }
        line("")
        say("followup.done", ["checkpoint": checkpointName(checkpoint)], .success)
        line("")
        showMinutes(of: checkpoint, in: session)
        line("")
        let formal = ReviewReminder(kind: .formal, date: session.reviews.formal, today: today)
        if formal.isDue { say("followup.formal.due", [:], .warning) }
        let gates = session.gatesDue(today: today)
        if !gates.isEmpty {
            say(
                "followup.gates.left", ["list": spokenList(gates.map { t("quote", ["text": gateCommand($0)]) })],
                .warning)
        }
        if let baseline { say("followup.diff.hint", ["id": baseline.id, "new": checkpoint.id], .dim) }
    }

    /// "yes" (done), a new due date, or "none" to clear it.
    func followUpAction(_ id: String, _ answer: String) throws(ShellError) {
        if Self.yesWords.contains(answer.folded) {
            try completeActions([id])
            return
        }
        let due: Day?
        do {
            due = try parseDue(answer)
        } catch {
            throw .message("followup.action.answer")
        }
        try setActionDue(id, due)
    }

    /// "yes" keeps the phase; a phase word declares it today when it differs.
    func followUpPhase(_ answer: String) throws(ShellError) {
        let current = self.current?.session.currentPhase
        if let current, Self.yesWords.contains(answer.folded) {
            say("followup.phase.kept", ["phase": t(current.phase.labelKey)])
            return
        }
        let phase: Phase = try parseValue(answer, field: "phase")
        if let current, current.phase == phase {
            say("followup.phase.kept", ["phase": t(phase.labelKey)])
            return
        }
        try logPhase(phase, note: "")
    }

    /// "L I" re-rates the risk (the core checks the 1–5 scale); a status word
    /// (mitigated, closed…) sets its status.
    func followUpRisk(_ id: String, _ answer: String) throws(ShellError) {
        let numbers = answer.split { " ,;x×*/".contains($0) }.map(String.init)
        if numbers.count == 2, let likelihood = Int(numbers[0]), let impact = Int(numbers[1]) {
            do {
                try apply(RiskEdit.rate(id: id, likelihood: likelihood, impact: impact))
            } catch .session(.outOfRange) {
                throw .message("followup.risk.answer")  // the answer's forms, rather than one number's range
            }
            if let risk = current?.session.risks.withID(id) { sayRating(risk) }
            return
        }
        guard numbers.count == 1, let status: RiskStatus = try? parseValue(answer, field: "risk.status") else {
            throw .message("followup.risk.answer")
        }
        try apply(RiskEdit.status(id: id, status))
        say("risk.status.set", ["id": id, "status": t(status.labelKey)])
    }

    /// One new item at a follow-up: `action TEXT`, `risk [ZONE] TEXT`, `note
    /// TEXT`; an answer without one of these words is a note. Texts as typed.
    func followUpNew(_ answer: String) throws(ShellError) {
        let line = Lexer.lex(answer)
        guard let first = line.tokens.first else { return }
        /// The words from the `index`th on, as typed (one quoted string loses its quotes).
        func text(from index: Int) -> String {
            guard index < line.tokens.count else { return "" }
            if index == line.tokens.count - 1, line.tokens[index].isQuoted { return line.tokens[index].text }
            return line.rest(from: line.tokens[index].range.lowerBound)
        }
        let word = first.text.folded
        if vocabulary.keyword("new.action", matches: word), line.tokens.count > 1 {
            let id = try apply(ActionEdit.add(text: text(from: 1), on: Day(now)))
            if let id, let action = current?.session.actions.withID(id) {
                paragraph("action.added", ["id": id, "text": action.text], .success)
            }
        } else if vocabulary.keyword("new.risk", matches: word), line.tokens.count > 1 {
            var zone = RiskZone.other
            var start = 1
            if line.tokens.count > 2, let typed: RiskZone = try? parseValue(line.tokens[1].text, field: "risk.zone") {
                zone = typed
                start = 2
            }
            let risk = try apply(RiskEdit.add(zone: zone, text: text(from: start), reason: nil))
            say("followup.new.risk", ["id": risk.id, "zone": t(zone.labelKey)], .success)
        } else {
            let note = vocabulary.keyword("new.note", matches: word) && line.tokens.count > 1 ? text(from: 1) : answer
            try apply(ContextEdit.note(note, at: now))
            say("followup.new.note", [:], .success)
        }
    }

    /// Words that say "yes, done, still true" in either language.
    static let yesWords: Set<String> = ["yes", "y", "done", "ok", "oui", "o", "fait", "faite"]
}
