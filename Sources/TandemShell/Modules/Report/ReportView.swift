import TandemCore

extension Shell {
    /// `report`: the whole session in the terminal — context and partners,
    /// then every module's view with its analysis, each after a rule. Views
    /// that offer actions only show here: a report asks nothing.
    func showReport() {
        guard let open = current else { return }
        let session = open.session
        say("report.title", ["title": session.title, "date": wording.date(Day(now))], .heading)
        let none = t("status.unset")
        say("status.type", ["value": session.context.type.map { t($0.labelKey) } ?? none])
        say("status.level", ["value": session.context.level.map { t($0.labelKey) } ?? none])
        say("status.relationship", ["value": session.context.relationship.map { t($0.labelKey) } ?? none])
        printWrapped(
            t("status.purpose", ["value": session.context.purpose.isEmpty ? none : session.context.purpose]), first: "",
            rest: "  ")
        printWrapped(
            t("status.vision", ["value": session.context.vision.isEmpty ? none : session.context.vision]), first: "",
            rest: "  ")
        reportRule()
        reportPartners(session)
        for show in [
            { self.showExpectations() }, { self.showMap() }, { self.showStages() }, { self.showRisks() },
            { self.showHealth(offer: .none) }, { self.showPhase(offer: .none) }, { self.showActions() },
        ] {
            reportRule()
            show()
        }
    }

    /// A full-width rule between the parts of the report.
    private func reportRule() {
        line("")
        line(String(repeating: "─", count: Shell.moduleViewWidth), .dim)
    }

    /// Partners with role and the party they speak for, then the dated notes.
    private func reportPartners(_ session: Session) {
        say("report.partners", [:], .heading)
        if session.partners.isEmpty { printWrapped(t("report.partners.none"), first: "  ", rest: "  ", .dim) }
        let idWidth = session.partners.map(\.id.count).max() ?? 2
        let nameWidth = min(24, session.partners.map(\.name.displayWidth).max() ?? 0)
        for partner in session.partners {
            let lead = "  " + partner.id.fitted(to: idWidth) + "  "
            let represents =
                partner.represents.isEmpty ? "" : t("report.represents", ["represents": partner.represents])
            let details = [partner.role, represents].filter { !$0.isEmpty }.joined(separator: t("offer.separator"))
            let text = details.isEmpty ? partner.name : partner.name.fitted(to: nameWidth) + "  " + details
            line(lead + text.truncated(to: Shell.moduleViewWidth - lead.count))
        }
        guard !session.notes.isEmpty else { return }
        line("")
        say("report.notes", [:], .heading)
        for note in session.notes {
            printWrapped(
                note.text, first: "  " + Day(note.date).description + "  ", rest: String(repeating: " ", count: 14))
        }
    }
}
