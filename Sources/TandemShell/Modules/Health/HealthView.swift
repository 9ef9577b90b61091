import TandemCore

extension Shell {
    /// `health show`: the health view of the open session.
    func showHealth(offer: SuggestionOffer = .list) {
        guard let session = current?.session else { return }
        HealthView(shell: self, session: session).render(offer: offer)
    }
}

/// `health show`: ingredients × partners with mean, band and a gap marker,
/// then the analysis in sentences, then the talks worth having as actions
/// (not offered inside `report`, which only shows).
struct HealthView {
    let shell: Shell
    let session: Session

    func render(offer: SuggestionOffer = .list) {
        let analysis = HealthAnalysis(session)
        shell.say("health.title", [:], .heading)
        guard !session.partners.isEmpty else {
            shell.paragraph("health.no.partners")
            return
        }
        guard !analysis.isEmpty else {
            shell.paragraph("health.none")
            return
        }
        let older = olderRatings()
        for (i, group) in columnGroups(session.partners).enumerated() {
            if i > 0 { shell.line("") }
            table(analysis, group, older)
        }
        for part in Shell.wordLines(shell.t("health.legend"), width: 78) { shell.line(part, .dim) }
        if !older.isEmpty {
            let list = session.partners.compactMap { partner in
                older[partner.id].map {
                    shell.t("health.older.partner", ["partner": partner.name, "date": shell.wording.date($0.since)])
                }
            }
            let text = shell.t("health.older", ["mark": Self.olderMark, "list": shell.spokenList(list)])
            for part in Shell.wordLines(text, width: 78) { shell.line(part, .dim) }
        }
        shell.line("")
        for finding in Findings.health(analysis, session, shell.wording) { shell.findingLine(finding) }
        if offer != .none { shell.offer(suggestions(analysis.topics), origin: "health", asking: offer == .ask) }
    }

    /// Partners split so that each table fits 80 columns with names at least
    /// 8 columns wide; several tables, evenly filled, only when there are many.
    private func columnGroups(_ partners: [Partner]) -> [[Partner]] {
        let room = 80 - fixedWidth()
        let wanted = min(8, max(3, partners.map(\.name.displayWidth).max() ?? 3))
        let perTable = max(1, room / (wanted + 2))
        let tables = (partners.count + perTable - 1) / perTable
        let size = max(1, (partners.count + tables - 1) / max(1, tables))
        return stride(from: 0, to: partners.count, by: size).map {
            Array(partners[$0..<min($0 + size, partners.count)])
        }
    }

    /// Wide enough for "respect et leadership", the longest label.
    private var ingredientWidth: Int {
        min(
            22,
            max(
                shell.t("health.col.ingredient").displayWidth,
                Ingredient.allCases.map { shell.t($0.labelKey).displayWidth }.max() ?? 0))
    }

    private var bandWidth: Int {
        max(
            shell.t("health.col.band").displayWidth,
            HealthBand.allCases.map { shell.t($0.labelKey).displayWidth }.max() ?? 0)
    }

    /// Everything but the partner columns: indent, ingredient, mean, band, gap marker.
    private func fixedWidth() -> Int {
        2 + ingredientWidth + 2 + 4 + 2 + bandWidth + 2 + shell.t("health.gap.mark").displayWidth
    }

    /// Marks a score older than the partner's latest ratings.
    static let olderMark = "*"

    /// The scores given before the latest day anyone rated (kept from an
    /// earlier round, or from a partner absent at the last one), by partner,
    /// with the oldest of their days.
    private func olderRatings() -> [String: (ingredients: Set<Ingredient>, since: Day)] {
        var result: [String: (ingredients: Set<Ingredient>, since: Day)] = [:]
        let latest = session.latestHealth()
        guard let newest = latest.values.flatMap({ $0.values.map(\.date) }).max() else { return [:] }
        for (partner, ratings) in latest {
            let old = ratings.values.filter { $0.date < newest }
            guard let since = old.map(\.date).min() else { continue }
            result[partner] = (Set(old.map(\.ingredient)), since)
        }
        return result
    }

    private func table(
        _ analysis: HealthAnalysis, _ partners: [Partner], _ older: [String: (ingredients: Set<Ingredient>, since: Day)]
    ) {
        let room = (80 - fixedWidth()) / max(1, partners.count) - 2
        let width = max(3, min(12, room, partners.map(\.name.displayWidth).max() ?? 3))
        let gapped = Set(analysis.apart.keys)
        var header = "  " + shell.t("health.col.ingredient").fitted(to: ingredientWidth)
        for partner in partners { header += "  " + partner.name.fitted(to: width) }
        header += "  " + shell.t("health.col.mean").fitted(to: 4) + "  " + shell.t("health.col.band")
        shell.line(header.trimmingTrailingSpaces, .dim)
        for row in analysis.rows {
            var text = "  " + shell.t(row.ingredient.labelKey).fitted(to: ingredientWidth)
            for partner in partners {
                var score = row.scores[partner.id].map(String.init) ?? "-"
                if older[partner.id]?.ingredients.contains(row.ingredient) == true { score += Self.olderMark }
                text += "  " + (String(repeating: " ", count: (width - 1) / 2) + score).fitted(to: width)
            }
            let mean = row.meanTenths.map(formatTenths) ?? "-"
            text += "  " + String(repeating: " ", count: max(0, 4 - mean.count)) + mean + "  "
            let shown = analysis.band(of: row)
            let band = shown.map { shell.t($0.labelKey) } ?? ""
            if !band.isEmpty { shell.write(text) }
            let marker = gapped.contains(row.ingredient) ? shell.t("health.gap.mark") : ""
            if band.isEmpty {
                shell.line(text.trimmingTrailingSpaces)
            } else if marker.isEmpty {
                shell.line(band, shown.map(bandStyle) ?? .plain)
            } else {
                shell.write(band.fitted(to: bandWidth), shown.map(bandStyle) ?? .plain)
                shell.line("  " + marker, .warning)
            }
        }
    }

    private func bandStyle(_ band: HealthBand) -> Style {
        switch band {
        case .strength: return .band(0)
        case .discuss: return .band(1)
        case .concern: return .band(3)
        }
    }

    /// 35 gives "3.5" (or "3,5" in French).
    private func formatTenths(_ tenths: Int) -> String {
        shell.wording.tenths(tenths)
    }

    /// "Talk together about the trust between you (trust): Zoé and Marc rate
    /// it differently" for a perception gap, "… it is rated low" for a concern,
    /// both when the ingredient is a concern with a gap.
    func suggestions(_ topics: [HealthTopic]) -> [String] {
        let analysis = HealthAnalysis(session)
        return topics.map { topic in
            let sides = analysis.apart[topic.ingredient] ?? []
            let apart = topic.partners.filter(sides.contains)
            let key: String
            if !analysis.concerns.contains(topic.ingredient) {
                key = "suggest.health.gap"
            } else if !apart.isEmpty {
                key = "suggest.health.concern.gap"
            } else {
                key = topic.partners.count >= 2 ? "suggest.health.concern" : "suggest.health.concern.alone"
            }
            let names = (apart.isEmpty ? topic.partners : apart).map(session.ownerName)
            return shell.t(
                key,
                [
                    "subject": shell.t("health.subject.\(topic.ingredient.rawValue)"),
                    "ingredient": shell.t(topic.ingredient.labelKey), "partners": shell.spokenList(names),
                ])
        }
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
