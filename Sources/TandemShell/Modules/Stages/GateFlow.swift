import TandemCore

/// `gate STAGE`: each entry condition in turn (met, partly, not met, then
/// what shows it), then the proposed verdict to confirm or override (advance,
/// hold, renegotiate, rescale, end), then what the verdict asks for — a
/// renegotiation walks the conditions not met to change their wording or
/// date, a rescale asks for the smaller scope, an end for each partner's exit
/// terms — then a note. Runs on the guide engine, so back, skip, stop, `?` and Ctrl-C work
/// as everywhere; the answers live in the stage's draft until the verdict.
enum GateFlow {
    /// The flow for one stage. Texts built from several catalogue pieces (the
    /// tally, the condition's measure) are worded with `catalog` in `language`.
    /// `today` is the gate's day: a condition not met whose date is after it is not late yet.
    static func flow(stage id: String, catalog: PromptCatalog, language: Language, today: Day) -> GuideFlow {
        GuideFlow(
            id: "gate",
            questions: { session in questions(session, stage: id, catalog: catalog, language: language, today: today) },
            summary: { shell in shell.finishGate(id) })
    }

    static func questions(_ session: Session, stage id: String, catalog: PromptCatalog, language: Language, today: Day)
        -> [GuideQuestion]
    {
        guard let stage = session.stages.withID(id), let draft = stage.draft else { return [] }
        let t = Wording(catalog: catalog, language: language)
        func draftNow(_ s: Session) -> GateDraft? { s.stages.withID(id)?.draft }
        func question(_ part: String) -> QuestionID { .gate(stage: id, pass: draft.number, part) }
        let count = stage.entry.count
        var list: [GuideQuestion] = []
        for (offset, condition) in stage.entry.enumerated() {
            let number = offset + 1
            let check = condition.isCheckable ? " — " + StagesView.check(condition, t) : ""
            list.append(
                GuideQuestion(
                    id: question(String(number)), key: "gate.status",
                    arguments: [
                        "stage": stage.name, "number": String(number), "count": String(count),
                        "condition": condition.text, "check": check,
                    ],
                    choices: ConditionStatus.allCases.map(\.labelKey),
                    current: { draftNow($0)?.assessment(number)?.status.labelKey },
                    apply: { shell, answer throws(ShellError) in
                        let status: ConditionStatus = try shell.parseTerm(answer, field: "gate.status")
                        try shell.apply(GateEdit.assess(stage: id, condition: number, status))
                    }
                ))
            guard draft.assessment(number) != nil else { continue }
            list.append(
                GuideQuestion(
                    id: .gate(stage: id, rest: [String(draft.number), String(number), "evidence"]),
                    key: "gate.evidence",
                    arguments: ["condition": condition.text],
                    current: { draftNow($0)?.assessment(number)?.evidence },
                    apply: { shell, answer throws(ShellError) in
                        try shell.apply(GateEdit.evidence(stage: id, condition: number, text: answer))
                    }
                ))
        }
        let tally = GateAnalysis.tally(draft.statuses(count: count), conditions: stage.entry, today: today)
        let proposal = GateAnalysis.proposal(tally)
        list.append(
            GuideQuestion(
                id: question("verdict"), key: "gate.verdict",
                arguments: ["stage": stage.name, "verdict": t(proposal.labelKey), "tally": tallyText(tally, t)],
                choices: GateVerdict.allCases.map(\.labelKey),
                current: { draftNow($0)?.verdict?.labelKey },
                apply: { shell, answer throws(ShellError) in
                    let verdict: GateVerdict = try shell.parseTerm(answer, field: "gate.verdict")
                    try shell.apply(GateEdit.verdict(stage: id, verdict))
                }
            ))
        if !session.guide.wasSkipped(question("verdict")) {
            switch draft.verdict ?? proposal {
            case .advance, .hold: break
            case .renegotiate: list += renegotiation(stage, draft, t)
            case .rescale:
                list.append(
                    GuideQuestion(
                        id: question("scope"), key: "gate.scope", arguments: ["stage": stage.name],
                        current: { draftNow($0)?.scope },
                        apply: { shell, answer throws(ShellError) in
                            try shell.apply(GateEdit.scope(stage: id, text: answer))
                        }))
            case .end:
                list += session.partners.map { partner in
                    GuideQuestion(
                        id: .gate(stage: id, rest: [String(draft.number), "exit", partner.id]), key: "gate.exitterms",
                        arguments: ["stage": stage.name, "partner": partner.name],
                        current: { draftNow($0)?.exitTerms?[partner.id] },
                        apply: { shell, answer throws(ShellError) in
                            try shell.apply(GateEdit.exitTerms(stage: id, partner: partner.id, text: answer))
                        })
                }
            }
            list.append(
                GuideQuestion(
                    id: question("note"), key: "gate.note", arguments: ["stage": stage.name],
                    current: { draftNow($0)?.note },
                    apply: { shell, answer throws(ShellError) in
                        try shell.apply(GateEdit.note(stage: id, text: answer))
                    }
                ))
        }
        return list
    }

