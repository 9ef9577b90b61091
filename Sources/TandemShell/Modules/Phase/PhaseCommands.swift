import TandemCore

/// phase (the view), phase euphoria|crisis|performance [NOTE] (the declared
/// phase), phase PARTNER euphoria|crisis|performance [NOTE] (one partner's
/// view), phase guide.
enum PhaseCommands {
    static let all: [Command] = [
        Command(
            "phase", group: .modules,
            [
                // One form for the view and the declaration: both start right after the name.
                Verb([], [.value("phase", Phase.self, optional: true), .text("note", optional: true)]) {
                    shell, args throws(ShellError) in
                    guard let phase = args.value(Phase.self, "phase") else {
                        if let rest = args.optionalText("note") {
                            if try shell.voicePhase(typed: rest) { return }
                            try refuseNotAPhase(shell, rest)
                        }
                        return shell.showPhase()
                    }
                    try shell.logPhase(phase, note: args.text("note"))
                },
                Verb("guide") { shell, _ throws(ShellError) in
                    guard let flow = GuideFlows.find("phase") else { throw .usage("phase guide") }
                    try shell.runGuide([flow], wholePath: false)
                },
            ])
    ]

    /// `phase spaceship`: the first word was not a phase, so it is refused as the slot refuses it.
    static func refuseNotAPhase(_ shell: Shell, _ rest: String) throws(ShellError) {
        let first = Lexer.lex(rest).tokens.first?.text ?? rest
        var notices: [String] = []
        _ = try CommandParser(shell: shell).read(.value("phase", Phase.self), first, notices: &notices)
        throw .usage("phase")
    }
}

extension Shell {
    /// `phase PARTNER VALUE [NOTE]`: one partner's view, when the first word
    /// names a partner; false when it does not (the line is then refused as
    /// not a phase).
    func voicePhase(typed rest: String) throws(ShellError) -> Bool {
        let line = Lexer.lex(rest)
        guard let first = line.tokens.first, let session = current?.session,
            let partner = try? session.partner(first.text)
        else { return false }
        guard line.tokens.count >= 2 else { throw .usage("phase") }
        let answer = String(String.UnicodeScalarView(line.scalars[line.tokens[1].range.lowerBound...]))
        try voicePhase(partner: partner.id, answer: answer)
        return true
    }

    /// "crisis, the invoices are late": the phase first, then what makes the
    /// partner say so (a dash, comma or colon after the word is dropped); a
    /// note that is one quoted string loses its quotes.
    func voicePhase(partner: String, answer: String) throws(ShellError) {
        let line = Lexer.lex(answer)
        guard let first = line.tokens.first else { throw .usage("phase") }
        var word = first.text
        let marks: Set<Character> = [",", ":", ";", "—", "–"]
        while let last = word.last, marks.contains(last) { word.removeLast() }
        let phase = try readValue(word, Phase.self, field: "phase")
        var note = String(String.UnicodeScalarView(line.scalars[first.range.upperBound...])).trimmingWhitespace
        while let lead = note.first, marks.contains(lead) || lead == "-" {
            note = String(note.dropFirst()).trimmingWhitespace
        }
        let rest = Lexer.lex(note).tokens
        if rest.count == 1, let only = rest.first, only.isQuoted { note = only.text }
        let day = Day(now)
        let voice = try apply(PhaseEdit.voice(partner: partner, phase, note: note, on: day))
        let name = current?.session.partnerName(voice ?? partner) ?? partner
        say("phase.voice.logged", ["partner": name, "phase": t(phase.labelKey), "date": wording.date(day)], .success)
        declareIfAllAgree(on: day)
    }

    /// A partner's latest view of the phase given again today, as it was (kept
    /// with Enter at a follow-up); nothing when they never gave one or gave it today.
    func confirmPhaseVoice(partner: String) throws(ShellError) {
        guard let session = current?.session,
            let last = session.latestPhaseVoices.first(where: { $0.partner == partner }),
            last.date != Day(now)
        else { return }
        let day = Day(now)
        let voice = try apply(PhaseEdit.voice(partner: partner, last.phase, note: last.note, on: day))
        let name = current?.session.partnerName(voice ?? partner) ?? partner
        say(
            "phase.voice.logged", ["partner": name, "phase": t(last.phase.labelKey), "date": wording.date(day)],
            .success)
        declareIfAllAgree(on: day)
    }

    /// When every partner has given their view today and they all see the
    /// same phase, that phase is declared (unless it already is, today).
    func declareIfAllAgree(on day: Day) {
        guard let session = current?.session, !session.partners.isEmpty else { return }
        let today = session.phaseVoices.filter { $0.date == day }
        let phases = Set(today.map(\.phase))
        guard Set(today.map(\.partner)) == Set(session.partners.map(\.id)), phases.count == 1,
            let phase = phases.first
        else { return }
        if let now = session.currentPhase, now.phase == phase { return }  // already the declared phase
        guard (try? apply(PhaseEdit.log(phase, note: "", on: day))) != nil else { return }
        say("phase.voices.agree", ["phase": t(phase.labelKey), "date": wording.date(day)], .success)
    }

    /// Declares the phase today, and says what it means.
    func logPhase(_ phase: Phase, note: String) throws(ShellError) {
        let day = Day(now)
        let result = try requireSession().session.phaseLogResult(phase, note: note, on: day)
        try apply(PhaseEdit.log(phase, note: note, on: day))
        let label = t(phase.labelKey)
        switch result {
        case .logged: say("phase.logged", ["phase": label, "date": wording.date(day)], .success)
        case .corrected(let was): say("phase.corrected", ["phase": label, "was": t(was.labelKey)], .success)
        case .updated: say("phase.updated", ["phase": label])
        case .unchanged:
            say("phase.unchanged", ["phase": label])
            return
        }
        paragraph("phase.hint.\(phase.rawValue)", [:], .dim)
    }
}
