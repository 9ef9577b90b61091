extension Findings {
    /// The health check: strengths, points to discuss, concerns, perception
    /// gaps with both scores, changes since the last rating, who has not rated.
    public static func health(_ session: Session, _ t: Wording) -> [Finding] {
        health(HealthAnalysis(session), session, t)
    }

    public static func health(_ analysis: HealthAnalysis, _ session: Session, _ t: Wording) -> [Finding] {
        func ingredients(_ list: [Ingredient]) -> String {
            t.list(
                list.map { ingredient in
                    let mean = analysis.rows.first { $0.ingredient == ingredient }?.meanTenths.map(t.tenths) ?? "-"
                    return t(ingredient.labelKey) + " (" + mean + ")"
                })
        }
        var sentences: [Finding] = []
        if !analysis.strengths.isEmpty {
            sentences.append(Finding(t("health.strengths", ["list": ingredients(analysis.strengths)]), .good))
        }
        if !analysis.toDiscuss.isEmpty {
            sentences.append(Finding(t("health.discuss", ["list": ingredients(analysis.toDiscuss)])))
        }
        if !analysis.concerns.isEmpty {
            sentences.append(Finding(t("health.concerns", ["list": ingredients(analysis.concerns)]), .warning))
        }
        let low = analysis.lowScores
        if !low.isEmpty {
            let list = low.map {
                t(
                    "health.low.item",
                    [
                        "ingredient": t($0.ingredient.labelKey), "partner": session.ownerName($0.partner),
                        "score": String($0.score),
                    ])
            }
            sentences.append(Finding(t("health.low", ["list": list.joined(separator: t.separator)]), .warning))
        }
        for lower in analysis.lowerThanOthers {
            sentences.append(
                Finding(
                    t(
                        "health.lower",
                        [
                            "partner": session.ownerName(lower.partner), "mine": t.tenths(lower.mine),
                            "others": t.tenths(lower.others),
                        ]), .warning))
        }
        if !analysis.gaps.isEmpty {
            let more = analysis.gapCount - analysis.gaps.count
            let list =
                analysis.gaps.map { perceptionGap($0, session, t, key: "health.gap.item") }
                + (more > 0 ? [t("health.gap.more", ["count": String(more)])] : [])
            sentences.append(Finding(t("health.gaps", ["list": list.joined(separator: t.separator)]), .warning))
        } else if analysis.rows.contains(where: { $0.scores.count >= 2 }) {
            sentences.append(Finding(t("health.gaps.none")))
        }
        if !analysis.changes.isEmpty {
            let list = analysis.changes.map {
                t(
                    "health.change.item",
                    [
                        "ingredient": t($0.ingredient.labelKey), "partner": session.ownerName($0.partner),
                        "from": String($0.from), "to": String($0.to), "date": t.date($0.since),
                    ])
            }
            sentences.append(Finding(t("health.changes", ["list": list.joined(separator: t.separator)])))
        }
        let missing = partnerIngredients(analysis.missing, session, t)
        if !missing.isEmpty { sentences.append(Finding(t("health.missing", ["list": missing]), .quiet)) }
        let skipped = partnerIngredients(analysis.skipped, session, t)
        if !skipped.isEmpty { sentences.append(Finding(t("health.skipped", ["list": skipped]), .warning)) }
        return sentences
    }

    /// "trust: Zoé 2, Marc 5" in the words of `key` (the health view's or the phase check's).
    static func perceptionGap(_ gap: PerceptionGap, _ session: Session, _ t: Wording, key: String) -> String {
        t(
            key,
            [
                "ingredient": t(gap.ingredient.labelKey), "low": session.ownerName(gap.low.partner),
                "lowScore": String(gap.low.score), "high": session.ownerName(gap.high.partner),
                "highScore": String(gap.high.score),
            ])
    }

    /// "Zoé (all seven); Marc (trust, care)".
    private static func partnerIngredients(_ map: [String: [Ingredient]], _ session: Session, _ t: Wording) -> String {
        session.partners.compactMap { partner -> String? in
            guard let list = map[partner.id] else { return nil }
            if list.count == Ingredient.allCases.count { return t("health.missing.all", ["partner": partner.name]) }
            return partner.name + " (" + list.map { t($0.labelKey) }.joined(separator: ", ") + ")"
        }.joined(separator: t.separator)
    }
}
