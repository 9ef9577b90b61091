import TandemCore

/// `risks show`: the 5×5 heat map (likelihood × impact), the risks by
/// score with their band, owner and mitigation, then the analysis. Every
/// cell carries its band letter, so the map reads the same without colour.
/// Lines of styled pieces (a row of the map mixes several), for the shell
/// (or a test) to print.
struct RisksView: ModuleView {
    /// One piece of a line in one style.
    typealias Piece = Styled

    typealias Line = [Piece]

    let session: Session
    let t: Wording
    /// The colour of a finding's tone.
    let tone: (Finding.Tone) -> Style
    var width = Shell.moduleViewWidth

    func lines() -> [Line] {
        var out = [sentence("risks.title", ["count": String(session.risks.count)], .heading), []]
        if !session.risks.isEmpty {
            out += heatMap() + [[]] + list() + [[]]
            for sentence in t.markLegend(private: session.risks.contains { !$0.isShared }, guess: false) {
                out += wrapped(sentence, "", .dim) + [[]]
            }
        }
        if !session.failureScan.isEmpty { out += scan() + [[]] }
        return out + analysis()
    }

    /// The analysis of the risks, one bullet per finding: urgent risks, then
    /// zones not talked about, avoided questions, dependencies, the scan.
    func analysis() -> [Line] {
        [sentence("risks.analysis", [:], .heading)]
            + Findings.risks(session, t).flatMap { wrapped($0.text, "  - ", tone($0.tone)) }
    }

    /// Rows: likelihood 5 (top) to 1; columns: impact 1 to 5. A cell shows
    /// its band letter and the ids of the risks in it (or their count).
    private func heatMap() -> [Line] {
        let map = RiskAnalysis.heatMap(session.risks)
        let lead = 18
        let cell = 11
        let margin = String(repeating: " ", count: lead)
        var out = [
            sentence("risks.map.title", [:], .accent), [Piece(margin + t("risks.map.impact"))],
            [Piece(margin + (1...5).map { String($0).fitted(to: cell) }.joined().trimmingWhitespace)],
        ]
        for likelihood in (1...5).reversed() {
            let label = likelihood == 5 ? t("risks.map.likelihood") : ""
            var row = [Piece(label.fitted(to: lead - 4) + String(likelihood).fitted(to: 4))]
            for impact in 1...5 {
                let band = RiskAnalysis.band(likelihood: likelihood, impact: impact)
                let ids = map[likelihood - 1][impact - 1]
                var content = ids.joined(separator: ",")
                if content.displayWidth > cell - 4 { content = t("risks.map.count", ["count": String(ids.count)]) }
                let text = letter(band) + (content.isEmpty ? "" : " " + content)
                row.append(
                    Piece(
                        impact == 5 ? text.truncated(to: cell - 1) : text.fitted(to: cell - 1),
                        ids.isEmpty ? .dim : .band(band.rawValue)))
                if impact < 5 { row.append(Piece(" ")) }
            }
            out.append(row)
        }
        return out + [sentence("risks.map.legend", [:], .dim)]
    }

    /// Highest score first, unrated after, closed last; a second line says
    /// who owns the risk and what is done about it.
    private func list() -> [Line] {
        var out = [sentence("risks.list.title", [:], .accent)]
        let sorted = RiskAnalysis.sorted(session.risks)
        let idWidth = sorted.map(\.id.count).max() ?? 2
        let bandWidth = (RiskBand.allCases.map { t($0.labelKey) } + [t("risks.unrated")]).map(\.displayWidth).max() ?? 8
        let zoneWidth = RiskZone.allCases.map { t($0.labelKey).displayWidth }.max() ?? 10
        for risk in sorted {
            let score = risk.score.map(String.init) ?? "?"
            let band = risk.band.map { t($0.labelKey) } ?? t("risks.unrated")
            let lead =
                "  " + risk.id.fitted(to: idWidth) + "  " + String(repeating: " ", count: max(0, 2 - score.count))
                + score + "  "
                + band.fitted(to: bandWidth) + "  " + t(risk.zone.labelKey).fitted(to: zoneWidth) + "  "
            let style: Style = risk.status == .closed ? .dim : risk.band.map { .band($0.rawValue) } ?? .warning
            out += wrapped(t.marks(shared: risk.isShared) + risk.text, lead, style)
            out += wrapped(details(risk), "      ", .dim)
        }
        return out
    }

    /// The reasons of failure answered in the scan, in the scan's order, each
    /// with its answer and the day it was given ("answered 3 March 2026"), so
    /// an old answer reads as old.
    private func scan() -> [Line] {
        var out = [sentence("risks.scan.title", [:], .accent)]
        for reason in FailureReason.allCases {
            guard let answer = session.failureScan[reason.rawValue] else { continue }
            var text = t(reason.labelKey) + t("colon") + t(answer.labelKey)
            if let day = session.scanDay(reason) { text += " · " + t("risks.scan.answered", ["date": t.date(day)]) }
            let style: Style = answer == .no ? .dim : answer == .yes ? .warning : .plain
            out += wrapped(text, "  ", style)
        }
        return out
    }

    /// "owner: Zoé · mitigation: … · open · from the scan: hidden agendas"
    private func details(_ risk: Risk) -> String {
        var parts: [String] = []
        if risk.score == nil, risk.status != .closed { parts.append(t("risks.detail.rate", ["id": risk.id])) }
        parts.append(
            risk.owner.isEmpty
                ? t("risks.detail.noowner") : t("risks.detail.owner", ["owner": session.ownerName(of: risk)]))
        parts.append(
            risk.mitigation.isEmpty
                ? t("risks.detail.nomitigation") : t("risks.detail.mitigation", ["mitigation": risk.mitigation]))
        parts.append(t(risk.status.labelKey))
        if let reason = risk.reason { parts.append(t("risks.detail.reason", ["reason": t(reason.labelKey)])) }
        return parts.joined(separator: " · ")
    }

    /// The one-letter band shown in each cell of the heat map and in its legend.
    private func letter(_ band: RiskBand) -> String {
        switch band {
        case .low: return t("risks.letter.low")
        case .medium: return t("risks.letter.medium")
        case .high: return t("risks.letter.high")
        case .critical: return t("risks.letter.critical")
        }
    }

    /// A catalogue sentence wrapped to the terminal's text width, as `say` prints it.
    private func sentence(_ key: String, _ arguments: [String: String], _ style: Style) -> Line {
        [Piece(sentenceText(key, arguments), style)]
    }

    /// `text` after `lead`, wrapped to the view width with continuation lines aligned under the text.
    private func wrapped(_ text: String, _ lead: String, _ style: Style = .plain) -> [Line] {
        wrappedText(text, first: lead).map { [Piece($0, style)] }
    }
}

extension Shell {
    func showRisks() {
        guard let session = current?.session else { return }
        for pieces in RisksView(session: session, t: wording, tone: style).lines() {
            for piece in pieces { write(piece.text, piece.style) }
            write("\n")
        }
    }
}
