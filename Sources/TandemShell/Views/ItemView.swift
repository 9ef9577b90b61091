import TandemCore

/// `show ID`: one item whole — every text in full, wrapped, never cut — with
/// the items it is linked to, each by id.
struct ItemView {
    let session: Session
    let t: (String, [String: String]) -> String
    let width: Int

    /// The lines for the item `id` names (already resolved), or nil when there is none.
    func lines(_ kind: IDKind, _ id: String) -> [String]? {
        switch kind {
        case .partner: return session.partners.withID(id).map(partner)
        case .expectation: return session.expectations.withID(id).map(expectation)
        case .tension: return session.tensions.withID(id).map(tension)
        case .need: return session.needs.withID(id).map(need)
        case .stage: return session.stages.withID(id).map(stage)
        case .rule: return session.rules.withID(id).map(rule)
        case .risk: return session.risks.withID(id).map(risk)
        case .action: return session.actions.withID(id).map(action)
        case .checkpoint: return session.checkpoints.withID(id).map(checkpoint)
        }
    }

    /// "label: text", wrapped with the text's continuation lines indented.
    private func field(_ key: String, _ value: String, indent: Int = 2) -> [String] {
        guard !value.isEmpty else { return [] }
        let label = String(repeating: " ", count: indent) + t("show.\(key)", [:]) + " "
        return (label + value.inert).wrapped(width: width, hangingIndent: indent + 2).split(
            separator: "\n", omittingEmptySubsequences: false
        ).map(String.init)
    }

    private func heading(_ id: String, _ text: String) -> [String] {
        (id + "  " + text.inert).wrapped(width: width, hangingIndent: id.count + 2).split(
            separator: "\n", omittingEmptySubsequences: false
        ).map(String.init)
    }

    /// A linked item on one line: its id and the start of its text.
    private func link(_ id: String, _ text: String) -> String {
        ("    " + id + "  " + text.inert).fitted(to: width)
    }

    private func partner(_ p: Partner) -> [String] {
        var out = heading(p.id, p.name)
        out += field("role", p.role) + field("represents", p.represents) + field("goals", p.personalGoals)
        let items = session.expectations.filter { $0.partner == p.id }
        if !items.isEmpty {
            out += field("declared", String(items.count))
            out += items.map { link($0.id, t($0.kind.labelKey, [:]) + t("colon", [:]) + $0.text) }
        }
        return out
    }

    private func expectation(_ e: Expectation) -> [String] {
        var out = heading(e.id, e.text)
        out += field("partner", session.partnerName(e.partner) + " (" + e.partner + ")")
        out += field("kind", t(e.kind.labelKey, [:]))
        out +=
            field("measure", e.measure) + field("due", e.due?.description ?? "")
            + field("kept", e.kept?.description ?? "")
        out += visibility(e.id, e.isShared)
        if e.isGuess {
            out += field("guess", t("show.guess.yes", ["partner": session.partnerName(e.partner), "id": e.id]))
        }
        let answers = e.answeredBy.compactMap { id in session.expectations.withID(id) }
        if !answers.isEmpty { out += ["  " + t("show.answeredby", [:])] + answers.map { link($0.id, $0.text) } }
        let answered = session.expectations.filter { $0.answeredBy.contains(e.id) }
        if !answered.isEmpty { out += ["  " + t("show.answers", [:])] + answered.map { link($0.id, $0.text) } }
        let guards = (e.safeguards ?? []).map { id in (id, linkedText(id)) }
        if !guards.isEmpty { out += ["  " + t("show.safeguards", [:])] + guards.map { link($0.0, $0.1) } }
        let tensions = session.tensions.filter { $0.between.contains(e.id) }
        if !tensions.isEmpty {
            out += ["  " + t("show.tensions", [:])] + tensions.map { link($0.id, tensionState($0)) }
        }
        return out
    }

    /// "Proposal: shown (shared)", or left out and how to include it.
    private func visibility(_ id: String, _ shared: Bool) -> [String] {
        field("visibility", shared ? t("show.visibility.shared", [:]) : t("show.visibility.private", ["id": id]))
    }