    /// Renegotiating: each condition not met (or partly, or not assessed) in
    /// turn, its wording then its date, Enter keeping either. Each change is
    /// a typed change of the stage, undoable, applied with the verdict
    /// renegotiate so the walk stays put when a new date changes the proposal.
    static func renegotiation(_ stage: Stage, _ draft: GateDraft, _ t: Wording) -> [GuideQuestion] {
        let id = stage.id
        let count = stage.entry.count
        return stage.entry.indices.filter { draft.assessment($0 + 1)?.status != .met }.flatMap {
            offset -> [GuideQuestion] in
            let number = offset + 1
            let arguments = [
                "stage": stage.name, "number": String(number), "count": String(count),
                "condition": stage.entry[offset].text,
            ]
            func condition(_ s: Session) -> Condition? {
                s.stages.withID(id).flatMap { $0.entry.indices.contains(offset) ? $0.entry[offset] : nil }
            }
            let pinned = GateEdit.verdict(stage: id, .renegotiate)
            return [
                GuideQuestion(
                    id: .gate(stage: id, rest: [String(draft.number), String(number), "text"]), key: "gate.reword",
                    arguments: arguments, current: { condition($0)?.text },
                    apply: { shell, answer throws(ShellError) in
                        try shell.apply(
                            ChangeSequence([StageEdit.reword(stage: id, condition: number, text: answer), pinned])
                                as any SessionChange)
                        shell.say("gate.reworded", ["number": String(number), "text": answer.trimmingWhitespace])
                    }),
                GuideQuestion(
                    id: .gate(stage: id, rest: [String(draft.number), String(number), "due"]), key: "gate.redate",
                    arguments: arguments, current: { condition($0)?.due.map(t.date) },
                    apply: { shell, answer throws(ShellError) in
                        let day = try shell.optionalDay(answer)
                        try shell.apply(
                            ChangeSequence([StageEdit.due(stage: id, condition: number, day), pinned])
                                as any SessionChange)
                        let key = day == nil ? "gate.redated.none" : "gate.redated"
                        shell.say(key, ["number": String(number), "date": day.map(shell.wording.date) ?? ""])
                    }),
            ]
        }
    }

    /// "2 met, 1 partly, 1 not met, 1 not met yet, due 2027-01-15" — only
    /// the counts that are not zero; the last part says why a condition not
    /// met does not argue for exit.
    static func tallyText(_ tally: GateTally, _ t: Wording) -> String {
        let parts: [(Int, String)] = [
            (tally.met, "gate.tally.met"), (tally.partly, "gate.tally.partly"),
            (tally.notMet, "gate.tally.notmet"), (tally.open, "gate.tally.open"),
            (tally.notYetDue, "gate.tally.notdue"),
        ]
        let dates = tally.pendingDates.map(\.description).joined(separator: ", ")
        return parts.filter { $0.0 > 0 }.map { t($0.1, ["count": String($0.0), "dates": dates]) }.joined(
            separator: ", ")
    }
}

extension Shell {
    /// `gate STAGE`: opens (or resumes) the stage's gate and walks it.
    func runGate(_ reference: String) throws(ShellError) {
        let stage = try stageNow(reference)
        guard !stage.entry.isEmpty else {
            throw .message("error.gate.noconditions", ["stage": stage.name, "id": stage.id])
        }
        if let draft = stage.draft {
            say(
                "gate.resumed",
                ["stage": stage.name, "answered": String(draft.assessments.count), "count": String(stage.entry.count)],
                .dim)
        } else {
            try apply(GateEdit.open(stage: stage.id))
        }
        let flow = GateFlow.flow(stage: stage.id, catalog: configuration.catalog, language: language, today: Day(now))
        if try runFlow(flow) == .stopped { say("gate.paused", ["stage": stage.name, "id": stage.id], .dim) }
    }

    /// Said as the guide starts: each stage whose review date has come with no
    /// gate since, and the command that reviews it.
    func offerGatesDue(_ session: Session) {
        for stage in session.gatesDue(today: Day(now)) {
            let command = "gate " + (stage.name.contains(where: \.isWhitespace) ? stage.id : stage.name)
            say(
                "guide.gate.due",
                ["stage": stage.name, "date": stage.review.map(wording.date) ?? "", "command": command], .warning)
        }
    }

