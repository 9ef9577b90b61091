import TandemCore

extension Shell {
    enum GuideOutcome { case finished, stopped }

    /// The words that steer the guide instead of answering.
    enum GuideWord: String { case back, skip, stop, why = "?" }

    /// Runs modules in order, each from its first unsettled question; `stop`
    /// (or Ctrl-D) leaves with all progress kept.
    func runGuide(_ flows: [GuideFlow], wholePath: Bool) throws(ShellError) {
        let session = try requireSession().session
        if wholePath { offerGatesDue(session) }
        for flow in flows {
            if wholePath, let session = current?.session, flow.progress(in: session) == .done { continue }
            if try runFlow(flow, revisit: !wholePath, announcing: wholePath) == .stopped {
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
        for flow in GuideFlows.all.map(\.firstMeeting) {
            // A module with nothing to ask here (the health check, the phase) is left to the whole path.
            guard let now = current?.session, !flow.questions(now).isEmpty, flow.progress(in: now) != .done else {
                continue
            }
            if try runFlow(flow, announcing: true) == .stopped {
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
    func runFlow(_ flow: GuideFlow, revisit: Bool = false, announcing: Bool = false) throws(ShellError)
        -> GuideOutcome
    {
        guard let source else { return .stopped }
        defer { guideStep = nil }
        say("guide.\(flow.id).title", [:], .heading)
        if announcing, let session = current?.session { announce(flow, session) }
        say("guide.\(flow.id).intro")
        say("guide.help", [:], .dim)
        var index = firstUnsettled(flow)
        if revisit, flow.revisable, let session = current?.session, index >= flow.questions(session).count, index > 0 {
            say("guide.revisit", [:], .dim)
            index = 0
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
            // The position only: the number of questions grows as answers add partners, needs, stages.
            guideStep = t("guide.\(flow.id).step") + " \(index + 1)"
            if !again {
                say("q.\(question.key)", question.texts, question.insistent ? .warning : .accent)
                if question.insistent { say("guide.insist", [:], .warning) }
                if !question.choices.isEmpty {
                    say("guide.choices", ["choices": question.choices.map { t($0) }.joined(separator: ", ")], .dim)
                }
                if let now = question.current(session), !now.isEmpty {
                    say("guide.current", ["value": configuration.catalog.has(now) ? t(now) : now], .dim)
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
                    let day = Day(now)
                    try change("skip " + question.id.raw) { (s: inout Session) throws(SessionError) in
                        s.guide.skip(question.id, on: day)
                    }
                    say("guide.skipped", [:], .dim)
                    index += 1
                    if index < questions.count { asked.remove(questions[index].id) }
                case .stop:
                    return .stopped
                case nil:
                    if answer.isEmpty {
                        // Enter on a list means "nothing (more) to declare": an answer, not a gap to come back to.
                        if question.keepsOnEmpty || question.repeats { markAnswered(question.id) }
                        index += 1
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
                            index += 1
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

    func firstUnsettled(_ flow: GuideFlow) -> Int {
        guard let session = current?.session else { return 0 }
        let questions = flow.questions(session)
        return questions.firstIndex { !$0.isSettled(in: session) } ?? questions.count
    }
}