    private func tension(_ x: Tension) -> [String] {
        var out = heading(x.id, x.note.isEmpty ? t("show.tension.untitled", [:]) : x.note)
        out += ["  " + t("show.between", [:])] + x.between.map { link($0, linkedText($0)) }
        out += field("status", tensionState(x))
        return out
    }

    /// "open", or "settled by g2".
    private func tensionState(_ x: Tension) -> String {
        guard TensionAnalysis.isSettled(x, in: session), let by = x.settledBy else {
            return t("show.tension.open", [:])
        }
        return t("show.tension.settled", ["by": by + " " + linkedText(by)])
    }

    /// The text of an expectation, rule or risk by its id, for a link line.
    private func linkedText(_ id: String) -> String {
        session.expectations.withID(id)?.text ?? session.rules.withID(id)?.text ?? session.risks.withID(id)?.text ?? ""
    }

    private func need(_ n: Need) -> [String] {
        var out = heading(n.id, n.name)
        if n.critical { out += field("critical", t("show.yes", [:])) }
        for rating in session.ratings where rating.need == n.id {
            let who = session.partnerName(rating.partner) + " (" + rating.partner + ")"
            out += field(
                "rating",
                who + t("colon", [:]) + String(rating.score) + (rating.note.isEmpty ? "" : " — " + rating.note))
        }
        return out
    }

    private func stage(_ s: Stage) -> [String] {
        var out = heading(s.id, s.name)
        for (n, condition) in s.entry.enumerated() {
            var text = String(n + 1) + ". " + condition.text
            if !condition.measure.isEmpty { text += " — " + t("show.measure", [:]) + " " + condition.measure }
            if let due = condition.due { text += " — " + t("show.due", [:]) + " " + due.description }
            out += field("entry", text)
        }
        for commitment in s.commitments {
            out += field("commitment", session.partnerName(commitment.partner) + t("colon", [:]) + commitment.text)
        }
        for deliverable in s.deliverables { out += field("deliverable", deliverable) }
        out += field("review", s.review?.description ?? "")
        for exit in s.exits { out += field("exit", exit) }
        for gate in s.gates {
            out += field(
                "gate",
                gate.date.description + t("colon", [:]) + t(gate.verdict.labelKey, [:])
                    + StagesView.details(of: gate, session, t).map { " — " + $0 }.joined()
                    + (gate.note.isEmpty ? "" : " — " + gate.note))
        }
        return out
    }

    private func rule(_ g: Rule) -> [String] {
        var out = heading(g.id, g.text)
        out += field("topic", t(g.topic.labelKey, [:]))
        out += visibility(g.id, g.isShared)
        let risks = session.risks.filter {
            $0.status != .closed && AgreementAnalysis.topics(answering: $0).contains(g.topic)
        }
        if !risks.isEmpty { out += ["  " + t("show.rule.risks", [:])] + risks.map { link($0.id, $0.text) } }
        return out
    }

    private func risk(_ r: Risk) -> [String] {
        var out = heading(r.id, r.text)
        out += field("zone", t(r.zone.labelKey, [:]))
        if let reason = r.reason { out += field("reason", t(reason.labelKey, [:])) }
        if let l = r.likelihood, let i = r.impact, let score = r.score, let band = r.band {
            out += field("score", "\(l) × \(i) = \(score) (\(t(band.labelKey, [:])))")
        }
        out += field("status", t(r.status.labelKey, [:]))
        out += field("owner", session.ownerName(of: r)) + field("mitigation", r.mitigation)
        out += visibility(r.id, r.isShared)
        return out
    }

    private func action(_ a: Action) -> [String] {
        var out = heading(a.id, a.text)
        out += field("owner", session.ownerName(a.owner)) + field("due", a.due?.description ?? "")
        out += field("created", a.created.description) + field("done", a.done?.description ?? "")
        out += visibility(a.id, a.isShared)
        return out
    }

    private func checkpoint(_ c: Checkpoint) -> [String] {
        heading(c.id, c.label.isEmpty ? c.date.description : c.label) + field("date", c.date.description)
    }
}
