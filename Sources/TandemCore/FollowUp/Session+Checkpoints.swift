extension Session {
    /// The checkpoint made last, the default baseline of `diff` and `followup`.
    public var latestCheckpoint: Checkpoint? { checkpoints.last }

    /// Freezes the module data as it is now. A label is optional; two
    /// checkpoints cannot share one, since `diff LABEL` must find a single one.
    @discardableResult
    public mutating func addCheckpoint(label raw: String = "", on day: Day) throws(SessionError) -> Checkpoint {
        let label = try Self.cleanCheckpointLabel(raw)
        if !label.isEmpty, checkpoints.contains(where: { $0.label.folded == label.folded }) {
            throw .exists(.checkpoint, label)
        }
        let checkpoint = Checkpoint(
            id: nextID(.checkpoint), label: label, date: day, state: state.frozen, notes: notes.count)
        checkpoints.append(checkpoint)
        return checkpoint
    }

    /// Finds a checkpoint by id (`c2`, or just `2`) or by label, ignoring case
    /// and accents; an unambiguous start of a label is enough.
    public func checkpoint(_ reference: String) throws(SessionError) -> Checkpoint {
        let typed = reference.trimmingWhitespace
        let lowered = typed.lowercased()
        let id = lowered.allSatisfy(\.isNumber) && !lowered.isEmpty ? "c" + lowered : lowered
        if let byID = checkpoints.withID(id) { return byID }
        let key = typed.folded
        guard !key.isEmpty else { throw .unknown(.checkpoint, reference) }
        let labelled = checkpoints.filter { !$0.label.isEmpty }
        let exact = labelled.filter { $0.label.folded == key }
        if exact.count == 1, let only = exact.first { return only }
        let prefixed = exact.isEmpty ? labelled.filter { $0.label.folded.hasPrefix(key) } : exact
        if prefixed.count == 1, let only = prefixed.first { return only }
        if prefixed.count > 1 { throw .ambiguous(.checkpoint, reference, prefixed.map { "\($0.id) \($0.label)" }) }
        throw .unknown(.checkpoint, reference)
    }

    /// A label for a follow-up's checkpoint that no other checkpoint has:
    /// `base`, else `base (2)`, `base (3)`…
    public func freeCheckpointLabel(_ base: String) -> String {
        let taken = Set(checkpoints.map(\.label.folded))
        if !taken.contains(base.folded) { return base }
        var number = 2
        while taken.contains("\(base) (\(number))".folded) { number += 1 }
        return "\(base) (\(number))"
    }

    static func cleanCheckpointLabel(_ raw: String) throws(SessionError) -> String {
        try TextRule.name.check(raw, field: "checkpoint.label", allowEmpty: true)
    }

    /// The notes written after `checkpoint` (and before `later`, when given):
    /// by the count each checkpoint keeps, or for older checkpoints by day.
    public func notes(since checkpoint: Checkpoint, until later: Checkpoint? = nil) -> [Note] {
        func start(_ point: Checkpoint) -> Int {
            if let count = point.notes { return min(count, notes.count) }
            return notes.firstIndex { Day($0.date) > point.date } ?? notes.count
        }
        let from = start(checkpoint)
        let to = later.map(start) ?? notes.count
        return from < to ? Array(notes[from..<to]) : []
    }
}
