extension Findings {
    /// The risk review: urgent risks, zones not talked about, avoided
    /// questions, dependencies that feed defection, the scan of the ten reasons.
    public static func risks(_ session: Session, _ t: Wording) -> [Finding] {
        let findings = RiskAnalysis.findings(in: session)
        func risk(_ id: String, _ band: RiskBand) -> [String: String] {
            [
                "id": id, "band": t(band.labelKey),
                "risk": (session.risks.withID(id)?.text ?? "").truncated(to: 50),
            ]
        }
        func reasons(_ list: [FailureReason]) -> String { list.map { t($0.labelKey) }.joined(separator: ", ") }
        var sentences: [Finding] = []
        for finding in findings {
            switch finding {
            case .noRisks:
                sentences.append(Finding(t("risks.finding.none")))
            case .unmitigated(let id, let band):
                sentences.append(Finding(t("risks.finding.unmitigated", risk(id, band)), .severity(band.rawValue)))
            case .unowned(let id, let band):
                sentences.append(Finding(t("risks.finding.unowned", risk(id, band)), .warning))
            case .unrated(let ids):
                sentences.append(Finding(t("risks.finding.unrated", ["ids": ids.joined(separator: ", ")])))
            case .zoneNotDiscussed(let zone, let close, let skipped):
                let key = skipped ? "risks.finding.zone.skipped" : "risks.finding.zone"
                var text = t(key, ["zone": t(zone.labelKey), "hint": t("risks.hint.\(zone.rawValue)")])
                if close { text += " " + t("risks.finding.zone.close") }
                sentences.append(Finding(text, close || skipped ? .warning : .plain))
            case .avoided(let topic, let questions, let close):
                let named = questions.prefix(4).map { describeQuestion($0, session, t) }
                var text = t(
                    "risks.finding.avoided",
                    ["topic": t("risks.topic.\(topic.rawValue)"), "count": String(questions.count)])
                text +=
                    " " + named.joined(separator: t.separator) + (questions.count > 4 ? t.separator + "…" : "") + "."
                if close { text += " " + t("risks.finding.avoided.close") }
                sentences.append(Finding(text, .warning))
            case .dependencyWithoutRisk(let dependencies):
                let list = dependencies.map {
                    t(
                        "map.finding.mutual.item",
                        ["needs": session.needName($0.need), "partner": session.partnerName($0.partner)])
                }
                sentences.append(
                    Finding(t("risks.finding.dependency", ["list": list.joined(separator: t.separator)]), .warning))
            case .scanFlagged(let yes, let unsure, let withoutRisk):
                if !yes.isEmpty {
                    sentences.append(Finding(t("risks.finding.scan.yes", ["reasons": reasons(yes)]), .warning))
                }
                if !unsure.isEmpty {
                    sentences.append(Finding(t("risks.finding.scan.unsure", ["reasons": reasons(unsure)])))
                }
                if !withoutRisk.isEmpty {
                    sentences.append(Finding(t("risks.finding.scan.norisk", ["reasons": reasons(withoutRisk)])))
                }
            case .scanOpen(let count):
                let total = FailureReason.allCases.count
                let key = count == total ? "risks.finding.scan.none" : "risks.finding.scan.open"
                sentences.append(Finding(t(key, ["count": String(count), "total": String(total)])))
            case .scanClear:
                sentences.append(Finding(t("risks.finding.scan.clear"), .good))
            }
        }
        if findings.isEmpty { sentences.append(Finding(t("risks.finding.clear"), .good)) }
        return sentences
    }
}
