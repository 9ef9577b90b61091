extension ReportDocument {
    func expectations(_ doc: inout MarkdownDocument) {
        doc.heading(2, t("doc.report.expectations"))
        let partnerIDs = Set(session.partners.map(\.id))
        for partner in session.partners {
            doc.heading(3, partner.name + " (" + partner.id + ")")
            for kind in ExpectationKind.allCases {
                let items = session.items(of: partner.id, kind)
                guard !items.isEmpty else { continue }
                doc.paragraph(.strong(t("expect.heading.\(kind.rawValue)")))
                doc.list(items.map(item))
            }
            let goals = partner.personalGoals.isEmpty ? t("expect.goals.open") : partner.personalGoals
            doc.paragraph(.strong(t("expect.goals.label")) + .space + Inline(goals))
        }
        // As in the terminal, the analysis waits until something is declared.
        guard session.expectations.contains(where: { partnerIDs.contains($0.partner) }) else {
            doc.paragraph(t("doc.report.expectations.none"))
            return
        }
        if !session.tensions.isEmpty {
            doc.paragraph(.strong(t("doc.report.tensions")))
            doc.list(
                session.tensions.map { tension in
                    let state =
                        TensionAnalysis.isSettled(tension, in: session)
                        ? t("expect.tension.settled", ["by": tension.settledBy ?? ""]) : t("expect.tension.open")
                    let sides = tension.between.joined(separator: " ↔ ")
                    return Inline.strong(tension.id) + .space
                        + Inline(sides + (tension.note.isEmpty ? "" : " — " + tension.note) + " (" + state + ")")
                })
        }
        analysis(&doc, Findings.expectations(session, today: today, t))
    }

    /// "e1 — text", then what answers it or its date and measure.
    private func item(_ item: Expectation) -> MarkdownDocument.ListItem {
        let head =
            Inline.strong(item.id) + .space
            + Inline(item.text + t.documentMarks(shared: item.isShared, guess: item.isGuess))
        switch item.kind {
        case .expectation:
            let answers = item.answeredBy.compactMap { id in session.expectations.withID(id) }
            let text =
                answers.isEmpty
                ? t("expect.unanswered")
                : t(
                    "expect.answered",
                    [
                        "answers": answers.map { $0.id + " (" + session.partnerName($0.partner) + ")" }.joined(
                            separator: ", ")
                    ])
            return MarkdownDocument.ListItem(head, [Inline(text)])
        case .commitment:
            let due = item.due.map { Findings.commitmentDue($0, today: today, t) } ?? t("expect.nodue")
            let measure = item.measure.isEmpty ? t("expect.nomeasure") : t("expect.measure", ["measure": item.measure])
            let effort = item.effort.map { " · " + t("expect.effort", ["hours": String($0)]) } ?? ""
            return MarkdownDocument.ListItem(head, [Inline(due + " · " + measure + effort)])
        case .contribution:
            guard let hours = item.effort else { return MarkdownDocument.ListItem(head) }
            return MarkdownDocument.ListItem(head, [Inline(t("expect.effort", ["hours": String(hours)]))])
        case .interest, .concern:
            return MarkdownDocument.ListItem(head)
        }
    }
}
