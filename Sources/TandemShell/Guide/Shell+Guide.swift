import TandemCore

/// Which step of the path being run a module is: 3 of 8 on the whole path.
struct GuideStep: Equatable {
    let number: Int
    let of: Int
}

extension Shell {
    enum GuideOutcome { case finished, stopped }

    /// The words that steer the guide instead of answering.
    enum GuideWord: String { case back, skip, stop, why = "?" }

    /// Runs modules in order, each from its first unsettled question; `stop`
    /// (or Ctrl-D) leaves with all progress kept.
    func runGuide(_ flows: [GuideFlow], wholePath: Bool) throws(ShellError) {
        let session = try requireSession().session
        if wholePath { offerGatesDue(session) }
        for (number, flow) in flows.enumerated() {
            if wholePath, let session = current?.session, flow.progress(in: session) == .done { continue }
            let step = wholePath ? GuideStep(number: number + 1, of: flows.count) : nil
            if try runFlow(flow, revisit: !wholePath, announcing: wholePath, step: step, passingSettled: true)
                == .stopped
            {
                say(wholePath ? "guide.stopped" : "guide.stopped.module", ["command": flow.command], .dim)
                return
            }
        }
        guard wholePath, let session = current?.session else { return }
        let open = GuideFlows.all.filter { $0.progress(in: session) != .done }.map { t("guide.\($0.id).title") }
        if open.isEmpty {
            say("guide.finished", [:], .success)
        } else {
            say("guide.walked", ["steps": open.joined(separator: ", ")], .success)
        }
    }

    /// `guide first`: the first-meeting path (`QuestionID.isInFirstMeeting`),
    /// module by module; it ends by saying what is left for the whole path.
    func runFirstMeeting() throws(ShellError) {
        _ = try requireSession()
        say("guide.first.title", [:], .heading)
        paragraph("guide.first.intro")
        let flows = GuideFlows.firstMeeting
        for (number, flow) in flows.enumerated() {
            // A step with nothing to ask yet (expectations before any partner) is passed over.
            guard let now = current?.session, !flow.questions(now).isEmpty, flow.progress(in: now) != .done else {
                continue
            }
            let step = GuideStep(number: number + 1, of: flows.count)
            if try runFlow(flow, announcing: true, step: step, passingSettled: true) == .stopped {
                say("guide.stopped.first", [:], .dim)
                return
            }
        }
        guard let now = current?.session else { return }
        let left = GuideFlows.all.reduce(0) { $0 + $1.questions(now).filter { !$0.isSettled(in: now) }.count }
        say("guide.first.done", ["left": String(left)], .success)
    }

    /// "About 6 min (8 questions)" under a module's title, on the path.
    private func announce(_ flow: GuideFlow, _ session: Session) {
        let open = flow.questions(session).filter { !$0.isSettled(in: session) }.count
        guard open > 0 else { return }
        say(
            open == 1 ? "guide.estimate.one" : "guide.estimate",
            ["count": String(open), "minutes": String(Self.minutes(open))], .dim)
    }

    /// About three quarters of a minute per question, said in whole minutes.
    static func minutes(_ questions: Int) -> Int { max(1, (questions * 3 + 3) / 4) }

