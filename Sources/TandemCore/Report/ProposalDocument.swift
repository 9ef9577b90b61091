/// The proposal a freelancer hands to a future partner: written to them,
/// in plain words — what we want to reach, who brings what, what we expect
/// and commit to, the stages with their way in and way out, the risks with
/// the safeguards proposed, and what comes next. No ids, no analysis of the
/// partners, nothing the coach keeps for themselves (personal goals,
/// perception gaps, health, phase), and no item that is private (`Visibility`):
/// what it leaves out is counted by `HeldBack`. An item the author wrote
/// about another partner as a guess is asked as a question to them.
struct ProposalDocument {
    let session: Session
    let t: Wording
    let today: Day

    func document() -> MarkdownDocument {
        var doc = MarkdownDocument()
        header(&doc)
        summary(&doc)
        purpose(&doc)
        contributions(&doc)
        expectations(&doc)
        stages(&doc)
        agreement(&doc)
        risks(&doc)
        nextSteps(&doc)
        signatures(&doc)
        return doc
    }

    func render() -> String { document().text }

    private func header(_ doc: inout MarkdownDocument) {
        let title = t("doc.proposal.title", ["title": session.title])
        doc.metadata(title: title, language: t.language.rawValue)
        doc.heading(1, title)
        doc.paragraph(.emphasis(t("doc.proposal.date", ["date": t.date(today)])))
        if let author {
            doc.paragraph(t("doc.proposal.from", ["author": author.name, "others": t.list(others.map(\.name))]))
        }
        if !session.partners.isEmpty {
            doc.paragraph(.strong(t("doc.partners.label")))
            doc.list(session.partners.map { Inline(describe($0)) })
        }
        doc.paragraph(t(author == nil ? "doc.proposal.intro" : "doc.proposal.intro.author"))
    }

    /// The partner who writes it (`set author`), when they are still a partner.
    var author: Partner? { session.context.author.flatMap { session.partner(withID: $0) } }

    /// Everyone it is written to: the partners but the author (all of them without one).
    var others: [Partner] { session.partners.filter { $0.id != author?.id } }

    /// Who proposes what, and the decision asked: typed (`set ask`), or drawn from the next stage.
    private func summary(_ doc: inout MarkdownDocument) {
        guard !session.partners.isEmpty else { return }
        doc.heading(2, t("doc.proposal.summary"))
        let who =
            author == nil
            ? t("doc.proposal.summary.partners", ["partners": t.list(session.partners.map(\.name))])
            : t("doc.proposal.summary.author", ["others": t.list(others.map(\.name))])
        let purpose = session.context.purpose.trimmingWhitespace
        doc.paragraph(
            who + (purpose.isEmpty ? "" : " " + t("doc.proposal.summary.purpose", ["purpose": purpose.lowercasedStart]))
        )
        let ask = session.context.ask ?? nextAsk()
        doc.paragraph(.strong(t("doc.proposal.ask.label")) + .space + Inline(ask.sentenceCased))
    }

    /// The decision the next stage calls for: to start it (on the day its
    /// last open condition is due), or, for a stage on hold, what it still
    /// needs before its review.
    func nextAsk() -> String {
        let spans = Charts(session: session, t: t, today: today).stageSpans()
        if spans.isEmpty { return t("doc.proposal.ask.first") }
        guard let next = spans.first(where: { $0.state != .done }) else { return t("doc.proposal.ask.none") }
        let stage = next.stage
        let names = ["number": String(next.number), "stage": stage.name]
        if next.state == .active, !stage.gates.isEmpty || stage.draft != nil {
            guard let review = stage.review, review >= today else { return t("doc.proposal.ask.review.open", names) }
            return t("doc.proposal.ask.review", names.merging(["date": t.date(review)]) { a, _ in a })
        }
        let open = stage.entry.filter { stage.metOn($0) == nil }.compactMap(\.due).filter { $0 >= today }
        guard let day = open.max() else { return t("doc.proposal.ask.start", names) }
        return t("doc.proposal.ask.start.date", names.merging(["date": t.date(day)]) { a, _ in a })
    }

    /// A line to sign for each partner.
    private func signatures(_ doc: inout MarkdownDocument) {
        guard !session.partners.isEmpty else { return }
        doc.heading(2, t("doc.proposal.signatures"))
        doc.paragraph(t("doc.proposal.signatures.intro"))
        for partner in session.partners { doc.paragraph(t("doc.proposal.signature", ["name": partner.name])) }
    }

