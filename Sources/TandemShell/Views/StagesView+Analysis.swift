import TandemCore

extension Shell {
    /// Words the findings of `StagesAnalysis`, one bullet each; between
    /// friends or family a missing exit is said more firmly.
    func showStagesAnalysis(_ session: Session) {
        say("stages.analysis", [:], .heading)
        let findings = StagesAnalysis.findings(in: session, today: Day(now))
        let close = session.context.relationship == .friends || session.context.relationship == .family
        func stage(_ id: String) -> [String: String] {
            ["stage": session.stages.first { $0.id == id }?.name ?? id, "id": id]
        }
        for finding in findings {
            switch finding {
            case .noStages:
                stageFinding(t("stages.finding.none"))
            case .unplanned(let id):
                var text = t("stages.finding.unplanned", stage(id))
                if close { text += " " + t("stages.finding.unplanned.close") }
                stageFinding(text, .warning)
            case .noEntry(let id):
                stageFinding(t("stages.finding.noentry", stage(id)), .warning)
            case .uncheckable(let id, let conditions):
                var arguments = stage(id)
                arguments["numbers"] = conditions.map(String.init).joined(separator: ", ")
                stageFinding(t(conditions.count == 1 ? "stages.finding.uncheckable.one" : "stages.finding.uncheckable", arguments), .warning)
            case .noExit(let id):
                stageFinding(t(close ? "stages.finding.noexit.close" : "stages.finding.noexit", stage(id)), .warning)
            case .noReview(let id):
                stageFinding(t("stages.finding.noreview", stage(id)))
            case .reviewPast(let id, let review):
                var arguments = stage(id)
                arguments["date"] = review.description
                stageFinding(t("stages.finding.reviewpast", arguments), .warning)
            case .noCommitment(let id, let partners):
                var arguments = stage(id)
                arguments["partners"] = partners.map { p in session.partners.first { $0.id == p }?.name ?? p }.joined(separator: ", ")
                stageFinding(t("stages.finding.nocommitment", arguments))
            case .lastGate(let id, let verdict, let date):
                var arguments = stage(id)
                arguments["date"] = date.description
                switch verdict {
                case .advance: break
                case .hold: stageFinding(t("stages.finding.hold", arguments))
                case .exit: stageFinding(t("stages.finding.exit", arguments), .warning)
                }
            case .gateUnderway(let id):
                stageFinding(t("stages.finding.underway", stage(id)))
            }
        }
        if findings.isEmpty { stageFinding(t("stages.finding.clear"), .success) }
    }

    private func stageFinding(_ text: String, _ style: Style = .plain) {
        indentedWrap("  - ", text, style)
    }
}
