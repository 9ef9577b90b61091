/// The proposal a freelancer hands to a future partner: written to them,
/// in plain words — what we want to reach, who brings what, what we expect
/// and commit to, the stages with their way in and way out, the risks with
/// the safeguards proposed, and what comes next. No ids, no analysis of the
/// partners, nothing the coach keeps for themselves (personal goals,
/// perception gaps, health, phase), and no item that is private (`Visibility`):
/// what it leaves out is counted by `HeldBack`. An item the author wrote
/// about another partner as a guess is asked as a question to them.
///
/// With an author (`set author`) it is written in their first person: what
/// they bring, expect and commit to is "I bring", "I commit to", their own
/// name where a name stands alone is "me"; each other partner keeps their
/// name ("Tom Berg expects"), and what all say together is "we". Without
/// one it speaks for the partners together, each by name.
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

    func isAuthor(_ partner: Partner) -> Bool { partner.id == author?.id }

    /// A lead about one partner: "I expect" for the author (`KEY.me`), "Tom Berg expects" for anyone else.
    func voiced(_ key: String, _ partner: Partner) -> String {
        isAuthor(partner) ? t(key + ".me") : t(key, ["name": partner.name])
    }

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
                    children.append(
                        Inline(
                            risk.owner == author?.id
                                ? t("doc.proposal.watcher.me")
                                : t("doc.proposal.watcher", ["owner": session.ownerName(of: risk)])))
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
            if !action.owner.isEmpty {
                details.append(
                    action.owner == author?.id ? t("doc.proposal.owner.me") : session.ownerName(action.owner))
            }
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
