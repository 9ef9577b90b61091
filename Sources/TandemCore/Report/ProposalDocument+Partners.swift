/// The proposal's partner sections: what each brings and commits to, what
/// each expects (and what answers it), and the questions a guess becomes.
extension ProposalDocument {
    func contributions(_ doc: inout MarkdownDocument) {
        doc.heading(2, t("doc.proposal.brings"))
        doc.paragraph(t("doc.proposal.brings.intro"))
        for partner in session.partners {
            doc.heading(3, partner.name)
            let offered = session.items(of: partner.id, .contribution).filter(\.isShared)
            let brought = offered.filter { !$0.isGuess }
            let guessed = offered.filter(\.isGuess)
            let strengths = session.partnerTraits(partner.id).filter { $0.kind == .strength }
            if offered.isEmpty, strengths.isEmpty { doc.paragraph(.emphasis(t("doc.proposal.brings.open"))) }
            // With an author each list says whose voice it is in: "I bring", "Tom Berg brings".
            if author != nil, !brought.isEmpty { doc.paragraph(.strong(voiced("doc.proposal.brings.lead", partner))) }
            doc.list(brought.map { Inline($0.text) })
            questions(&doc, guessed, to: partner)
            if !strengths.isEmpty {
                doc.paragraph(
                    .strong(t(isAuthor(partner) ? "doc.proposal.strengths.me" : "doc.proposal.strengths")) + .space
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

    func expectations(_ doc: inout MarkdownDocument) {
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
                doc.paragraph(.strong(voiced(key, partner)))
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
    func questions(_ doc: inout MarkdownDocument, _ guesses: [Expectation], to partner: Partner) {
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
    func item(for item: Expectation) -> MarkdownDocument.ListItem {
        let text = item.text
        switch item.kind {
        case .expectation:
            let answers = item.answeredBy.compactMap { id in session.expectations.withID(id) }.filter(\.isShared)
            let children = answers.map {
                Inline(
                    $0.partner == author?.id
                        ? t("doc.proposal.answered.me", ["text": $0.text])
                        : t("doc.proposal.answered", ["partner": session.partnerName($0.partner), "text": $0.text]))
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
}