    /// "Zoé — designer; speaks for: Bureau Öko": the represents answer is the
    /// coach's words, so it stands as its own phrase rather than after "for".
    func describe(_ partner: Partner) -> String {
        switch (partner.role.isEmpty, partner.represents.isEmpty) {
        case (true, true): return partner.name
        case (false, true): return t("doc.partner.role", ["name": partner.name, "role": partner.role])
        case (true, false):
            return t("doc.partner.represents", ["name": partner.name, "represents": partner.represents])
        case (false, false):
            return t(
                "doc.partner.both", ["name": partner.name, "role": partner.role, "represents": partner.represents])
        }
    }

    private func purpose(_ doc: inout MarkdownDocument) {
        doc.heading(2, t("doc.proposal.purpose"))
        let context = session.context
        if context.purpose.isEmpty, context.vision.isEmpty {
            doc.paragraph(t("doc.proposal.purpose.empty"))
        }
        if !context.purpose.isEmpty {
            doc.paragraph(.strong(t("doc.purpose.label")) + .space + Inline(context.purpose))
        }
        if !context.vision.isEmpty {
            doc.paragraph(.strong(t("doc.vision.label")) + .space + Inline(context.vision))
        }
        let kind = [
            context.type.map { t("doc.proposal.type.\($0.rawValue)") },
            context.level.map { t("doc.proposal.level.\($0.rawValue)") },
        ].compactMap { $0 }
        if !kind.isEmpty { doc.paragraph(kind.joined(separator: " ")) }
    }

    private func contributions(_ doc: inout MarkdownDocument) {
        doc.heading(2, t("doc.proposal.brings"))
        doc.paragraph(t("doc.proposal.brings.intro"))
        for partner in session.partners {
            doc.heading(3, partner.name)
            let offered = session.items(of: partner.id, .contribution).filter(\.isShared)
            let brought = offered.filter { !$0.isGuess }
            let guessed = offered.filter(\.isGuess)
            let strengths = session.partnerTraits(partner.id).filter { $0.kind == .strength }
            if offered.isEmpty, strengths.isEmpty { doc.paragraph(.emphasis(t("doc.proposal.brings.open"))) }
            doc.list(brought.map { Inline($0.text) })
            questions(&doc, guessed, to: partner)
            if !strengths.isEmpty {
                doc.paragraph(
                    .strong(t("doc.proposal.strengths")) + .space
                        + Inline(strengths.map(\.text).joined(separator: t.separator)))
            }
        }
        guard !session.needs.isEmpty, !session.partners.isEmpty else { return }
        doc.paragraph(t("doc.proposal.map.intro"))
        let header = [Inline(t("doc.col.need").sentenceCased)] + session.partners.map { Inline($0.name) }
        let rows = session.needs.map { need -> [Inline] in
            let name = need.critical ? t("doc.need.essential", ["need": need.name]) : need.name
            return [Inline(name)]
                + session.partners.map { partner in
                    guard let score = session.rating(partner: partner.id, need: need.id)?.score,
                        let coverage = Coverage(score: score), coverage != .none
                    else { return Inline("—") }
                    return Inline(t(coverage.labelKey).sentenceCased)
                }
        }
        doc.table(header, rows)
        let gaps = ComplementarityAnalysis.gaps(in: session).map { session.needName($0.need) }
        if !gaps.isEmpty { doc.paragraph(t("doc.proposal.map.gaps", ["list": t.list(gaps)])) }
    }

    private func expectations(_ doc: inout MarkdownDocument) {
        doc.heading(2, t("doc.proposal.expect"))
        doc.paragraph(t("doc.proposal.expect.intro"))
        for partner in session.partners {
            doc.heading(3, partner.name)
            var said = false
            for (kind, key) in [
                (ExpectationKind.expectation, "doc.proposal.expects"), (.commitment, "doc.proposal.commits"),
                (.interest, "doc.proposal.interests"), (.concern, "doc.proposal.concerns"),
            ] {
                let items = session.items(of: partner.id, kind).filter { $0.isShared && !$0.isGuess }
                guard !items.isEmpty else { continue }
                said = true
                doc.paragraph(.strong(t(key, ["name": partner.name])))
                doc.list(items.map { item(for: $0) })
            }
            let guessed = session.expectations.filter {
                $0.partner == partner.id && $0.kind != .contribution && $0.isShared && $0.isGuess
            }
            if !said, guessed.isEmpty { doc.paragraph(.emphasis(t("doc.proposal.expect.open"))) }
            questions(&doc, guessed, to: partner)
        }
    }

