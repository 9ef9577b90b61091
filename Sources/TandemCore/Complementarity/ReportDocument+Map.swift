extension ReportDocument {
    func map(_ doc: inout MarkdownDocument) {
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
            doc.chart(mermaid: nil, svg: charts.coverageMatrix())
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
                    let own = session.partnerTraits(partner.id)
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
