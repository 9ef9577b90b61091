import TandemCore

/// Each kind of change worded from the catalogue (`diff.*` keys).
extension DiffView {
    func contextLine(_ change: ContextChange, _ names: DiffNames) -> DiffEntry {
        func field(_ key: String, _ from: String, _ to: String) -> DiffEntry {
            DiffEntry(.changed, t("diff.field", ["field": t("diff.field.\(key)"), "from": from, "to": to]))
        }
        func text(_ value: String) -> String { value.isEmpty ? t("diff.unset") : quoted(value, 60) }
        switch change {
        case .purpose(let from, let to): return field("purpose", text(from), text(to))
        case .vision(let from, let to): return field("vision", text(from), text(to))
        case .type(let from, let to): return field("type", label(from), label(to))
        case .level(let from, let to): return field("level", label(from), label(to))
        case .relationship(let from, let to): return field("relationship", label(from), label(to))
        case .partnerAdded(let partner):
            return DiffEntry(.added, t("diff.partner.added", ["name": partner.name, "id": partner.id]))
        case .partnerRemoved(let partner):
            return DiffEntry(.removed, t("diff.partner.removed", ["name": partner.name, "id": partner.id]))
        case .partnerRenamed(_, let from, let to):
            return DiffEntry(.changed, t("diff.partner.renamed", ["from": from, "to": to]))
        case .partnerRole(let id, let from, let to):
            return DiffEntry(
                .changed,
                t("diff.partner.role", ["name": names.partner(id), "from": text(from), "to": text(to)]))
        case .partnerRepresents(let id, let from, let to):
            return DiffEntry(
                .changed,
                t("diff.partner.represents", ["name": names.partner(id), "from": text(from), "to": text(to)]))
        }
    }

    /// "e4 made private: out of the proposal", "r2 shared: in the proposal".
    func visibilityLine(_ id: String, _ to: Visibility) -> DiffEntry {
        DiffEntry(.changed, t("diff.visibility.\(to.rawValue)", ["id": id]))
    }

