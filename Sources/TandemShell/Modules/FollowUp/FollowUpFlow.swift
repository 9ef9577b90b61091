import TandemCore

/// The questions of a follow-up meeting, on the agenda fixed when it started:
/// actions late or due, the phase check, the top risks re-rated, anything
/// new (actions, risks, notes), then the health check again. Enter keeps an answer as it is and counts as given,
/// so a follow-up stopped half-way resumes where it stopped.
enum FollowUpFlow {
    /// Catalogue texts in the shell's language, for the arguments of the questions.
    typealias Words = @Sendable (String, [String: String]) -> String

    static func flow(today: Day, words: @escaping Words) -> GuideFlow {
        GuideFlow(id: "followup", questions: { questions($0, today: today, words: words) }, summary: { _ in })
    }

    static func questions(_ session: Session, today: Day, words: @escaping Words) -> [GuideQuestion] {
        guard let draft = session.reviews.underway else { return [] }
        return actionQuestions(session, draft, today, words) + phaseQuestions(session, draft, words)
            + riskQuestions(session, draft, words) + scanQuestions(session, draft, words) + [newQuestion(draft)]
            + healthQuestions(session, draft)
    }

    /// "Anything new?": one answer per item, `action TEXT`, `risk [ZONE] TEXT`
    /// or `note TEXT` (a note without a word), until Enter.
    static func newQuestion(_ draft: FollowUpDraft) -> GuideQuestion {
        GuideQuestion(
            id: .followUp(checkpoint: draft.checkpoint, .anythingNew), key: "followup.new", repeats: true,
            none: .settles
        ) { shell, answer throws(ShellError) in try shell.followUpNew(answer) }
    }

    static func actionQuestions(_ session: Session, _ draft: FollowUpDraft, _ today: Day, _ words: @escaping Words)
        -> [GuideQuestion]
    {
        draft.actions.compactMap { id in
            guard let action = session.actions.withID(id) else { return nil }
            var state = ""
            if let due = action.due {
                let days = due.ordinal - today.ordinal
                let key =
                    days < 0 ? "followup.action.late" : days == 0 ? "followup.action.today" : "followup.action.soon"
                state = words(key, ["due": due.prose(words), "days": String(abs(days))])
            }
            let owner = action.owner.isEmpty ? words("followup.action.nobody", [:]) : session.ownerName(action.owner)
            return GuideQuestion(
                id: .followUp(checkpoint: draft.checkpoint, .followUpAction(id)), key: "followup.action",
                arguments: ["id": id, "text": action.text, "state": state, "owner": owner],
                keepsOnEmpty: true,
                current: { s in
                    s.actions.withID(id)?.done.map {
                        words("followup.action.isdone", ["date": $0.prose(words)])
                    }
                }
            ) { shell, answer throws(ShellError) in try shell.followUpAction(id, answer) }
        }
    }

    /// Each partner's view of the phase today, by name (Enter keeps their last
    /// one), as the guide asks it; then does the declared phase still hold? A
    /// note is asked when the follow-up declared another one.
    static func phaseQuestions(_ session: Session, _ draft: FollowUpDraft, _ words: Words) -> [GuideQuestion] {
        var arguments: [String: String] = [:]
        if let current = session.currentPhase {
            arguments = ["phase": words(current.phase.labelKey, [:]), "date": current.date.prose(words)]
        }
        var list = session.partners.map { partner in
            GuideQuestion(
                id: .followUp(checkpoint: draft.checkpoint, .phaseVoice(partner: partner.id)), key: "phase.voice",
                arguments: ["partner": partner.name], keepsOnEmpty: true,
                // Kept with Enter, the view is given again today: the partner confirmed it at this meeting.
                onKeep: { shell throws(ShellError) in try shell.confirmPhaseVoice(partner: partner.id) },
                current: { s in s.latestPhaseVoices.first { $0.partner == partner.id }?.phase.labelKey }
            ) { shell, answer throws(ShellError) in try shell.voicePhase(partner: partner.id, answer: answer) }
        }
        list += [
            GuideQuestion(
                id: .followUp(checkpoint: draft.checkpoint, .phase),
                key: session.currentPhase == nil ? "followup.phase.none" : "followup.phase",
                arguments: arguments, choices: Phase.allCases.map(\.labelKey), keepsOnEmpty: true
            ) { shell, answer throws(ShellError) in try shell.followUpPhase(answer) }
        ]
        if let current = session.currentPhase, current.phase != draft.phase {
            list.append(
                GuideQuestion(
                    id: .followUp(checkpoint: draft.checkpoint, .phaseNote), key: "phase.note", keepsOnEmpty: true,
                    current: { $0.currentPhase?.note }
                ) { shell, answer throws(ShellError) in try shell.apply(PhaseEdit.note(answer)) })
        }
        return list
    }

