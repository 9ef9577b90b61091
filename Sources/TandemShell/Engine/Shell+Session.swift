import TandemCore

extension Shell {
    /// The open session, or the error that says which command opens one.
    func requireSession() throws(ShellError) -> OpenSession {
        guard let current else { throw .noSession }
        return current
    }

    /// Applies one change to the open session: validated by the core,
    /// remembered for `undo`, stamped, and saved at once in an interactive shell.
    /// The change runs in place (appending to a large collection copies
    /// nothing); a refused change leaves the session as it was.
    @discardableResult
    func apply(_ change: any SessionChange) throws(ShellError) -> String? {
        guard var open = current else { throw .noSession }
        current = nil  // the only reference left is `open`, so arrays grow in place
        let result: String?
        do {
            result = try change.apply(to: &open.session)
        } catch {
            // A change validates before it alters anything; one made of several
            // steps may have done some: the session is rebuilt as it was.
            if let rebuilt = history.rebuilt() { open.session = rebuilt }
            current = open
            throw .session(error)
        }
        open.session.updatedAt = now
        open.dirty = true
        open.unsaved.append(change)
        current = open
        history.record(change)
        if interactive && !autosaveHeld { autosave() }
        return result
    }

    /// A change written as a closure (being moved to typed changes): it must
    /// use only the values it captured, so `undo` can replay it.
    @discardableResult
    func change<R>(_ description: String, _ body: @escaping (inout Session) throws(SessionError) -> R)
        throws(ShellError) -> R
    {
        let box = ResultBox(body)
        try apply(
            ClosureChange(Phrase("undo.described", ["what": description])) { (s: inout Session) throws(SessionError) in
                try box.run(&s)
            })
        guard let result = box.result else { throw .message("undo.nothing") }
        return result
    }

    /// Makes `open` the open session and starts its undo history afresh.
    func open(_ session: OpenSession?) {
        current = session
        history.reset(to: session?.session)
        holdMarker()
    }

    /// Keeps this process's "open" marker on the session it has open, so
    /// another Tandem opening it says so (interactive shells only: a script is
    /// over in a moment). Lets the marker go when the session is left.
    func holdMarker() {
        let wanted = interactive ? current?.name : nil
        if marker?.name == wanted { return }
        releaseMarker()
        if let wanted, let lock = store.markOpen(wanted) { marker = (wanted, lock) }
    }

    func releaseMarker() {
        if let marker { store.unmark(marker.lock) }
        marker = nil
    }

    /// A day typed by the coach (`2027-03-31`, `31/03/2027`, `+30`, `+2m`), or the error that shows the forms.
    func parseDay(_ text: String) throws(ShellError) -> Day {
        guard let day = Day(typed: text, today: Day(now), units: vocabulary.dateUnits) else {
            if Day.isOutOfRange(typed: text, today: Day(now), units: vocabulary.dateUnits) {
                throw .message("error.date.range", ["value": text])
            }
            throw .session(.invalidDate(text))
        }
        return day
    }

    /// Saves after a change; a failure is said but does not undo the change.
    func autosave() {
        do {
            try saveCurrent()
        } catch {
            line(t("save.autosave.failed") + " " + describe(error), .warning)
        }
    }

    /// Writes the open session to its file when it has unsaved changes. A file
    /// deleted under the shell is said and not written again, until the coach
    /// types `save` once more (`recreating`, the `save` command).
    func saveCurrent(force: Bool = false, recreating: Bool = false) throws(ShellError) {
        guard var open = current, open.dirty || force else { return }
        let expected = recreating && open.deletedSeen ? nil : open.fingerprint
        do {
            open.fingerprint = try store.save(open.session, as: open.name, expected: expected)
        } catch {
            if case .deletedOnDisk = error { current?.deletedSeen = true }
            throw .store(error)
        }
        open.dirty = false
        open.unsaved = []
        open.unreplayable = []
        open.deletedSeen = false
        current = open
        quitWarned = false
        holdMarker()
    }

    /// Saves before leaving the session or the program. Returns false when
    /// changes could not be saved (they are said to be kept in memory).
    @discardableResult
    func finish(unlessItFailsWith already: String? = nil) -> Bool {
        do {
            try saveCurrent()
            return true
        } catch {
            // A script that just failed on this very save has said so once already.
            if describe(error) != already { report(error, at: nil) }
            return false
        }
    }

    /// Makes `loaded` the open session, saving the previous one first.
    func switchTo(_ next: OpenSession) throws(ShellError) {
        try saveCurrent()
        open(next)
    }
}

/// Carries a closure change and its last result across the `Sendable` wall;
/// the shell runs on one thread.
private final class ResultBox<R>: @unchecked Sendable {
    let body: (inout Session) throws(SessionError) -> R
    var result: R?

    init(_ body: @escaping (inout Session) throws(SessionError) -> R) {
        self.body = body
    }

    func run(_ session: inout Session) throws(SessionError) {
        result = try body(&session)
    }
}
