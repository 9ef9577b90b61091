import FoundationEssentials
import TandemCore

/// new, open, sessions, save, close, status, reload.
enum SessionCommands {
    static let all: [Command] = [
        Command(
            "new", group: .sessions,
            [
                Verb([], [.text("title")], needsSession: false) { shell, args throws(ShellError) in
                    try shell.newSession(title: args.text("title"))
                }
            ]),
        Command(
            "open", group: .sessions,
            [
                Verb([], [Slot("session", .session)], needsSession: false) { shell, args throws(ShellError) in
                    try shell.openSession(args.text("session"))
                }
            ]),
        Command(
            "sessions", group: .sessions,
            [Verb(needsSession: false) { shell, _ throws(ShellError) in try shell.listSessions() }]),
        Command(
            "save", group: .sessions,
            [
                Verb { shell, _ throws(ShellError) in
                    try shell.saveCurrent(force: true, recreating: true)
                    shell.say("save.done", ["file": shell.store.path(of: try shell.requireSession().name)])
                },
                Verb("as", [.text("name")]) { shell, args throws(ShellError) in try shell.saveAs(args.text("name")) },
            ]),
        Command(
            "close", group: .sessions,
            [
                Verb { shell, _ throws(ShellError) in
                    let open = try shell.requireSession()
                    try shell.saveCurrent()
                    shell.open(nil)
                    shell.say("close.done", ["title": open.session.title])
                }
            ]),
        Command("status", group: .sessions, [Verb { shell, _ throws(ShellError) in shell.showStatus() }]),
        Command(
            "agenda", group: .sessions,
            [
                Verb([], [Slot("days", .number(0...3650), optional: true, spansWords: false)], needsSession: false) {
                    shell, args throws(ShellError) in
                    try shell.showAgenda(days: args.has("days") ? args.number("days") : Agenda.defaultDays)
                }
            ]),
        Command("reload", group: .sessions, [Verb { shell, _ throws(ShellError) in try shell.reload() }]),
    ]
}

