import TandemCore

/// What `undo` can take back, kept without copying the session per change:
/// the session as it was some changes ago (`base`) and the changes made since,
/// as values. Undoing rebuilds the session from `base` and replays all but the
/// last change; each change is also applied to `base` once it falls out of
/// reach, so a long script stays linear.
struct UndoHistory {
    private(set) var base: Session?
    private(set) var changes: [any SessionChange] = []
    let depth: Int

    init(depth: Int) {
        self.depth = depth
    }

    var count: Int { changes.count }

    /// Starts over from `session` (a session opened, created or closed).
    mutating func reset(to session: Session?) {
        base = session
        changes = []
    }

    /// Remembers a change that was just applied to the session.
    mutating func record(_ change: any SessionChange) {
        guard depth > 0, base != nil else { return }
        changes.append(change)
        if changes.count > depth {
            let oldest = changes.removeFirst()
            // Deterministic by contract: it applied once, it applies again.
            if var moved = base {
                base = nil  // the only reference left, so it changes in place
                _ = try? oldest.apply(to: &moved)
                base = moved
            }
        }
    }

    /// Records a change that belongs to the last one (an answer's mark), so
    /// `undo` takes both back; with no change to join, it joins the base.
    mutating func attach(_ change: any SessionChange) {
        guard depth > 0, base != nil else { return }
        if let last = changes.popLast() {
            changes.append(ChangeSequence([last, change]))
        } else if var moved = base {
            base = nil
            _ = try? change.apply(to: &moved)
            base = moved
        }
    }

    /// The session as the recorded changes left it, rebuilt from `base`: what
    /// a change that failed half-way is rolled back to.
    func rebuilt() -> Session? {
        guard var session = base else { return nil }
        for change in changes { _ = try? change.apply(to: &session) }
        return session
    }

    /// Takes back the last change: the session before it and the change, or
    /// nil when there is nothing to undo.
    mutating func undo() -> (session: Session, change: any SessionChange)? {
        guard var session = base, let last = changes.popLast() else { return nil }
        var replayed: [any SessionChange] = []
        for change in changes {
            do {
                try change.apply(to: &session)
                replayed.append(change)
            } catch {
                continue  // cannot happen for a deterministic change; never kept half done
            }
        }
        changes = replayed
        return (session, last)
    }
}