    /// What the author imagines about a partner, asked to them: "Questions for Tom", one per guess.
    private func questions(_ doc: inout MarkdownDocument, _ guesses: [Expectation], to partner: Partner) {
        guard !guesses.isEmpty else { return }
        doc.paragraph(.strong(t("doc.proposal.questions", ["name": partner.name])))
        doc.list(guesses.map { Inline(question($0)) })
    }

    /// A guess as a question to the partner it is about: "I imagine you would
    /// want a say on prices — is that right?".
    func question(_ item: Expectation) -> String {
        var text = item.text.trimmingWhitespace
        while text.hasSuffix(".") { text.removeLast() }
        // A text that starts with a name keeps its capital.
        let named = session.partners.contains { partner in
            partner.name.split(separator: " ").first.map { text.hasPrefix($0) } ?? false
        }
        let key = "doc.proposal.guess.\(item.kind.rawValue)" + (author == nil ? ".open" : "")
        return t(key, ["text": named ? text : text.lowercasedStart])
    }

    /// An expectation with what answers it, or a commitment with its date and measure.
    private func item(for item: Expectation) -> MarkdownDocument.ListItem {
        let text = item.text
        switch item.kind {
        case .expectation:
            let answers = item.answeredBy.compactMap { id in session.expectations.withID(id) }.filter(\.isShared)
            let children = answers.map {
                Inline(t("doc.proposal.answered", ["partner": session.partnerName($0.partner), "text": $0.text]))
            }
            return MarkdownDocument.ListItem(
                Inline(text), children.isEmpty ? [Inline(t("doc.proposal.to.discuss"))] : children)
        case .commitment:
            var details: [String] = []
            if let kept = item.kept {
                details.append(t("doc.proposal.kept", ["date": t.date(kept)]))
            } else if let due = item.due {
                details.append(by(due))
            }
            if !item.measure.isEmpty { details.append(t("doc.measured", ["measure": item.measure])) }
            return MarkdownDocument.ListItem(
                Inline(text + (details.isEmpty ? "" : " (" + details.joined(separator: t.separator) + ")")))
        case .interest, .contribution, .concern:
            return MarkdownDocument.ListItem(Inline(text))
        }
    }

    private func stages(_ doc: inout MarkdownDocument) {
        doc.heading(2, t("doc.proposal.stages"))
        guard !session.stages.isEmpty else {
            doc.paragraph(t("doc.proposal.stages.none"))
            return
        }
        doc.paragraph(t("doc.proposal.stages.intro"))
        let charts = Charts(session: session, t: t, today: today)
        charts.drawStages(&doc)
        let spans = charts.stageSpans()
        for (index, stage) in session.stages.enumerated() {
            doc.heading(3, t("doc.stage.heading", ["number": String(index + 1), "name": stage.name]))
            if spans.indices.contains(index) {
                let span = spans[index]
                let status =
                    span.state == .done
                    ? t("doc.proposal.stage.passed", ["date": t.date(span.end ?? today)]) : t(charts.stateKey(span))
                doc.paragraph(t("doc.proposal.stage.status", ["status": status]))
            }
            if !stage.entry.isEmpty {
                doc.paragraph(.strong(t("doc.proposal.stage.entry")))
                doc.list(stage.entry.map { Inline(condition($0, met: stage.metOn($0))) })
            }
            if !stage.commitments.isEmpty {
                doc.paragraph(.strong(t("doc.proposal.stage.commitments")))
                doc.list(
                    stage.commitments.map {
                        Inline(
                            t("doc.stage.commitment", ["partner": session.partnerName($0.partner), "text": $0.text]))
                    })
            }
            if !stage.deliverables.isEmpty {
                doc.paragraph(.strong(t("doc.proposal.stage.deliverables")))
                doc.list(stage.deliverables.map { Inline($0) })
            }
            let passed = spans.indices.contains(index) && spans[index].state == .done
            if let review = stage.review, !passed {
                doc.paragraph(
                    review < today
                        ? t("doc.proposal.stage.review.redate")
                        : t("doc.proposal.stage.review", ["date": t.date(review)]))
            }
            doc.paragraph(.strong(t("doc.proposal.stage.exits")))
            if stage.exits.isEmpty {
                doc.paragraph(.emphasis(t("doc.proposal.stage.noexit")))
            } else {
                doc.list(stage.exits.map { Inline($0) })
            }
        }
    }

