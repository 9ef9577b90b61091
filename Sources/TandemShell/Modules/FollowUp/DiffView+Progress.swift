import TandemCore

/// Risks, health, phase and actions: the changes a follow-up is about, with trend arrows.
extension DiffView {
    func riskLine(_ change: RiskChange, _ names: DiffNames) -> DiffEntry {
        func text(_ id: String) -> String {
            quoted(
                names.after.risks.withID(id)?.text ?? names.before.risks.withID(id)?.text ?? "",
                50)
        }
        switch change {
        case .visibility(let id, _, let to): return visibilityLine(id, to)
        case .added(let risk):
            var arguments = ["id": risk.id, "zone": t(risk.zone.labelKey), "text": quoted(risk.text)]
            guard let score = RiskScore(risk) else {
                return DiffEntry(.added, t("diff.risk", arguments))
            }
            arguments["score"] = String(score.value)
            arguments["band"] = t(score.band.labelKey)
            return DiffEntry(SessionDiff.needsAttention(change) ? .late : .added, t("diff.risk.scored", arguments))
        case .removed(let risk):
            return DiffEntry(
                .removed, t("diff.risk", ["id": risk.id, "zone": t(risk.zone.labelKey), "text": quoted(risk.text)]))
        case .rescored(let id, let from, let to):
            var arguments = ["id": id, "text": text(id), "move": moved(from?.value, to?.value)]
            guard let to else { return DiffEntry(.changed, t("diff.risk.unrated", arguments)) }
            if let from, from.value == to.value {
                arguments["score"] = String(to.value)
                arguments["from"] = "\(from.likelihood) × \(from.impact)"
                arguments["to"] = "\(to.likelihood) × \(to.impact)"
                arguments["band"] = t(to.band.labelKey)
                return DiffEntry(.changed, t("diff.risk.reshaped", arguments))
            }
            arguments["likelihood"] = String(to.likelihood)
            arguments["impact"] = String(to.impact)
            arguments["band"] = t(to.band.labelKey)
            return DiffEntry(SessionDiff.needsAttention(change) ? .late : .changed, t("diff.risk.rescored", arguments))
        case .status(let id, let from, let to):
            return DiffEntry(
                .changed, t("diff.risk.status", ["id": id, "text": text(id), "from": label(from), "to": label(to)]))
        case .reworded(let id, let from, let to):
            return DiffEntry(.changed, t("diff.reworded", ["id": id, "from": quoted(from, 60), "to": quoted(to, 60)]))
        case .zone(let id, let from, let to):
            return DiffEntry(.changed, t("diff.risk.zone", ["id": id, "from": label(from), "to": label(to)]))
        case .mitigation(let id, _, let to):
            if to.isEmpty { return DiffEntry(.removed, t("diff.risk.mitigation.gone", ["id": id])) }
            return DiffEntry(.changed, t("diff.risk.mitigation", ["id": id, "text": quoted(to)]))
        case .owner(let id, let from, let to):
            let (was, now) = (
                from.isEmpty ? t("diff.unset") : names.partner(from), to.isEmpty ? t("diff.unset") : names.partner(to)
            )
            return DiffEntry(.changed, t("diff.risk.owner", ["id": id, "from": was, "to": now]))
        case .scan(let reason, let from, let to):
            return DiffEntry(
                .changed, t("diff.scan", ["reason": t(reason.labelKey), "from": label(from), "to": label(to)]))
        }
    }

    /// One line per partner: "Zoé: trust 4 → 2 ↓, care 3 → 4 ↑".
    func healthLines(_ shifts: [HealthShift], _ names: DiffNames) -> [DiffEntry] {
        var order: [String] = []
        var byPartner: [String: [HealthShift]] = [:]
        for shift in shifts {
            if byPartner[shift.partner] == nil { order.append(shift.partner) }
            byPartner[shift.partner, default: []].append(shift)
        }
        return order.map { partner in
            let items = (byPartner[partner] ?? []).map { shift -> String in
                let name = t(shift.ingredient.labelKey)
                if let to = shift.to, shift.from == nil {
                    return t("diff.health.new", ["ingredient": name, "score": String(to)])
                }
                return t("diff.health.item", ["ingredient": name, "move": moved(shift.from, shift.to)])
            }
            let low = (byPartner[partner] ?? []).contains(where: SessionDiff.needsAttention)
            return DiffEntry(
                low ? .late : .changed,
                t("diff.health", ["partner": names.partner(partner), "list": items.joined(separator: ", ")]))
        }
    }

