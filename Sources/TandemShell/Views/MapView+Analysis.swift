import TandemCore

extension Shell {
    /// Words the findings of `ComplementarityAnalysis`: gaps, overlaps, dependencies, then a summary.
    func showMapAnalysis(_ session: Session) {
        say("map.analysis", [:], .heading)
        guard !session.needs.isEmpty else {
            printFinding(t("map.finding.noneeds"))
            return
        }
        func partner(_ id: String) -> String { session.partners.first { $0.id == id }?.name ?? id }
        func need(_ id: String) -> String { session.needs.first { $0.id == id }?.name ?? id }
        let gaps = ComplementarityAnalysis.gaps(in: session)
        let dependencies = ComplementarityAnalysis.dependencies(in: session)
        let unrated = ComplementarityAnalysis.unrated(in: session)
        for gap in gaps {
            printFinding(
                t(gap.critical ? "map.finding.gap.critical" : "map.finding.gap", ["need": need(gap.need)]),
                gap.critical ? .band(3) : .warning)
        }
        for overlap in ComplementarityAnalysis.overlaps(in: session) {
            printFinding(
                t(
                    "map.finding.overlap",
                    ["need": need(overlap.need), "partners": overlap.partners.map(partner).joined(separator: ", ")]),
                .warning)
        }
        for dependency in dependencies {
            printFinding(
                t("map.finding.dependency", ["need": need(dependency.need), "partner": partner(dependency.partner)]),
                .band(2))
        }
        for id in ComplementarityAnalysis.passengers(in: session) {
            printFinding(t("map.finding.passenger", ["partner": partner(id)]))
        }
        if !unrated.isEmpty {
            let list = unrated.map { item in
                let names = item.partners.map { id in
                    item.skipped.contains(id) ? t("map.finding.unrated.skipped", ["partner": partner(id)]) : partner(id)
                }
                return need(item.need) + " (" + names.joined(separator: ", ") + ")"
            }
            printFinding(t("map.finding.unrated", ["list": list.joined(separator: " · ")]), .dim)
        }
        let summary = ComplementarityAnalysis.summary(in: session)
        var words = [
            t(
                summary.critical > 0 ? "map.summary.coverage.critical" : "map.summary.coverage",
                [
                    "covered": String(summary.covered), "needs": String(summary.needs),
                    "criticalCovered": String(summary.criticalCovered), "critical": String(summary.critical),
                ])
        ]
        let shares = summary.shares.filter { $0.rated > 0 }.map {
            t(
                "map.summary.share",
                ["partner": partner($0.partner), "covered": String($0.covered), "led": String($0.led)])
        }
        words += shares
        let verdict: String
        if !gaps.isEmpty {
            verdict = "incomplete"
        } else if !dependencies.isEmpty {
            verdict = "fragile"
        } else if !unrated.isEmpty {
            verdict = "unrated"
        } else {
            verdict = "strong"
        }
        words.append(t("map.summary.\(verdict)"))
        line("")
        printWrapped(words.joined(separator: " "), first: "  ", rest: "  ")
    }
}