    /// The shared rules of the working agreement, by topic. Money always has
    /// its part: when no rule says how it is shared, the proposal says it is
    /// still to agree, as it is what partnerships most often break on.
    private func agreement(_ doc: inout MarkdownDocument) {
        let topics = RuleTopic.allCases.map { topic in (topic, session.rulesAbout(topic).filter(\.isShared)) }
        doc.heading(2, t("doc.proposal.agreement"))
        doc.paragraph(
            t(topics.contains { !$0.1.isEmpty } ? "doc.proposal.agreement.intro" : "doc.proposal.agreement.none"))
        for (topic, rules) in topics where !rules.isEmpty || topic == .money {
            doc.paragraph(.strong(t(topic.labelKey).sentenceCased))
            if rules.isEmpty {
                doc.paragraph(.emphasis(t("doc.proposal.agreement.money.open")))
            } else {
                doc.list(rules.map { Inline($0.text) })
            }
        }
    }

    /// A condition met says when, never a date still to agree.
    func condition(_ condition: Condition, met: Day? = nil) -> String {
        var details: [String] = []
        if !condition.measure.isEmpty { details.append(t("doc.measured", ["measure": condition.measure])) }
        if let met {
            details.append(t("doc.proposal.met", ["date": t.date(met)]))
        } else if let due = condition.due {
            details.append(by(due))
        }
        return condition.text + (details.isEmpty ? "" : " (" + details.joined(separator: t.separator) + ")")
    }

    private func risks(_ doc: inout MarkdownDocument) {
        doc.heading(2, t("doc.proposal.risks"))
        let risks = RiskAnalysis.sorted(session.risks.filter { $0.status != .closed && $0.isShared })
        guard !risks.isEmpty else {
            doc.paragraph(t("doc.proposal.risks.none"))
            return
        }
        doc.paragraph(t("doc.proposal.risks.intro"))
        // Points labelled by number: the numbered list below is the chart's legend.
        Charts(session: session, t: t, today: today).drawRisks(&doc, risks) { index, _ in String(index + 1) }
        doc.list(
            risks.map { risk in
                var head = Inline.strong(risk.text)
                if let band = risk.band {
                    head = head + .space + Inline("— " + t("doc.proposal.risk.level", ["band": t(band.labelKey)]))
                }
                var children = [
                    Inline(
                        risk.mitigation.isEmpty
                            ? t("doc.proposal.safeguard.open") : t("doc.proposal.safeguard", ["text": risk.mitigation]))
                ]
                if !risk.owner.isEmpty {
                    children.append(Inline(t("doc.proposal.watcher", ["owner": session.ownerName(of: risk)])))
                }
                return MarkdownDocument.ListItem(head, children)
            }, numbered: true)
    }

    /// "by 2027-03-31", or for a date already past a new date to agree: the
    /// proposal must not promise something for a day that has gone.
    func by(_ day: Day) -> String {
        day < today ? t("doc.proposal.redate") : t("doc.by", ["date": t.date(day)])
    }

    /// The open actions the coach typed (those the health and phase checks
    /// suggested stay in the coach's report), then the next stage review.
    private func nextSteps(_ doc: inout MarkdownDocument) {
        doc.heading(2, t("doc.proposal.next"))
        let shared = ActionAnalysis(session, today: today).open.filter(\.isShared)
        var steps: [Inline] = shared.map { action in
            var details: [String] = []
            if !action.owner.isEmpty { details.append(session.ownerName(action.owner)) }
            if let due = action.due { details.append(by(due)) }
            return Inline(action.text + (details.isEmpty ? "" : " (" + details.joined(separator: ", ") + ")"))
        }
        // Whoever the proposal asks about a guess answers first.
        let asked = session.partners.filter { partner in
            session.expectations.contains { $0.partner == partner.id && $0.isShared && $0.isGuess }
        }
        if !asked.isEmpty {
            steps.insert(
                Inline(
                    t(
                        "doc.proposal.next.questions" + (author == nil ? ".open" : "")
                            + (asked.count > 1 ? ".many" : ""),
                        ["names": t.list(asked.map(\.name))])), at: 0)
        }
        let coming = session.stages.compactMap { stage in stage.review.map { (stage, $0) } }.filter { $0.1 >= today }
            .min { $0.1 < $1.1 }
        if let (stage, date) = coming {
            steps.append(Inline(t("doc.proposal.next.review", ["stage": stage.name, "date": t.date(date)])))
        }
        doc.list(steps)
        doc.paragraph(t("doc.proposal.next.close"))
    }
}