    func expectationLine(_ change: ExpectationChange, _ names: DiffNames) -> DiffEntry {
        func item(_ e: Expectation) -> [String: String] {
            ["id": e.id, "partner": names.partner(e.partner), "kind": t(e.kind.labelKey), "text": quoted(e.text)]
        }
        switch change {
        case .visibility(let id, _, let to): return visibilityLine(id, to)
        case .guess(let id, let guess):
            return DiffEntry(.changed, t(guess ? "diff.guess.marked" : "diff.guess.confirmed", ["id": id]))
        case .added(let e): return DiffEntry(.added, t("diff.expectation", item(e)))
        case .removed(let e): return DiffEntry(.removed, t("diff.expectation", item(e)))
        case .reworded(let id, let from, let to):
            return DiffEntry(.changed, t("diff.reworded", ["id": id, "from": quoted(from, 60), "to": quoted(to, 60)]))
        case .kind(let id, let from, let to):
            return DiffEntry(.changed, t("diff.expectation.kind", ["id": id, "from": label(from), "to": label(to)]))
        case .measure(let id, let from, let to):
            let (was, now) = (
                from.isEmpty ? t("diff.unset") : quoted(from, 50), to.isEmpty ? t("diff.unset") : quoted(to, 50)
            )
            return DiffEntry(.changed, t("diff.expectation.measure", ["id": id, "from": was, "to": now]))
        case .due(let id, let from, let to):
            return DiffEntry(.changed, t("diff.due", ["id": id, "from": dayText(from), "to": dayText(to)]))
        case .kept(let id, _, let to):
            return DiffEntry(
                to == nil ? .removed : .added,
                to.map { t("diff.expectation.kept", ["id": id, "date": shell.wording.date($0)]) }
                    ?? t("diff.expectation.unkept", ["id": id]))
        case .linked(let id, let answers):
            return DiffEntry(.added, t("diff.expectation.linked", ["id": id, "list": shell.spokenList(answers)]))
        case .unlinked(let id, let answers):
            return DiffEntry(.removed, t("diff.expectation.unlinked", ["id": id, "list": shell.spokenList(answers)]))
        case .goals(let partner, let from, let to):
            // Said without the text: the diff is often shown with the partners in the room.
            let key = from.isEmpty ? "diff.goals.set" : to.isEmpty ? "diff.goals.cleared" : "diff.goals.changed"
            return DiffEntry(
                from.isEmpty ? .added : to.isEmpty ? .removed : .changed, t(key, ["name": names.partner(partner)]))
        case .safeguards(let id, _, let to):
            guard !to.isEmpty else { return DiffEntry(.removed, t("diff.safeguards.cleared", ["id": id])) }
            return DiffEntry(.added, t("diff.safeguards", ["id": id, "list": shell.spokenList(to)]))
        case .tensionAdded(let tension), .tensionRemoved(let tension):
            let added: Bool
            if case .tensionAdded = change { added = true } else { added = false }
            let text = t(
                tension.note.isEmpty ? "diff.tension" : "diff.tension.note",
                [
                    "id": tension.id, "first": tension.between.first ?? "",
                    "second": tension.between.dropFirst().first ?? "", "note": quoted(tension.note, 50),
                ])
            return DiffEntry(added ? .late : .removed, text)
        case .tensionSettled(let id, let by):
            guard let by else { return DiffEntry(.late, t("diff.tension.reopened", ["id": id])) }
            return DiffEntry(.added, t("diff.tension.settled", ["id": id, "by": by]))
        case .late(let e):
            return DiffEntry(
                .late,
                t(
                    "diff.expectation.late",
                    item(e).merging([
                        "due": dayText(e.due), "days": shell.dayCount(today.ordinal - (e.due ?? today).ordinal),
                    ]) {
                        $1
                    }))
        }
    }

    func mapLine(_ change: MapChange, _ names: DiffNames) -> DiffEntry {
        switch change {
        case .needAdded(let need):
            return DiffEntry(
                .added, t(need.critical ? "diff.need.critical" : "diff.need", ["name": need.name, "id": need.id]))
        case .needRemoved(let need):
            return DiffEntry(.removed, t("diff.need", ["name": need.name, "id": need.id]))
        case .needRenamed(_, let from, let to):
            return DiffEntry(.changed, t("diff.need.renamed", ["from": from, "to": to]))
        case .critical(let need, let now):
            return DiffEntry(
                .changed, t(now ? "diff.need.now.critical" : "diff.need.not.critical", ["name": names.need(need)]))
        case .rating(let partner, let need, let from, let to):
            let arguments = ["partner": names.partner(partner), "need": names.need(need)]
            if let to, from == nil {
                return DiffEntry(.added, t("diff.rating.new", arguments.merging(["score": coverage(to)]) { $1 }))
            }
            if let from, to == nil {
                return DiffEntry(.removed, t("diff.rating.gone", arguments.merging(["score": coverage(from)]) { $1 }))
            }
            return DiffEntry(.changed, t("diff.rating", arguments.merging(["move": moved(from, to)]) { $1 }))
        case .peerRating(let partner, let need, let by, let from, let to):
            let arguments = [
                "partner": names.partner(partner), "need": names.need(need),
                "by": by == PeerRating.coach ? t("map.by.coach") : names.partner(by),
            ]
            if let to, from == nil {
                return DiffEntry(.added, t("diff.view.new", arguments.merging(["score": coverage(to)]) { $1 }))
            }
            if let from, to == nil {
                return DiffEntry(.removed, t("diff.view.gone", arguments.merging(["score": coverage(from)]) { $1 }))
            }
            return DiffEntry(.changed, t("diff.view", arguments.merging(["move": moved(from, to)]) { $1 }))
        case .traitAdded(let trait):
            return DiffEntry(.added, traitText(trait, names))
        case .traitRemoved(let trait):
            return DiffEntry(.removed, traitText(trait, names))
        }
    }

