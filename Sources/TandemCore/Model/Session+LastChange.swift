import FoundationEssentials

extension Session {
    /// The latest date the session's items carry (notes, answers, checkpoints,
    /// phases, actions, health ratings, gates): when it last changed, as far as
    /// the file tells, since it keeps no file-wide date.
    public var lastDated: Date {
        var latest = Day(createdAt)
        func see(_ day: Day?) {
            if let day, day > latest { latest = day }
        }
        for day in guide.answered.values { see(day) }
        for day in guide.skipped.values { see(day) }
        for checkpoint in checkpoints { see(checkpoint.date) }
        for entry in state.phases { see(entry.date) }
        for rating in state.health { see(rating.date) }
        for action in state.actions {
            see(action.created)
            see(action.done)
        }
        for stage in state.stages {
            for gate in stage.gates { see(gate.date) }
        }
        var result = Date(timeIntervalSince1970: TimeInterval(latest.ordinal * 86_400))
        for note in notes where note.date > result { result = note.date }
        return result
    }
}