extension Shell {
    func newSession(title rawTitle: String) throws(ShellError) {
        let title = rawTitle.trimmingWhitespace
        let name = Slug.make(title)
        guard !name.isEmpty else { throw .store(.emptyTitle) }
        guard title.count <= 200, !title.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw .session(.invalidText(field: "title"))
        }
        if store.exists(name) { throw .store(.alreadyExists(name: name)) }
        let session = Session(title: title, language: language, now: now)
        try saveCurrent()
        let previous = current
        open(OpenSession(name: name, session: session, fingerprint: nil, dirty: true))
        do {
            try saveCurrent()
        } catch {
            open(previous)  // a session that could not be created is not left open
            throw error
        }
        say("new.done", ["title": title, "file": store.path(of: name)], .success)
        say("new.next")
    }

    /// How many partners `open` names; it counts the others.
    static let partnersNamedOnOpen = 10

    func openSession(_ rawName: String) throws(ShellError) {
        var name: String
        do {
            name = try SessionStore.validatedName(rawName)
        } catch {
            throw .store(error)
        }
        if !store.exists(name) { name = try resolveSessionName(name) }
        var dropping = false
        if let current, current.name == name {
            if !current.dirty {
                say("open.already", ["title": current.session.title])
                return
            }
            // Opening the open session again takes the file's version and drops
            // the changes made here: asked first, refused in a script.
            guard interactive else { throw .message("error.open.unsaved", ["name": name]) }
            guard confirm("open.unsaved.ask", ["name": name]) else {
                say("open.unsaved.kept", ["name": name], .dim)
                return
            }
            dropping = true
        }
        let loaded: SessionStore.Loaded
        do {
            loaded = try store.load(name)
        } catch {
            throw .store(error)  // the changes made here stay, even when they were to be dropped
        }
        if dropping { self.current = nil }
        let previous = current?.session.title
        try switchTo(
            OpenSession(name: loaded.name, session: loaded.session, fingerprint: loaded.fingerprint, dirty: false))
        if let previous { say("open.closed.previous", ["title": previous], .dim) }
        // A large session names its first partners and counts the others.
        let names = loaded.session.partners.prefix(Self.partnersNamedOnOpen).map(\.name).joined(separator: ", ")
        let more = loaded.session.partners.count - Self.partnersNamedOnOpen
        let partners = more > 0 ? t("open.partners.more", ["names": names, "count": String(more)]) : names
        say(
            "open.done", ["title": loaded.session.title, "partners": partners.isEmpty ? t("status.unset") : partners],
            .success)
        sayOtherHolders(of: loaded.name)
        sayConflicts(loaded.session)
        sayReviewReminders(loaded.session)
        sayNextStep(loaded.session)
    }

    /// What `open` accepts besides an exact file name: the title (its slug), the
    /// number shown by `sessions`, or a part of one name that no other contains.
    func resolveSessionName(_ typed: String) throws(ShellError) -> String {
        let names: [String]
        do {
            names = try store.listNames()
        } catch {
            throw .store(error)
        }
        let slug = Slug.make(typed)
        if !slug.isEmpty, names.contains(slug) { return slug }
        if let number = Int(typed), number >= 1, number <= names.count {
            return sessionsInListedOrder(names)[number - 1]
        }
        let containing = slug.isEmpty ? [] : names.filter { $0.contains(slug) }
        if containing.count == 1, let only = containing.first { return only }
        if containing.count > 1 {
            throw .message("error.open.ambiguous", ["name": typed, "matches": containing.joined(separator: ", ")])
        }
        throw .store(.notFound(name: typed))
    }

    func saveAs(_ rawName: String) throws(ShellError) {
        var open = try requireSession()
        let name: String
        do {
            name = Slug.make(try SessionStore.validatedName(rawName))
        } catch {
            throw .store(error)
        }
        guard !name.isEmpty else { throw .store(.invalidName(rawName)) }
        if store.exists(name) { throw .store(.alreadyExists(name: name)) }
        // The original keeps what was done so far too (a script has not autosaved it);
        // when it cannot be written (changed on disk), the copy is the way out.
        try? saveCurrent()
        open = current ?? open
        do {
            open.fingerprint = try store.save(open.session, as: name, expected: nil)
        } catch {
            throw .store(error)
        }
        open.name = name
        open.dirty = false
        open.unsaved = []
        open.unreplayable = []
        open.deletedSeen = false
        current = open
        holdMarker()
        say("save.as.done", ["file": store.path(of: name)], .success)
    }

    func showStatus() {
        guard let open = current else { return }
        let s = open.session
        say("status.title", ["title": s.title], .heading)
        say(
            "status.file",
            ["file": store.path(of: open.name), "state": t(open.dirty ? "status.unsaved" : "status.saved")])
        let none = t("status.unset")
        say("status.type", ["value": s.context.type.map { t($0.labelKey) } ?? none])
        say("status.level", ["value": s.context.level.map { t($0.labelKey) } ?? none])
        say("status.relationship", ["value": s.context.relationship.map { t($0.labelKey) } ?? none])
        say("status.purpose", ["value": s.context.purpose.isEmpty ? none : s.context.purpose])
        say("status.vision", ["value": s.context.vision.isEmpty ? none : s.context.vision])
        let partners = s.partners.map { $0.role.isEmpty ? $0.name : "\($0.name) (\($0.role))" }
        say("status.partners", ["count": String(s.partners.count), "names": partners.joined(separator: ", ")])
        say("status.notes", ["count": String(s.notes.count)])
        showStanding(s)
        showProgress(s)
    }

    /// Where the partnership stands: the phase, the top risks, what is due, the next reviews.
    private func showStanding(_ s: Session) {
        let today = Day(now)
        if let phase = s.currentPhase {
            say("status.phase", ["phase": t(phase.phase.labelKey), "date": wording.date(phase.date)])
        } else {
            say("status.phase.none")
        }
        let phases = PhaseAnalysis(s, today: today)
        if phases.partnersDisagree {
            say("status.phase.split", ["list": Findings.voiceList(phases.voices, s, wording)], .warning)
        }
        let live: Set<RiskStatus> = [.open, .watching]
        let top = s.risks.compactMap { risk in RiskScore(risk).map { (risk, $0) } }
            .filter { live.contains($0.0.status) }
            .sorted { $0.1.value > $1.1.value }
            .prefix(3)
        if top.isEmpty {
            say("status.risks.none")
        } else {
            say("status.risks", [:])
            for (risk, score) in top {
                let text = t(
                    "status.risk",
                    ["id": risk.id, "score": String(score.value), "band": t(score.band.labelKey), "text": risk.text])
                line("  " + text.truncated(to: 76))
            }
        }
        let actions = ActionAnalysis(s, today: today).open.filter { action in
            action.due.map { $0.ordinal - today.ordinal <= ActionAnalysis.soonDays } ?? false
        }
        let late = actions.filter { ($0.due ?? today) < today }.count
        let gates = s.gatesDue(today: today)
        say(
            actions.isEmpty && gates.isEmpty ? "status.due.none" : "status.due",
            ["late": String(late), "soon": String(actions.count - late), "gates": String(gates.count)],
            late > 0 || !gates.isEmpty ? .warning : .plain)
        for reminder in s.reviews.upcoming(today: today) {
            say(
                "status.review.\(reminder.kind.rawValue)",
                ["date": wording.date(reminder.date), "when": reviewWhen(reminder)],
                reminder.isOverdue ? .warning : .plain)
        }
    }

    /// Each step of the path as done, partial or not started, and what to do next.
    func showProgress(_ session: Session) {
        say("status.steps", [:], .heading)
        for flow in GuideFlows.all {
            let progress = flow.progress(in: session)
            let style: Style = progress == .done ? .success : progress == .partial ? .warning : .dim
            write("  " + t("guide.\(flow.id).title").fitted(to: 34) + "  ")
            line(t("status.progress.\(progress.rawValue)"), style)
        }
        sayNextStep(session)
    }

    /// What to do next: add partners, resume the guide at its first open step, or review.
    func sayNextStep(_ session: Session) {
        let next = GuideFlows.all.first { $0.progress(in: session) != .done }
        if session.partners.count < 2 {
            say("status.next.partners", [:], .accent)
        } else if let next {
            say("status.next.guide", ["step": t("guide.\(next.id).title")], .accent)
        } else {
            say("status.next.done", [:], .accent)
        }
    }
}
