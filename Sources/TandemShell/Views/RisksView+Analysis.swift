import TandemCore

extension Shell {
    /// Words the findings of `RiskAnalysis`, one bullet each: urgent risks,
    /// then zones not talked about, avoided questions, dependencies, the scan.
    func showRisksAnalysis(_ session: Session) {
        say("risks.analysis", [:], .heading)
        let findings = RiskAnalysis.findings(in: session)
        func risk(_ id: String, _ band: RiskBand) -> [String: String] {
            ["id": id, "band": t(band.labelKey), "risk": (session.risks.first { $0.id == id }?.text ?? "").truncated(to: 50)]
        }
        func reasons(_ list: [FailureReason]) -> String { list.map { t($0.labelKey) }.joined(separator: ", ") }
        for finding in findings {
            switch finding {
            case .noRisks:
                riskFinding(t("risks.finding.none"))
            case .unmitigated(let id, let band):
                riskFinding(t("risks.finding.unmitigated", risk(id, band)), .band(band.rawValue))
            case .unowned(let id, let band):
                riskFinding(t("risks.finding.unowned", risk(id, band)), .warning)
            case .unrated(let ids):
                riskFinding(t("risks.finding.unrated", ["ids": ids.joined(separator: ", ")]))
            case .zoneNotDiscussed(let zone, let close, let skipped):
                let key = skipped ? "risks.finding.zone.skipped" : "risks.finding.zone"
                var text = t(key, ["zone": t(zone.labelKey), "hint": t("risks.hint.\(zone.rawValue)")])
                if close { text += " " + t("risks.finding.zone.close") }
                riskFinding(text, close || skipped ? .warning : .plain)
            case .avoided(let topic, let questions, let close):
                let named = questions.prefix(4).map { describeQuestion($0, in: session) }
                var text = t("risks.finding.avoided", ["topic": t("risks.topic.\(topic.rawValue)"), "count": String(questions.count)])
                text += " " + named.joined(separator: "; ") + (questions.count > 4 ? "; …" : "") + "."
                if close { text += " " + t("risks.finding.avoided.close") }
                riskFinding(text, .warning)
            case .dependency(let need, let partner, let defectionRisks):
                let arguments = [
                    "need": session.needs.first { $0.id == need }?.name ?? need,
                    "partner": session.partners.first { $0.id == partner }?.name ?? partner,
                ]
                var text = t("risks.finding.dependency", arguments)
                if defectionRisks == 0 { text += " " + t("risks.finding.dependency.none") }
                riskFinding(text, .warning)
            case .scanFlagged(let yes, let unsure, let withoutRisk):
                if !yes.isEmpty { riskFinding(t("risks.finding.scan.yes", ["reasons": reasons(yes)]), .warning) }
                if !unsure.isEmpty { riskFinding(t("risks.finding.scan.unsure", ["reasons": reasons(unsure)])) }
                if !withoutRisk.isEmpty { riskFinding(t("risks.finding.scan.norisk", ["reasons": reasons(withoutRisk)])) }
            case .scanOpen(let count):
                let total = FailureReason.allCases.count
                riskFinding(t(count == total ? "risks.finding.scan.none" : "risks.finding.scan.open", ["count": String(count), "total": String(total)]))
            case .scanClear:
                riskFinding(t("risks.finding.scan.clear"), .success)
            }
        }
        if findings.isEmpty { riskFinding(t("risks.finding.clear"), .success) }
    }

    private func riskFinding(_ text: String, _ style: Style = .plain) {
        indentedWrap("  - ", text, style)
    }

    /// A skipped question said in words ("exit options of Pilot") from its
    /// id; an id of a shape not known here is shown as it is.
    func describeQuestion(_ id: String, in session: Session) -> String {
        let parts = id.split(separator: ".").map(String.init)
        func stage(_ id: String) -> String { session.stages.first { $0.id == id }?.name ?? id }
        func partner(_ id: String) -> String { session.partners.first { $0.id == id }?.name ?? id }
        switch parts.first {
        case "stages" where parts.count >= 3:
            switch parts[2] {
            case "exit", "entry", "review", "deliverables": return t("risks.q.stage.\(parts[2])", ["stage": stage(parts[1])])
            case "commit" where parts.count == 4: return t("risks.q.stage.commit", ["stage": stage(parts[1]), "partner": partner(parts[3])])
            default: return id
            }
        case "gate" where parts.count >= 2:
            return t("risks.q.gate", ["stage": stage(parts[1])])
        case "expectations" where parts.count == 3:
            guard let kind = ExpectationKind(rawValue: parts[2]) else { return id }
            return t("risks.q.partner", ["partner": partner(parts[1]), "subject": t(kind.labelKey)])
        case "health" where parts.count == 3:
            guard let ingredient = Ingredient(rawValue: parts[2]) else { return id }
            return t("risks.q.partner", ["partner": partner(parts[1]), "subject": t(ingredient.labelKey)])
        case "risks" where parts.count >= 3 && parts[1] == "scan":
            guard let reason = FailureReason(rawValue: parts[2]) else { return id }
            return t("risks.q.scan", ["reason": t(reason.labelKey)])
        case "context" where parts.count == 2:
            return t("field.\(parts[1])")
        default:
            return id
        }
    }
}
