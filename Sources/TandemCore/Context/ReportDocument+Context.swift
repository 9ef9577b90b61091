extension ReportDocument {
    func context(_ doc: inout MarkdownDocument) {
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
            doc.list(session.notes.map { Inline(t.date(Day($0.date)) + " — " + $0.text) })
        }
    }

    func partners(_ doc: inout MarkdownDocument) {
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
}
