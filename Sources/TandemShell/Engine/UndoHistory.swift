import TandemCore

/// What `undo` can take back, kept without copying the session per change:
/// the session as it was some changes ago (`base`) and the changes made since,
/// as values. Undoing rebuilds the session from `base` and replays all but the
/// last change. Changes out of undo's reach are applied to `base` only when
/// needed (an undo, a failed change) or every `settleEvery` changes, so a long
/// script that never undoes applies each change once and stays linear.
struct UndoHistory {
    private(set) var base: Session?
    private(set) var changes: [any SessionChange] = []
    /// Changes before this index are out of reach: applied to `base` when it next moves.
    private var floor = 0
    let depth: Int
    let settleEvery: Int

    init(depth: Int, settleEvery: Int = 200) {
        self.depth = depth
        self.settleEvery = max(settleEvery, depth)
    }

    /// How many changes `undo` can still take back.
    var count: Int { changes.count - floor }

    /// Starts over from `session` (a session opened, created or closed).
    mutating func reset(to session: Session?) {
        base = session
        changes = []
        floor = 0
    }

    /// Remembers a change that was just applied to the session.
    mutating func record(_ change: any SessionChange) {
        guard depth > 0, base != nil else { return }
        changes.append(change)
        if count > depth { floor += 1 }
        if floor >= settleEvery { settle() }
    }

    /// Records a change that belongs to the last one (an answer's mark), so
    /// `undo` takes both back; with no change in reach to join, it is out of reach too.
    mutating func attach(_ change: any SessionChange) {
        guard depth > 0, base != nil else { return }
        if count > 0, let last = changes.popLast() {
            changes.append(ChangeSequence([last, change]))
        } else {
            changes.append(change)
            floor += 1
        }
    }

    /// Applies the changes out of reach to `base` (in place) and forgets them.
    private mutating func settle() {
        guard floor > 0, var moved = base else { return }
        base = nil  // the only reference left, so it changes in place
        // Deterministic by contract: each applied once already, it applies again.
        for change in changes[..<floor] { _ = try? change.apply(to: &moved) }
        base = moved
        changes.removeFirst(floor)
        floor = 0
    }

    /// The session as the recorded changes left it, rebuilt from `base`: what
    /// a change that failed half-way is rolled back to.
    mutating func rebuilt() -> Session? {
        settle()
        guard var session = base else { return nil }
        for change in changes { _ = try? change.apply(to: &session) }
        return session
    }

    /// Takes back the last change: the session before it and the change, or
    /// nil when there is nothing to undo.
    mutating func undo() -> (session: Session, change: any SessionChange)? {
        guard count > 0 else { return nil }
        settle()
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