    static func riskQuestions(_ session: Session, _ draft: FollowUpDraft, _ words: Words) -> [GuideQuestion] {
        draft.risks.compactMap { id in
            guard let risk = session.risks.withID(id) else { return nil }
            let arguments = [
                "id": id, "text": risk.text, "zone": words(risk.zone.labelKey, [:]),
                "likelihood": risk.likelihood.map(String.init) ?? "-", "impact": risk.impact.map(String.init) ?? "-",
                "score": risk.score.map(String.init) ?? "-", "band": risk.band.map { words($0.labelKey, [:]) } ?? "-",
                "status": words(risk.status.labelKey, [:]),
            ]
            return GuideQuestion(
                id: .followUp(checkpoint: draft.checkpoint, .risk(id, .rate)), key: "followup.risk",
                arguments: arguments, keepsOnEmpty: true
            ) { shell, answer throws(ShellError) in try shell.followUpRisk(id, answer) }
        }
    }

    /// The reasons of the scan answered before the last checkpoint, asked
    /// again with their old answer and its day: an answer (yes, no, unsure)
    /// records it today, Enter keeps the old one as it was.
    static func scanQuestions(_ session: Session, _ draft: FollowUpDraft, _ words: Words) -> [GuideQuestion] {
        draft.scan.compactMap { reason in
            guard let answer = session.failureScan[reason.rawValue] else { return nil }
            let day = session.scanDay(reason)
            let arguments = [
                "reason": words(reason.labelKey, [:]), "answer": words(answer.labelKey, [:]),
                "date": day.map { $0.prose(words) } ?? "",
            ]
            return GuideQuestion(
                id: .followUp(checkpoint: draft.checkpoint, .scan(reason)),
                key: day == nil ? "followup.scan.undated" : "followup.scan", arguments: arguments,
                choices: ScanAnswer.allCases.map(\.labelKey), keepsOnEmpty: true
            ) { shell, answer throws(ShellError) in
                let scanned: ScanAnswer = try shell.parseTerm(answer, field: "risk.scan")
                try shell.apply(RiskEdit.scan(reason, scanned, on: Day(shell.now)))
                shell.sayScan(reason, scanned)
            }
        }
    }

    /// Each partner re-rates the seven ingredients; the health check's own
    /// questions, asked again on a cleared screen. The last score is not shown
    /// (the others would see it): the turn says that Enter keeps it, and
    /// "absent" skips a partner who is not there.
    static func healthQuestions(_ session: Session, _ draft: FollowUpDraft) -> [GuideQuestion] {
        session.partners.flatMap { partner in
            // A partner said absent keeps only the question answered so (the flow's position stays put).
            let absent = draft.absent.contains(partner.id)
            return Ingredient.allCases.prefix(absent ? 1 : Ingredient.allCases.count).map { ingredient in
                GuideQuestion(
                    id: .followUp(checkpoint: draft.checkpoint, .health(partner: partner.id, ingredient)),
                    key: "health.\(ingredient.rawValue)",
                    arguments: ["partner": partner.name], keepsOnEmpty: true,
                    turn: GuideTurn(partner: partner.name, key: "followup.health.turn")
                ) { shell, answer throws(ShellError) in
                    if shell.vocabulary.keyword("absent", matches: answer.trimmingWhitespace.folded) {
                        try shell.apply(FollowUpEdit.absent(partner: partner.id))
                        shell.say("followup.absent", ["partner": partner.name], .dim)
                        return
                    }
                    try shell.rateHealth(partner: partner.id, ingredient: ingredient, score: answer, quiet: true)
                }
            }
        }
    }
}
