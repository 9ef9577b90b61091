/// A checkpoint as a file holds it: whole (`state`, schema 1, and the form
/// `tandem merge` works on) or as the changes from the state after it
/// (`changes`, schema 2). `Session` turns one form into the other.
struct StoredCheckpoint: Codable, Equatable, Sendable {
    var id: String
    var label: String
    var date: Day
    var state: SessionState?
    var changes: StateDelta?
    var notes: Int?
    var minutes: FollowUpMinutes?

    init(whole checkpoint: Checkpoint) {
        id = checkpoint.id
        label = checkpoint.label
        date = checkpoint.date
        state = checkpoint.state
        changes = nil
        notes = checkpoint.notes
        minutes = checkpoint.minutes
    }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        label = try c.value(.label, or: "")
        date = try c.decode(Day.self, forKey: .date)
        state = try c.decodeIfPresent(SessionState.self, forKey: .state)
        changes = try c.decodeIfPresent(StateDelta.self, forKey: .changes)
        notes = try c.decodeIfPresent(Int.self, forKey: .notes).map { max(0, $0) }
        minutes = try c.decodeIfPresent(FollowUpMinutes.self, forKey: .minutes)
    }

    /// Each checkpoint as the changes from the one after it, the latest from `latest`.
    static func compact(_ checkpoints: [Checkpoint], latest: SessionState) -> [StoredCheckpoint] {
        var later = latest
        var stored: [StoredCheckpoint] = []
        stored.reserveCapacity(checkpoints.count)
        for checkpoint in checkpoints.reversed() {
            var one = StoredCheckpoint(whole: checkpoint)
            one.state = nil
            let delta = StateDelta(from: checkpoint.state, later: later)
            one.changes = delta.isEmpty ? nil : delta
            stored.append(one)
            later = checkpoint.state
        }
        return stored.reversed()
    }

    /// The checkpoints whole, rebuilt from the latest back.
    static func expanded(_ stored: [StoredCheckpoint], latest: SessionState) throws -> [Checkpoint] {
        var later = latest
        var checkpoints: [Checkpoint] = []
        checkpoints.reserveCapacity(stored.count)
        for one in stored.reversed() {
            let state = try one.state ?? one.changes?.applied(to: later) ?? later
            checkpoints.append(
                Checkpoint(
                    id: one.id, label: one.label, date: one.date, state: state, notes: one.notes,
                    minutes: one.minutes))
            later = state
        }
        return checkpoints.reversed()
    }
}

extension StateDelta {
    var isEmpty: Bool { self == StateDelta(from: SessionState(), later: SessionState()) }
}