    /// "3 (lead)".
    private func coverage(_ score: Int) -> String {
        String(score) + (Coverage(score: score).map { " (" + t($0.labelKey) + ")" } ?? "")
    }

    private func traitText(_ trait: Trait, _ names: DiffNames) -> String {
        t("map.trait.\(trait.kind.rawValue)", ["partner": names.partner(trait.partner), "text": quoted(trait.text)])
    }

    func stageLine(_ change: StageChange, _ names: DiffNames) -> DiffEntry {
        func on(_ stage: String, _ extra: [String: String] = [:]) -> [String: String] {
            extra.merging(["stage": names.stage(stage)]) { $1 }
        }
        switch change {
        case .added(let stage): return DiffEntry(.added, t("diff.stage", ["name": stage.name, "id": stage.id]))
        case .removed(let stage): return DiffEntry(.removed, t("diff.stage", ["name": stage.name, "id": stage.id]))
        case .renamed(_, let from, let to):
            return DiffEntry(.changed, t("diff.stage.renamed", ["from": from, "to": to]))
        case .entryAdded(let stage, let condition):
            return DiffEntry(.added, t("diff.stage.entry", on(stage, ["text": quoted(condition.text)])))
        case .entryRemoved(let stage, let condition):
            return DiffEntry(.removed, t("diff.stage.entry", on(stage, ["text": quoted(condition.text)])))
        case .entryChanged(let stage, _, let to):
            var check: [String] = []
            if !to.measure.isEmpty { check.append(quoted(to.measure, 30)) }
            if let due = to.due { check.append(due.description) }
            let how = check.isEmpty ? t("diff.unset") : check.joined(separator: ", ")
            return DiffEntry(
                .changed, t("diff.stage.entry.changed", on(stage, ["text": quoted(to.text, 30), "check": how])))
        case .exitAdded(let stage, let text):
            return DiffEntry(.added, t("diff.stage.exit", on(stage, ["text": quoted(text)])))
        case .exitRemoved(let stage, let text):
            return DiffEntry(.removed, t("diff.stage.exit", on(stage, ["text": quoted(text)])))
        case .commitmentAdded(let stage, let commitment):
            return DiffEntry(.added, commitmentText(stage, commitment, names))
        case .commitmentRemoved(let stage, let commitment):
            return DiffEntry(.removed, commitmentText(stage, commitment, names))
        case .deliverableAdded(let stage, let text):
            return DiffEntry(.added, t("diff.stage.deliverable", on(stage, ["text": quoted(text)])))
        case .deliverableRemoved(let stage, let text):
            return DiffEntry(.removed, t("diff.stage.deliverable", on(stage, ["text": quoted(text)])))
        case .review(let stage, let from, let to):
            return DiffEntry(.changed, t("diff.stage.review", on(stage, ["from": dayText(from), "to": dayText(to)])))
        case .gate(let stage, let record, let previous):
            let arguments = on(stage, ["date": shell.wording.date(record.date), "verdict": t(record.verdict.labelKey)])
            let marker: DiffMarker = SessionDiff.needsAttention(change) ? .late : .added
            var text = t("diff.stage.gate", arguments)
            if let previous {
                text = t("diff.stage.gate.again", arguments.merging(["previous": t(previous.labelKey)]) { $1 })
            }
            let details = StagesView.details(of: record, session, { t($0, $1) })
            return DiffEntry(marker, ([text] + details).joined(separator: " — "))
        }
    }

    private func commitmentText(_ stage: String, _ commitment: StageCommitment, _ names: DiffNames) -> String {
        t(
            "diff.stage.commitment",
            [
                "stage": names.stage(stage), "partner": names.partner(commitment.partner),
                "text": quoted(commitment.text),
            ])
    }
}
