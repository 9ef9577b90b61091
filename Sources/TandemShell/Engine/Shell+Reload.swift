import TandemCore

extension Shell {
    /// `reload`: the file's version of the open session, with this shell's
    /// unsaved changes replayed on top; those that no longer apply are said.
    func reload() throws(ShellError) {
        let open = try requireSession()
        let loaded: SessionStore.Loaded
        do {
            loaded = try store.load(open.name)
        } catch {
            throw .store(error)
        }
        var session = loaded.session
        var replayed: [any SessionChange] = []
        var refused: [(change: any SessionChange, error: SessionError)] = []
        for change in open.unsaved {
            do {
                try change.apply(to: &session)
                replayed.append(change)
            } catch {
                refused.append((change, error))
                // A change of several steps may have done some before failing: none of it is kept.
                session = loaded.session
                for done in replayed { _ = try? done.apply(to: &session) }
            }
        }
        if !replayed.isEmpty { session.updatedAt = now }
        self.open(
            OpenSession(
                name: loaded.name, session: loaded.session, fingerprint: loaded.fingerprint, dirty: false))
        // Undo takes the replayed changes back one by one, as before the reload.
        for change in replayed { history.record(change) }
        current?.session = session
        current?.dirty = !replayed.isEmpty
        current?.unsaved = replayed
        say("reload.done", ["title": session.title, "file": store.path(of: loaded.name)], .success)
        if !replayed.isEmpty { say("reload.replayed", ["count": String(replayed.count)]) }
        if !refused.isEmpty || !open.unreplayable.isEmpty { say("reload.refused", [:], .warning) }
        for (change, error) in refused {
            line("  " + wording(change.wording) + " — " + describe(error), .warning)
        }
        for phrase in open.unreplayable {
            line("  " + t("reload.undo", ["what": wording(phrase)]), .warning)
        }
        sayOtherHolders(of: loaded.name)
        if interactive { autosave() }
    }

    /// Says which other Tandem processes have the session open, if any.
    func sayOtherHolders(of name: String) {
        let pids = store.holders(of: name).map(String.init)
        guard let first = pids.first else { return }
        if pids.count == 1 {
            say("open.held", ["name": name, "pid": first], .warning)
        } else {
            say("open.held.many", ["name": name, "pids": pids.joined(separator: ", ")], .warning)
        }
    }

    /// Asks a yes/no question at the terminal; anything but yes (Ctrl-C, Ctrl-D included) is no.
    func confirm(_ key: String, _ arguments: [String: String]) -> Bool {
        guard let source else { return false }
        say(key, arguments, .accent)
        let saved = guideStep
        guideStep = t("confirm.step")
        let event = source.readLine(prompt: promptText())
        guideStep = saved
        guard case .line(let answer) = event else { return false }
        return vocabulary.isYes(answer)
    }

    func wording(_ phrase: Phrase) -> String {
        phrase.text(configuration.catalog, language)
    }
}