    /// Asks the questions of one module, then shows its summary.
    /// With `revisit`, a module whose questions are all settled starts again at
    /// its first question (each shows its answer; Enter keeps it), so running
    /// a module's command is how a coach revises it.
    ///
    /// With `passingSettled` (the modules of the path), going on from a
    /// question never stops at one that was settled before this run began
    /// (answered by a command, or at an earlier meeting): a resumed module goes
    /// from one open question to the next. `back` still shows any question,
    /// and a revisit walks them all. A gate or a follow-up walks its own
    /// answers again, to confirm them.
    func runFlow(
        _ flow: GuideFlow, revisit: Bool = false, announcing: Bool = false, step: GuideStep? = nil,
        passingSettled: Bool = false
    ) throws(ShellError) -> GuideOutcome {
        guard let source else { return .stopped }
        defer { guideStep = nil }
        say("guide.\(flow.id).title", [:], .heading)
        if announcing, let session = current?.session { announce(flow, session) }
        say("guide.\(flow.id).intro")
        say("guide.help", [:], .dim)
        var index = firstUnsettled(flow)
        var walksAll = false
        if revisit, flow.revisable, let session = current?.session, index >= flow.questions(session).count, index > 0 {
            say("guide.revisit", [:], .dim)
            index = 0
            walksAll = true
        }
        // Settled when the run began: passed over when going on (not in a revisit).
        let settledBefore: Set<QuestionID> =
            walksAll || !passingSettled
            ? []
            : Set(current.map { s in flow.questions(s.session).filter { $0.isSettled(in: s.session) }.map(\.id) } ?? [])
        /// The next question to ask after `index`, passing over those settled before this run.
        func next(after index: Int, in questions: [GuideQuestion]) -> Int {
            var n = index + 1
            while n < questions.count, settledBefore.contains(questions[n].id) { n += 1 }
            return n
        }
        var asked = Set<QuestionID>()
        var turn: GuideTurn?
        while true {
            guard let session = current?.session else { return .stopped }
            let questions = flow.questions(session)
            guard index < questions.count else {
                flow.summary(self)
                return .finished
            }
            let question = questions[index]
            let again = asked.contains(question.id) && question.repeats
            asked.insert(question.id)
            if question.turn != turn {
                turn = question.turn
                if let turn { beginPrivateTurn(turn) }
            }
            // The count is of the questions as they stand: it grows as answers add partners, needs, stages.
            guideStep = position(flow, step, question: index + 1, of: questions.count)
            if !again {
                say("q.\(question.key)", question.texts, question.insistent ? .warning : .accent)
                if question.insistent { say("guide.insist", [:], .warning) }
                if configuration.catalog.has("hint.\(question.key)") {
                    say("hint.\(question.key)", question.texts, .dim)
                }
                if !question.choices.isEmpty {
                    say("guide.choices", ["choices": question.choices.map { t($0) }.joined(separator: ", ")], .dim)
                }
                if let now = question.current(session), !now.isEmpty {
                    say("guide.current", ["value": configuration.catalog.has(now) ? t(now) : now], .dim)
                } else if session.guide.wasNone(question.id) {
                    say("guide.current", ["value": t("word.none.shown")], .dim)
                }
            }
            switch source.readLine(prompt: promptText()) {
            case .end:
                if interactive { write("\n") }
                return .stopped
            case .interrupt:
                say("guide.cancelled", [:], .dim)
                asked.remove(question.id)
            case .undecodable:
                try failOrSay(.message("error.encoding"))
            case .line(let raw):
                // Answers stay out of the shell history: they are the partners' words, often private.
                let answer = raw.trimmingWhitespace
                switch guideWord(answer) {
                case .why:
                    say("why.\(question.key)", question.texts, .dim)
                    asked.remove(question.id)
                case .back:
                    if index == 0 { say("guide.first", [:], .dim) }
                    index = max(0, index - 1)
                    // A list question asked before is shown again in full, not just its prompt.
                    if index < questions.count { asked.remove(questions[index].id) }
                case .skip:
                    try apply(GuideEdit.skip(question.id, on: Day(now)))
                    say("guide.skipped", [:], .dim)
                    index = next(after: index, in: questions)
                    if index < questions.count { asked.remove(questions[index].id) }
                case .stop:
                    return .stopped
                case nil where question.none != .passes && vocabulary.isNone(answer):
                    guard question.none == .settles else {
                        try failOrSay(.message("guide.none.refused"))
                        continue
                    }
                    // "None" is an answer (no concern, no risk here): settled, unlike a skip.
                    try apply(GuideEdit.none(question.id, on: Day(now)))
                    say("guide.none.noted", [:], .dim)
                    index = next(after: index, in: questions)
                    if index < questions.count { asked.remove(questions[index].id) }
                case nil:
                    if answer.isEmpty {
                        if question.keepsOnEmpty, let keep = question.onKeep {
                            do {
                                try keep(self)
                            } catch {
                                try failOrSay(error)
                                continue
                            }
                        }
                        // Enter on a list means "nothing (more) to declare": an answer, not a gap to come back to.
                        if question.keepsOnEmpty || question.repeats { markAnswered(question.id) }
                        index = next(after: index, in: questions)
                        // Moving on to a list question seen before (after "back") shows it in full again.
                        if index < questions.count { asked.remove(questions[index].id) }
                        continue
                    }
                    autosaveHeld = true
                    defer {
                        autosaveHeld = false
                        if interactive, current?.dirty == true { autosave() }
                    }
                    do {
                        try question.apply(self, answer)
                        markAnswered(question.id)
                        if !question.repeats {
                            index = next(after: index, in: questions)
                            if index < questions.count { asked.remove(questions[index].id) }
                        } else {
                            say("guide.more", [:], .dim)
                        }
                    } catch {
                        try failOrSay(error)
                        asked.remove(question.id)
                    }
                }
            }
        }
    }

    /// The steering word an answer is, in any Prompts language (`back`, « retour », `passer`, `?`).
    func guideWord(_ answer: String) -> GuideWord? {
        let typed = answer.folded
        guard typed.count <= 12 else { return nil }
        return [GuideWord.back, .skip, .stop, .why].first {
            typed == $0.rawValue || vocabulary.keyword("guide." + String(describing: $0), matches: typed)
        }
    }

    /// In a script a bad answer stops the run like a failing command; at a terminal it is said and asked again.
    private func failOrSay(_ error: ShellError) throws(ShellError) {
        guard interactive else { throw error }
        line(t("error.prefix") + describe(error), .error)
    }

    /// Notes that a question got an answer; not an undoable change of its own.
    private func markAnswered(_ id: QuestionID) {
        guard var open = current, open.session.guide.answered[id.raw] == nil else { return }
        let mark = MarkAnswered(id, on: Day(now))
        _ = try? mark.apply(to: &open.session)
        open.dirty = true
        // Replayed by `reload` with the answer it belongs to.
        if let last = open.unsaved.popLast() {
            open.unsaved.append(ChangeSequence([last, mark]))
        } else {
            open.unsaved.append(mark)
        }
        current = open
        history.attach(mark)
        if interactive && !autosaveHeld { autosave() }
    }

    /// The prompt's position: "step 3/8 · question 4/7" on a path, "map · question 4/7" in one module.
    func position(_ flow: GuideFlow, _ step: GuideStep?, question: Int, of count: Int) -> String {
        var texts = ["question": String(question), "questions": String(count)]
        guard let step else {
            texts["module"] = t("guide.\(flow.id).step")
            return t("guide.position.module", texts)
        }
        texts["step"] = String(step.number)
        texts["steps"] = String(step.of)
        return t("guide.position", texts)
    }

    func firstUnsettled(_ flow: GuideFlow) -> Int {
        guard let session = current?.session else { return 0 }
        let questions = flow.questions(session)
        return questions.firstIndex { !$0.isSettled(in: session) } ?? questions.count
    }
}
