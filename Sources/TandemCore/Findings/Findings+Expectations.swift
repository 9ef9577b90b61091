extension Findings {
    /// The exchange of expectations: expectations nobody answers, commitments
    /// nobody can check, an uneven load, kinds left empty, goals unsaid.
    public static func expectations(_ session: Session, _ t: Wording) -> [Finding] {
        let found = ExpectationAnalysis.findings(in: session)
        func plural(_ kinds: [ExpectationKind]) -> String {
            kinds.map { t("expect.plural.\($0.rawValue)") }.joined(separator: ", ")
        }
        var sentences: [Finding] = []
        if !found.unanswered.isEmpty {
            let list = found.unanswered.map { id in
                id + " (" + session.partnerName(session.expectations.first { $0.id == id }?.partner ?? "") + ")"
            }
            sentences.append(Finding(t("expect.finding.unanswered", ["list": list.joined(separator: ", ")]), .warning))
        }
        if !found.unspecified.isEmpty {
            // One entry per partner and kind of gap: "e4, e5 of Marc (no date, no measure)".
            var groups: [(partner: String, missing: String, ids: [String])] = []
            for item in found.unspecified {
                let missing = item.missingDate && item.missingMeasure ? "both" : item.missingDate ? "date" : "measure"
                if let n = groups.firstIndex(where: { $0.partner == item.partner && $0.missing == missing }) {
                    groups[n].ids.append(item.commitment)
                } else {
                    groups.append((item.partner, missing, [item.commitment]))
                }
            }
            let list = groups.map {
                t(
                    "expect.finding.missing.\($0.missing)",
                    ["id": $0.ids.joined(separator: ", "), "partner": session.partnerName($0.partner)])
            }
            sentences.append(Finding(t("expect.finding.unspecified", ["list": list.joined(separator: ", ")]), .warning))
        }
        for imbalance in found.imbalances {
            switch imbalance {
            case .count(let heavier, let heavierCount, let lighter, let lighterCount):
                let arguments = [
                    "heavier": session.partnerName(heavier), "heavierCount": String(heavierCount),
                    "lighter": session.partnerName(lighter), "lighterCount": String(lighterCount),
                ]
                sentences.append(Finding(t("expect.finding.count", arguments), .warning))
            case .precision(let precise, let vague):
                let arguments = ["precise": session.partnerName(precise), "vague": session.partnerName(vague)]
                sentences.append(Finding(t("expect.finding.precision", arguments), .warning))
            }
        }
        for empty in found.emptyKinds {
            var text = t(
                "expect.finding.empty", ["partner": session.partnerName(empty.partner), "kinds": plural(empty.kinds)])
            if !empty.skipped.isEmpty {
                text += " " + t("expect.finding.empty.skipped", ["kinds": plural(empty.skipped)])
            }
            sentences.append(Finding(text))
        }
        if !found.openGoals.isEmpty {
            let names = found.openGoals.map { session.partnerName($0.partner) }
            var text = t("expect.finding.goals", ["partners": names.joined(separator: ", ")])
            let avoided = found.openGoals.filter(\.skipped).map { session.partnerName($0.partner) }
            if !avoided.isEmpty {
                text += " " + t("expect.finding.goals.skipped", ["partners": avoided.joined(separator: ", ")])
            }
            if session.partnersAreClose { text += " " + t("expect.finding.goals.close") }
            sentences.append(Finding(text, session.partnersAreClose ? .warning : .plain))
        }
        if found.isEmpty { sentences.append(Finding(t("expect.finding.clear"), .good)) }
        return sentences
    }
}
