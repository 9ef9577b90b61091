import TandemCore

extension Shell {
    /// `checkpoints`: the checkpoints view of the open session.
    func showCheckpoints() {
        guard let session = current?.session else { return }
        CheckpointsView(shell: self, session: session, today: Day(now)).render()
    }
}

/// `checkpoints`: each baseline with its date and how much moved since.
struct CheckpointsView {
    let shell: Shell
    let session: Session
    let today: Day

    func render() {
        shell.say("checkpoints.title", [:], .heading)
        guard !session.checkpoints.isEmpty else {
            shell.paragraph("checkpoints.none")
            return
        }
        let idWidth = session.checkpoints.map(\.id.count).max() ?? 2
        let moves = session.checkpoints.map { checkpoint -> String in
            let count = SessionDiff(since: checkpoint, in: session, today: today).count
            switch count {
            case 0: return shell.t("checkpoints.same")
            case 1: return shell.t("checkpoints.one")
            default: return shell.t("checkpoints.many", ["count": String(count)])
            }
        }
        let moveWidth = moves.map(\.displayWidth).max() ?? 0
        let labelWidth = max(8, 80 - (2 + idWidth + 2 + 10 + 2 + 2 + moveWidth))
        for (checkpoint, move) in zip(session.checkpoints, moves) {
            let label = checkpoint.label.isEmpty ? "-" : checkpoint.label
            shell.line(
                "  " + checkpoint.id.fitted(to: idWidth) + "  " + checkpoint.date.description + "  "
                    + label.fitted(to: labelWidth) + "  " + move)
        }
        if let underway = session.reviews.underway {
            shell.paragraph(
                "checkpoints.underway", ["id": underway.checkpoint, "date": shell.wording.date(underway.started)], .dim)
        }
        shell.paragraph("checkpoints.hint", [:], .dim)
    }
}
