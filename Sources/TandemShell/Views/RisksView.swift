import TandemCore

/// `risks show`: the 5×5 heat map (likelihood × impact), the risks by
/// score with their band, owner and mitigation, then the analysis. Every
/// cell carries its band letter, so the map reads the same without colour.
extension Shell {
    func showRisks() {
        guard let session = current?.session else { return }
        say("risks.title", ["count": String(session.risks.count)], .heading)
        line("")
        if !session.risks.isEmpty {
            showHeatMap(session.risks)
            line("")
            showRiskList(session)
            line("")
        }
        showRisksAnalysis(session)
    }

    /// Rows: likelihood 5 (top) to 1; columns: impact 1 to 5. A cell shows
    /// its band letter and the ids of the risks in it (or their count).
    private func showHeatMap(_ risks: [Risk]) {
        let map = RiskAnalysis.heatMap(risks)
        let lead = 18, cell = 11
        say("risks.map.title", [:], .accent)
        line(String(repeating: " ", count: lead) + t("risks.map.impact"))
        line(String(repeating: " ", count: lead) + (1...5).map { String($0).fitted(to: cell) }.joined().trimmingWhitespace)
        for likelihood in (1...5).reversed() {
            let label = likelihood == 5 ? t("risks.map.likelihood") : ""
            write(label.fitted(to: lead - 4) + String(likelihood).fitted(to: 4))
            for impact in 1...5 {
                let band = RiskAnalysis.band(likelihood: likelihood, impact: impact)
                let ids = map[likelihood - 1][impact - 1]
                var content = ids.joined(separator: ",")
                if content.displayWidth > cell - 4 { content = t("risks.map.count", ["count": String(ids.count)]) }
                let text = bandLetter(band) + (content.isEmpty ? "" : " " + content)
                write(impact == 5 ? text.truncated(to: cell - 1) : text.fitted(to: cell - 1), ids.isEmpty ? .dim : .band(band.rawValue))
                if impact < 5 { write(" ") }
            }
            write("\n")
        }
        say("risks.map.legend", [:], .dim)
    }

    /// Highest score first, unrated after, closed last; a second line says
    /// who owns the risk and what is done about it.
    private func showRiskList(_ session: Session) {
        say("risks.list.title", [:], .accent)
        let sorted = RiskAnalysis.sorted(session.risks)
        let idWidth = sorted.map(\.id.count).max() ?? 2
        let bandWidth = (RiskBand.allCases.map { t($0.labelKey) } + [t("risks.unrated")]).map(\.displayWidth).max() ?? 8
        let zoneWidth = RiskZone.allCases.map { t($0.labelKey).displayWidth }.max() ?? 10
        for risk in sorted {
            let score = risk.score.map(String.init) ?? "?"
            let band = risk.band.map { t($0.labelKey) } ?? t("risks.unrated")
            let lead = "  " + risk.id.fitted(to: idWidth) + "  " + String(repeating: " ", count: max(0, 2 - score.count)) + score + "  "
                + band.fitted(to: bandWidth) + "  " + t(risk.zone.labelKey).fitted(to: zoneWidth) + "  "
            let style: Style = risk.status == .closed ? .dim : risk.band.map { .band($0.rawValue) } ?? .warning
            indentedWrap(lead, risk.text, style)
            indentedWrap("      ", riskDetails(risk, in: session), .dim)
        }
    }

    /// "owner: Zoé · mitigation: … · open · from the scan: hidden agendas"
    private func riskDetails(_ risk: Risk, in session: Session) -> String {
        var parts: [String] = []
        if risk.score == nil, risk.status != .closed { parts.append(t("risks.detail.rate", ["id": risk.id])) }
        parts.append(risk.owner.isEmpty ? t("risks.detail.noowner") : t("risks.detail.owner", ["owner": session.ownerName(of: risk)]))
        parts.append(
            risk.mitigation.isEmpty ? t("risks.detail.nomitigation") : t("risks.detail.mitigation", ["mitigation": risk.mitigation]))
        parts.append(t(risk.status.labelKey))
        if let reason = risk.reason { parts.append(t("risks.detail.reason", ["reason": t(reason.labelKey)])) }
        return parts.joined(separator: " · ")
    }

    /// The one-letter band shown in each cell of the heat map and in its legend.
    private func bandLetter(_ band: RiskBand) -> String {
        switch band {
        case .low: return t("risks.letter.low")
        case .medium: return t("risks.letter.medium")
        case .high: return t("risks.letter.high")
        case .critical: return t("risks.letter.critical")
        }
    }
}
