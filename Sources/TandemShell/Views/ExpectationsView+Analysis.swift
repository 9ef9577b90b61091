import TandemCore

extension Shell {
    /// Words the findings of `ExpectationAnalysis`, one bullet each.
    func showExpectationAnalysis(_ session: Session) {
        let found = ExpectationAnalysis.findings(in: session)
        say("expect.analysis", [:], .heading)
        func name(_ id: String) -> String { session.partners.first { $0.id == id }?.name ?? id }
        func plural(_ kinds: [ExpectationKind]) -> String {
            kinds.map { t("expect.plural.\($0.rawValue)") }.joined(separator: ", ")
        }
        if !found.unanswered.isEmpty {
            let list = found.unanswered.map { id in
                id + " (" + name(session.expectations.first { $0.id == id }?.partner ?? "") + ")"
            }
            printFinding(t("expect.finding.unanswered", ["list": list.joined(separator: ", ")]), .warning)
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
                    ["id": $0.ids.joined(separator: ", "), "partner": name($0.partner)])
            }
            printFinding(t("expect.finding.unspecified", ["list": list.joined(separator: ", ")]), .warning)
        }
        for imbalance in found.imbalances {
            switch imbalance {
            case .count(let heavier, let heavierCount, let lighter, let lighterCount):
                printFinding(
                    t(
                        "expect.finding.count",
                        [
                            "heavier": name(heavier), "heavierCount": String(heavierCount), "lighter": name(lighter),
                            "lighterCount": String(lighterCount),
                        ]),
                    .warning)
            case .precision(let precise, let vague):
                printFinding(t("expect.finding.precision", ["precise": name(precise), "vague": name(vague)]), .warning)
            }
        }
        for empty in found.emptyKinds {
            var text = t("expect.finding.empty", ["partner": name(empty.partner), "kinds": plural(empty.kinds)])
            if !empty.skipped.isEmpty {
                text += " " + t("expect.finding.empty.skipped", ["kinds": plural(empty.skipped)])
            }
            printFinding(text)
        }
        if !found.openGoals.isEmpty {
            var text = t(
                "expect.finding.goals", ["partners": found.openGoals.map { name($0.partner) }.joined(separator: ", ")])
            let avoided = found.openGoals.filter(\.skipped).map { name($0.partner) }
            if !avoided.isEmpty {
                text += " " + t("expect.finding.goals.skipped", ["partners": avoided.joined(separator: ", ")])
            }
            let close = session.context.relationship == .friends || session.context.relationship == .family
            if close { text += " " + t("expect.finding.goals.close") }
            printFinding(text, close ? .warning : .plain)
        }
        if found.isEmpty { printFinding(t("expect.finding.clear"), .success) }
    }
}
