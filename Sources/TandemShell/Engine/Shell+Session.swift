import TandemCore

extension Shell {
    /// The open session, or the error that says which command opens one.
    func requireSession() throws(ShellError) -> OpenSession {
        guard let current else { throw .noSession }
        return current
    }

    /// Applies one change to the open session: remembered for `undo`, stamped,
    /// and saved at once in an interactive shell.
    ///
    /// With undo kept, the change runs on a copy and a failure leaves the
    /// session as it was. Without (a long script that never undoes), it runs in
    /// place so appending to a large collection does not copy it; session
    /// mutations validate before they change anything, so a refused change
    /// leaves nothing half done.
    @discardableResult
    func change<R>(_ description: String, _ body: (inout Session) throws(SessionError) -> R) throws(ShellError) -> R {
        guard var open = current else { throw .noSession }
        let depth = configuration.undoDepth
        let result: R
        if depth > 0 {
            let before = open.session
            do {
                result = try body(&open.session)
            } catch {
                throw .session(error)
            }
            undoStack.append(UndoEntry(description: description, before: before))
            if undoStack.count > depth { undoStack.removeFirst(undoStack.count - depth) }
        } else {
            current = nil  // the only reference left is `open`, so arrays grow in place
            do {
                result = try body(&open.session)
            } catch {
                current = open
                throw .session(error)
            }
        }
        open.session.updatedAt = now
        open.dirty = true
        current = open
        if interactive && !autosaveHeld { autosave() }
        return result
    }

    /// A day typed by the coach (`2027-03-31`, `31/03/2027`, `+30`, `+2m`), or the error that shows the forms.
    func parseDay(_ text: String) throws(ShellError) -> Day {
        guard let day = Day(typed: text, today: Day(now)) else { throw .session(.invalidDate(text)) }
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

    /// Writes the open session to its file when it has unsaved changes.
    func saveCurrent(force: Bool = false) throws(ShellError) {
        guard var open = current, open.dirty || force else { return }
        do {
            open.fingerprint = try store.save(open.session, as: open.name, expected: open.fingerprint)
        } catch {
            throw .store(error)
        }
        open.dirty = false
        current = open
        quitWarned = false
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
        current = next
        undoStack.removeAll()
    }
}
