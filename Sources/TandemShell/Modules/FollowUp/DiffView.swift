import TandemCore

/// Names of partners, needs and stages for a diff: as they are now, or as
/// they were at the checkpoint for those removed since.
struct DiffNames {
    let before: SessionState
    let after: SessionState

    func partner(_ id: String) -> String {
        after.partners.withID(id)?.name ?? before.partners.withID(id)?.name ?? id
    }

    func need(_ id: String) -> String {
        after.needs.withID(id)?.name ?? before.needs.withID(id)?.name ?? id
    }

    func stage(_ id: String) -> String {
        after.stages.withID(id)?.name ?? before.stages.withID(id)?.name ?? id
    }
}

extension Shell {
    /// `diff`: what moved since `checkpoint` in `session`, as of today.
    func showDiff(since checkpoint: Checkpoint, in session: Session) {
        DiffView(shell: self, checkpoint: checkpoint, later: nil, session: session, today: Day(now)).render()
    }

    /// `diff FIRST SECOND`: what moved from one checkpoint to another.
    func showDiff(from first: Checkpoint, to second: Checkpoint, in session: Session) {
        DiffView(shell: self, checkpoint: first, later: second, session: session, today: second.date).render()
    }

    /// `c2 "after the pilot"`, or `c2` when it has no label.
    func checkpointName(_ checkpoint: Checkpoint) -> String {
        checkpoint.label.isEmpty
            ? checkpoint.id : checkpoint.id + " " + wording.quoted(checkpoint.label, cutTo: 40)
    }
}

/// `diff`: what moved since a checkpoint (or from one checkpoint to a later
/// one), module by module, then the notes written in between; each change on
/// a line that starts with + (added), - (removed), ~ (changed) or ! (needs
/// attention, `SessionDiff.needsAttention`), so it reads the same without colour.
struct DiffView {
    let shell: Shell
    let checkpoint: Checkpoint
    /// The later checkpoint of `diff FIRST SECOND`; nil compares with the session now.
    let later: Checkpoint?
    let session: Session
    let today: Day

    func render() {
        let diff: SessionDiff
        let after: SessionState
        if let later {
            diff = SessionDiff(from: checkpoint, to: later, in: session)
            after = later.state
            shell.say(
                "diff.title.between",
                [
                    "checkpoint": shell.checkpointName(checkpoint), "date": shell.wording.date(checkpoint.date),
                    "later": shell.checkpointName(later), "until": shell.wording.date(later.date),
                ], .heading)
        } else {
            diff = SessionDiff(since: checkpoint, in: session, today: today)
            after = session.state.frozen
            shell.say(
                "diff.title",
                [
                    "checkpoint": shell.checkpointName(checkpoint), "date": shell.wording.date(checkpoint.date),
                    "ago": daysAgo(from: checkpoint.date),
                ], .heading)
        }
        guard !diff.isEmpty else {
            shell.paragraph("diff.none", [:], .dim)
            return
        }
        let names = DiffNames(before: checkpoint.state, after: after)
        for module in Module.allCases {  // in the method's order, headed "diff.module.<id>"
            let lines = diffLines(module, diff, names)
            guard !lines.isEmpty else { continue }
            shell.say("diff.module.\(module.rawValue)", [:], .accent)
            for entry in lines { diffLine(entry.marker, entry.text) }
        }
        if !diff.notes.isEmpty {
            shell.say("diff.notes", [:], .accent)
            for note in diff.notes {
                diffLine(.added, t("diff.note", ["date": shell.wording.date(Day(note.date)), "text": note.text]))
            }
        }
        shell.say("diff.legend", [:], .dim)
    }

    /// A catalogue text in the shell's language.
    func t(_ key: String, _ arguments: [String: String] = [:]) -> String { shell.t(key, arguments) }

    /// "today", "1 day ago", "12 days ago".
    private func daysAgo(from day: Day) -> String {
        let days = today.ordinal - day.ordinal
        if days <= 0 { return t("diff.ago.today") }
        return t(days == 1 ? "diff.ago.one" : "diff.ago", ["days": String(days)])
    }

    /// One change: its marker, then the text wrapped within 80 columns.
    func diffLine(_ marker: DiffMarker, _ text: String) {
        for (i, part) in text.wrapped(width: 76).split(separator: "\n").enumerated() {
            shell.line((i == 0 ? "  " + marker.rawValue + " " : "    ") + part, marker.style)
        }
    }

    func diffLines(_ module: Module, _ diff: SessionDiff, _ names: DiffNames) -> [DiffEntry] {
        switch module {
        case .context: return diff.context.map { contextLine($0, names) }
        case .expectations: return diff.expectations.map { expectationLine($0, names) }
        case .map: return diff.map.map { mapLine($0, names) }
        case .stages: return diff.stages.map { stageLine($0, names) }
        case .agreement: return diff.agreement.map(ruleLine)
        case .risks: return diff.risks.map { riskLine($0, names) }
        case .health: return healthLines(diff.health, names)
        case .phase: return diff.phase.map { phaseLines($0, names) } ?? []
        case .actions: return diff.actions.map { actionLine($0, names) }
        }
    }

    /// Text typed by a user, quoted and cut so one change stays a line or two.
    func quoted(_ text: String, _ width: Int = 60) -> String {
        shell.wording.quoted(text.split(whereSeparator: \.isNewline).joined(separator: " "), cutTo: width)
    }

    /// "12 → 16 ↑": a number's move with its trend arrow.
    func moved(_ from: Int?, _ to: Int?) -> String {
        let was = from.map(String.init) ?? t("diff.unrated")
        let now = to.map(String.init) ?? t("diff.unrated")
        guard let from, let to else { return was + " → " + now }
        return was + " → " + now + " " + arrow(Trend(from: from, to: to))
    }

    func arrow(_ trend: Trend) -> String {
        switch trend {
        case .up: return "↑"
        case .down: return "↓"
        case .same: return "→"
        }
    }

    /// A date or "none", for moves of a due or review date.
    func dayText(_ day: Day?) -> String { day?.description ?? t("diff.unset") }

    /// A value word's label or "none".
    func label<V: ValueWord>(_ value: V?) -> String { value.map { t($0.labelKey) } ?? t("diff.unset") }
}

/// How a diff line starts: readable without colour, coloured when there is some.
enum DiffMarker: String {
    case added = "+"
    case removed = "-"
    case changed = "~"
    case late = "!"

    var style: Style {
        switch self {
        case .added: return .success
        case .removed: return .dim
        case .changed: return .plain
        case .late: return .warning
        }
    }
}

struct DiffEntry {
    var marker: DiffMarker
    var text: String

    init(_ marker: DiffMarker, _ text: String) {
        self.marker = marker
        self.text = text
    }
}