    /// The move of the declared phase, then each declaration made since, with
    /// its note, then each partner's view given since.
    func phaseLines(_ shift: PhaseShift, _ names: DiffNames) -> [DiffEntry] {
        var entries: [DiffEntry] = []
        switch (shift.from, shift.to) {
        case (nil, nil):
            break  // never declared: only partners' views
        case (let from?, let to?) where from.phase != to.phase:
            entries.append(
                DiffEntry(
                    SessionDiff.needsAttention(shift) ? .late : .changed,
                    t("diff.phase.moved", ["from": t(from.phase.labelKey), "to": t(to.phase.labelKey)])))
        case (_?, let to?):
            // "Still …" only when something was declared since; a partner's view alone says nothing of it.
            if !shift.logged.isEmpty {
                entries.append(DiffEntry(.changed, t("diff.phase.same", ["phase": t(to.phase.labelKey)])))
            }
        case (nil, let to?):
            entries.append(
                DiffEntry(
                    SessionDiff.needsAttention(shift) ? .late : .added,
                    t("diff.phase.first", ["phase": t(to.phase.labelKey)])))
        case (_, nil):
            entries.append(DiffEntry(.removed, t("diff.phase.none")))
        }
        // A declaration or a partner's view: its day, its phase, and its note when there is one.
        func said(_ key: String, _ day: Day, _ phase: Phase, _ note: String, _ more: [String: String] = [:]) {
            let arguments = ["date": shell.wording.date(day), "phase": t(phase.labelKey), "note": quoted(note)]
            entries.append(DiffEntry(.added, t(note.isEmpty ? key : key + ".note", arguments.merging(more) { $1 })))
        }
        for entry in shift.logged { said("diff.phase.logged", entry.date, entry.phase, entry.note) }
        for voice in shift.voices {
            said("diff.phase.voice", voice.date, voice.phase, voice.note, ["partner": names.partner(voice.partner)])
        }
        return entries
    }

    func actionLine(_ change: ActionChange, _ names: DiffNames) -> DiffEntry {
        switch change {
        case .visibility(let id, _, let to): return visibilityLine(id, to)
        case .added(let action):
            var text = t("diff.action", ["id": action.id, "text": quoted(action.text)])
            if !action.owner.isEmpty { text += t("diff.action.owner", ["owner": names.partner(action.owner)]) }
            if let due = action.due { text += t("diff.action.due", ["due": shell.wording.date(due)]) }
            if let done = action.done { text += t("diff.action.done.too", ["date": shell.wording.date(done)]) }
            return DiffEntry(.added, text)
        case .removed(let action):
            return DiffEntry(.removed, t("diff.action", ["id": action.id, "text": quoted(action.text)]))
        case .done(let action):
            return DiffEntry(
                .changed,
                t("diff.action.done", ["id": action.id, "text": quoted(action.text), "date": dayText(action.done)]))
        case .reopened(let action):
            return DiffEntry(.changed, t("diff.action.reopened", ["id": action.id, "text": quoted(action.text)]))
        case .reworded(let id, let from, let to):
            return DiffEntry(.changed, t("diff.reworded", ["id": id, "from": quoted(from, 60), "to": quoted(to, 60)]))
        case .due(let id, let from, let to):
            return DiffEntry(.changed, t("diff.due", ["id": id, "from": dayText(from), "to": dayText(to)]))
        case .owner(let id, let from, let to):
            let (was, now) = (
                from.isEmpty ? t("diff.unset") : names.partner(from), to.isEmpty ? t("diff.unset") : names.partner(to)
            )
            return DiffEntry(.changed, t("diff.action.owner.moved", ["id": id, "from": was, "to": now]))
        case .overdue(let action):
            let late = (today.ordinal - (action.due ?? today).ordinal)
            return DiffEntry(
                .late,
                t(
                    "diff.action.overdue",
                    [
                        "id": action.id, "text": quoted(action.text), "days": shell.dayCount(late),
                        "due": dayText(action.due),
                    ]))
        }
    }
}