    /// `gate` alone: the stages whose entry conditions can be checked, with
    /// their ids, then how to start one.
    func listGateableStages() throws(ShellError) {
        let session = try requireSession().session
        let ready = session.stages.filter { !$0.entry.isEmpty }
        if ready.isEmpty {
            say(session.stages.isEmpty ? "gate.choose.nostages" : "gate.choose.none", [:], .warning)
        } else {
            say("gate.choose", [:])
            let width = ready.map(\.id.count).max() ?? 2
            for stage in ready {
                let state = stage.draft != nil ? " " + t("gate.choose.underway") : ""
                let conditions = t("gate.choose.conditions", ["count": String(stage.entry.count)])
                indentedWrap("  " + stage.id.fitted(to: width) + "  ", stage.name + " — " + conditions + state)
            }
        }
        say("error.usage", ["usage": usage(of: "gate")], .dim)
    }

    /// Records the verdict once the gate's questions are through, or leaves
    /// the gate open when the verdict itself was skipped.
    func finishGate(_ id: String) {
        guard let session = current?.session, let stage = session.stages.withID(id),
            let draft = stage.draft
        else { return }
        do {
            if session.guide.wasSkipped(.gate(stage: id, pass: draft.number, "verdict")) {
                try apply(GateEdit.discard(stage: id))
                say("gate.undecided", ["stage": stage.name, "id": id], .warning)
                return
            }
            let day = Day(now)
            let proposed = try? session.proposedVerdict(id, on: day)  // the draft is there: never nil
            try apply(GateEdit.close(stage: id, on: day))
            guard let record = current?.session.stages.withID(id)?.gates.last else { return }
            sayVerdict(record, proposed: proposed, stage: stage, in: session)
        } catch {
            line(t("error.prefix") + describe(error), .error)
        }
    }

    /// Each partner's exit terms as recorded at an ending gate, or that they are still to agree.
    private func sayExitTerms(_ record: GateRecord, in session: Session) {
        say("gate.next.end.terms", [:])
        for partner in session.partners {
            let terms = record.exitTerms?[partner.id] ?? ""
            indentedWrap("  " + partner.name + t("colon"), terms.isEmpty ? t("gate.next.end.unsaid") : terms)
        }
    }

    private func sayVerdict(_ record: GateRecord, proposed: GateVerdict?, stage: Stage, in session: Session) {
        let style: Style
        switch record.verdict {
        case .advance, .rescale: style = .success
        case .hold, .renegotiate: style = .warning
        case .end: style = .error
        }
        say(
            "gate.recorded",
            ["stage": stage.name, "verdict": t(record.verdict.labelKey), "date": wording.date(record.date)], style)
        // A renegotiation changes the dates it was proposed on: what they propose afterwards is no override.
        if let proposed, record.verdict != proposed, record.verdict != .renegotiate {
            say("gate.override", ["proposed": t(proposed.labelKey)], .dim)
        }
        let index = session.stages.firstIndex { $0.id == stage.id } ?? 0
        switch record.verdict {
        case .advance:
            say("gate.next.advance", ["stage": stage.name])
            if index + 1 < session.stages.count {
                let next = session.stages[index + 1]
                say("gate.next.following", ["next": next.name, "id": next.id], .dim)
            }
        case .hold:
            say("gate.next.hold", ["stage": stage.name, "id": stage.id])
        case .renegotiate:
            say("gate.next.renegotiate", ["stage": stage.name])
            if let now = current?.session.stages.withID(stage.id) {
                for (n, condition) in now.entry.enumerated() {
                    let check = condition.isCheckable ? " — " + StagesView.check(condition, wording) : ""
                    indentedWrap("  \(n + 1). ", condition.text + check)
                }
            }
            say("gate.next.renegotiate.review", ["id": stage.id], .dim)
        case .rescale:
            if let scope = record.scope {
                say("gate.next.rescale", ["stage": stage.name, "scope": scope])
            } else {
                say("gate.next.rescale.unsaid", ["stage": stage.name], .warning)
            }
        case .end:
            sayExitTerms(record, in: session)
            guard index > 0 else {
                say("gate.next.exit.first", ["stage": stage.name])
                return
            }
            let previous = session.stages[index - 1]
            if previous.exits.isEmpty {
                say("gate.next.exit.none", ["stage": previous.name, "id": previous.id], .warning)
            } else {
                say("gate.next.exit", ["stage": previous.name])
                for (n, exit) in previous.exits.enumerated() { indentedWrap("  \(n + 1). ", exit) }
            }
        }
    }
}
