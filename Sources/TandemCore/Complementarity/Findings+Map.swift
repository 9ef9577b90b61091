extension Findings {
    /// The complementarity map: gaps, overlaps, dependencies, partners who
    /// cover nothing, ratings still missing. The summary is said apart.
    public static func map(_ session: Session, _ t: Wording) -> [Finding] {
        guard !session.needs.isEmpty else { return [Finding(t("map.finding.noneeds"))] }
        var sentences: [Finding] = []
        for gap in ComplementarityAnalysis.gaps(in: session) {
            sentences.append(
                Finding(
                    t(
                        gap.critical ? "map.finding.gap.critical" : "map.finding.gap",
                        ["need": session.needName(gap.need)]),
                    gap.critical ? .severity(3) : .warning))
        }
        for overlap in ComplementarityAnalysis.overlaps(in: session) {
            let partners = t.list(overlap.partners.map(session.partnerName))
            sentences.append(
                Finding(t("map.finding.overlap", ["need": session.needName(overlap.need), "partners": partners])))
        }
        sentences += dependencies(session, t)
        for gap in ComplementarityAnalysis.perceptionGaps(in: session) {
            let arguments = [
                "need": session.needName(gap.need), "partner": session.partnerName(gap.partner),
                "own": String(gap.own), "by": raterName(gap.by, session, t), "seen": String(gap.seen),
            ]
            sentences.append(Finding(t("map.finding.perception", arguments), .warning))
        }
        for id in ComplementarityAnalysis.passengers(in: session) {
            sentences.append(Finding(t("map.finding.passenger", ["partner": session.partnerName(id)])))
        }
        let unrated = ComplementarityAnalysis.unrated(in: session)
        if !unrated.isEmpty {
            let list = unrated.map { item in
                let names = item.partners.map { id in
                    item.skipped.contains(id)
                        ? t("map.finding.unrated.skipped", ["partner": session.partnerName(id)])
                        : session.partnerName(id)
                }
                return session.needName(item.need) + " (" + names.joined(separator: ", ") + ")"
            }
            sentences.append(Finding(t("map.finding.unrated", ["list": list.joined(separator: " · ")]), .quiet))
        }
        return sentences
    }

    /// Who gave a view: a partner's name, or "the coach".
    public static func raterName(_ by: String, _ session: Session, _ t: Wording) -> String {
        by == PeerRating.coach ? t("map.by.coach") : session.partnerName(by)
    }

    /// The dependencies, each said once: one sentence per partner who alone
    /// covers critical needs, or, when two or more partners each do, one
    /// sentence on the mutual dependency (the heart of the complementarity,
    /// and its defection risk).
    public static func dependencies(_ session: Session, _ t: Wording) -> [Finding] {
        let reliances = ComplementarityAnalysis.reliances(in: session)
        func needs(_ reliance: ComplementarityAnalysis.Reliance) -> String {
            t.list(reliance.needs.map(session.needName))
        }
        if ComplementarityAnalysis.isMutual(reliances) {
            let list = reliances.map {
                t("map.finding.mutual.item", ["partner": session.partnerName($0.partner), "needs": needs($0)])
            }
            return [Finding(t("map.finding.mutual", ["list": list.joined(separator: t.separator)]), .severity(2))]
        }
        return reliances.map { reliance in
            let key = reliance.needs.count == 1 ? "map.finding.dependency" : "map.finding.dependency.many"
            let arguments = ["needs": needs(reliance), "partner": session.partnerName(reliance.partner)]
            return Finding(t(key, arguments), .severity(2))
        }
    }

    /// The map in one paragraph: how many needs are covered, what each
    /// partner brings, and a verdict; empty when there are no needs.
    public static func mapSummary(_ session: Session, _ t: Wording) -> String {
        guard !session.needs.isEmpty else { return "" }
        let summary = ComplementarityAnalysis.summary(in: session)
        var words = [
            t(
                summary.critical > 0 ? "map.summary.coverage.critical" : "map.summary.coverage",
                [
                    "covered": String(summary.covered), "needs": String(summary.needs),
                    "criticalCovered": String(summary.criticalCovered), "critical": String(summary.critical),
                ])
        ]
        words += summary.shares.filter { $0.rated > 0 }.map {
            t(
                "map.summary.share",
                ["partner": session.partnerName($0.partner), "covered": String($0.covered), "led": String($0.led)])
        }
        let verdict: String
        if !ComplementarityAnalysis.gaps(in: session).isEmpty {
            verdict = "incomplete"
        } else if !ComplementarityAnalysis.dependencies(in: session).isEmpty {
            verdict = "fragile"
        } else if !ComplementarityAnalysis.unrated(in: session).isEmpty {
            verdict = "unrated"
        } else {
            verdict = "strong"
        }
        words.append(t("map.summary.\(verdict)"))
        return words.joined(separator: " ")
    }
}
