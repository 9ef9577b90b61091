/// The coach's report: the whole session with every analysis — context,
/// partners and their personal goals, expectations with their links, the
/// complementarity map, stages and gates, risks, health with perception
/// gaps, phase, actions, and the questions that were skipped.
struct ReportDocument {
    let session: Session
    let t: Wording
    let today: Day

    var charts: Charts { Charts(session: session, t: t) }

    func render() -> String {
        var doc = MarkdownDocument()
        header(&doc)
        context(&doc)
        partners(&doc)
        expectations(&doc)
        map(&doc)
        stages(&doc)
        risks(&doc)
        health(&doc)
        phase(&doc)
        actions(&doc)
        skipped(&doc)
        return doc.text
    }

    /// The analysis of a module under its own heading.
    func analysis(_ doc: inout MarkdownDocument, _ findings: [Finding]) {
        guard !findings.isEmpty else { return }
        doc.heading(3, t("doc.analysis"))
        doc.list(findings.map { Inline($0.text) })
    }

    /// A label at the start of a cell or line: "Partnership type".
    func label(_ key: String) -> Inline {
        Inline(t(key).sentenceCased)
    }

    private func header(_ doc: inout MarkdownDocument) {
        doc.heading(1, t("doc.report.title", ["title": session.title]))
        doc.paragraph(
            .emphasis(
                t(
                    "doc.report.date",
                    [
                        "date": t.date(today), "created": t.date(Day(session.createdAt)),
                        "updated": t.date(Day(session.updatedAt)),
                    ])))
    }

    private func context(_ doc: inout MarkdownDocument) {
        doc.heading(2, t("doc.report.context"))
        let context = session.context
        let unset = t("doc.unset")
        let rows: [(String, String)] = [
            ("field.type", context.type.map { t($0.labelKey) } ?? unset),
            ("field.level", context.level.map { t($0.labelKey) } ?? unset),
            ("field.relationship", context.relationship.map { t($0.labelKey) } ?? unset),
            ("field.purpose", context.purpose.isEmpty ? unset : context.purpose),
            ("field.vision", context.vision.isEmpty ? unset : context.vision),
        ]
        doc.table([label("doc.col.field"), label("doc.col.value")], rows.map { [label($0.0), Inline($0.1)] })
        if !session.notes.isEmpty {
            doc.heading(3, t("doc.report.notes"))
            doc.list(session.notes.map { Inline(Day($0.date).description + " — " + $0.text) })
        }
    }

    private func partners(_ doc: inout MarkdownDocument) {
        doc.heading(2, t("doc.report.partners"))
        guard !session.partners.isEmpty else {
            doc.paragraph(t("doc.report.partners.none"))
            return
        }
        let header = ["doc.col.id", "field.name", "doc.col.role", "field.represents", "field.personal.goals"].map(label)
        doc.table(
            header,
            session.partners.map { partner in
                [partner.id, partner.name, partner.role, partner.represents, partner.personalGoals].map {
                    Inline($0.isEmpty ? "—" : $0)
                }
            })
    }

    private func expectations(_ doc: inout MarkdownDocument) {
        doc.heading(2, t("doc.report.expectations"))
        let partnerIDs = Set(session.partners.map(\.id))
        for partner in session.partners {
            doc.heading(3, partner.name + " (" + partner.id + ")")
            for kind in ExpectationKind.allCases {
                let items = session.expectations(of: partner.id, kind)
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
        analysis(&doc, Findings.expectations(session, today: today, t))
    }

    /// "e1 — text", then what answers it or its date and measure.
    private func item(_ item: Expectation) -> MarkdownDocument.ListItem {
        let head = Inline.strong(item.id) + .space + Inline(item.text)
        switch item.kind {
        case .expectation:
            let answers = item.answeredBy.compactMap { id in session.expectations.first { $0.id == id } }
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
            return MarkdownDocument.ListItem(head, [Inline(due + " · " + measure)])
        case .interest, .contribution, .concern:
            return MarkdownDocument.ListItem(head)
        }
    }

    private func map(_ doc: inout MarkdownDocument) {
        doc.heading(2, t("doc.report.map"))
        if !session.needs.isEmpty, !session.partners.isEmpty {
            let header = [label("doc.col.need")] + session.partners.map { Inline($0.name) }
            let rows = session.needs.map { need -> [Inline] in
                [Inline(need.critical ? t("doc.need.critical", ["need": need.name]) : need.name)]
                    + session.partners.map { partner in
                        guard let rating = session.rating(partner: partner.id, need: need.id),
                            let coverage = Coverage(score: rating.score)
                        else { return Inline("—") }
                        return Inline(String(rating.score) + " (" + t(coverage.labelKey) + ")")
                    }
            }
            doc.table(header, rows)
            let notes = session.needs.flatMap { need in
                session.partners.compactMap { partner -> String? in
                    guard let rating = session.rating(partner: partner.id, need: need.id), !rating.note.isEmpty else {
                        return nil
                    }
                    return t(
                        "map.note.line",
                        [
                            "partner": partner.name, "need": need.name, "score": String(rating.score),
                            "note": rating.note,
                        ])
                }
            }
            if !notes.isEmpty {
                doc.paragraph(.strong(t("map.notes")))
                doc.list(notes.map { Inline($0) })
            }
        }
        if !session.traits.isEmpty {
            doc.paragraph(.strong(t("doc.report.traits")))
            doc.table(
                [label("field.name"), label("doc.col.strengths"), label("doc.col.weaknesses")],
                session.partners.map { partner in
                    let own = session.traits.filter { $0.partner == partner.id }
                    func texts(_ kind: Trait.Kind) -> Inline {
                        let list = own.filter { $0.kind == kind }.map(\.text)
                        return Inline(list.isEmpty ? "—" : list.joined(separator: t.separator))
                    }
                    return [Inline(partner.name), texts(.strength), texts(.weakness)]
                })
        }
        analysis(&doc, Findings.map(session, t))
        let summary = Findings.mapSummary(session, t)
        if !summary.isEmpty { doc.paragraph(summary) }
    }
}
