import TandemCore

/// `map show`: needs as rows, partners as columns (split into blocks when
/// they do not fit 80 columns), notes, strengths and weaknesses, analysis.
extension Shell {
    func showMap() {
        guard let session = current?.session else { return }
        guard !session.partners.isEmpty else {
            printWrapped(t("map.nopartners"), first: "", rest: "")
            return
        }
        say("map.title", ["needs": String(session.needs.count), "partners": String(session.partners.count)], .heading)
        if session.needs.isEmpty {
            printWrapped(t("map.empty.needs"), first: "", rest: "", .dim)
        } else {
            line("")
            for block in Self.mapBlocks(session) {
                showMatrix(session, block.partners, needWidth: block.needWidth, cap: block.cap)
            }
            printWrapped(t("map.scale"), first: "  ", rest: "  ", .dim)
            printWrapped(t("map.legend"), first: "  ", rest: "  ", .dim)
            showRatingNotes(session)
        }
        showTraits(session)
        line("")
        showMapAnalysis(session)
    }

    /// Widest column allowed for a partner name, tried from roomy to tight.
    static let mapColumnCaps = [14, 10, 6]

    /// Partners grouped so each block's matrix fits in 80 columns.
    static func mapBlocks(_ session: Session) -> [(partners: [Partner], needWidth: Int, cap: Int)] {
        let needWidth = min(max(session.needs.map(\.name.displayWidth).max() ?? 4, 6), 26)
        func width(_ partner: Partner, _ cap: Int) -> Int { min(max(partner.name.displayWidth, 3), cap) }
        let room = moduleViewWidth - 4 - needWidth
        for cap in mapColumnCaps where session.partners.reduce(0, { $0 + 2 + width($1, cap) }) <= room {
            return [(session.partners, needWidth, cap)]
        }
        let cap = mapColumnCaps.last ?? 6
        var blocks: [(partners: [Partner], needWidth: Int, cap: Int)] = []
        var current: [Partner] = []
        var used = 0
        for partner in session.partners {
            let w = 2 + width(partner, cap)
            if used + w > room, !current.isEmpty {
                blocks.append((current, needWidth, cap))
                current = []
                used = 0
            }
            current.append(partner)
            used += w
        }
        if !current.isEmpty { blocks.append((current, needWidth, cap)) }
        return blocks
    }

    private func showMatrix(_ session: Session, _ partners: [Partner], needWidth: Int, cap: Int) {
        let widths = partners.map { min(max($0.name.displayWidth, 3), cap) }
        var header = "    " + t("map.column.need").fitted(to: needWidth)
        for (partner, width) in zip(partners, widths) { header += "  " + partner.name.fitted(to: width) }
        line(Self.trimmedRight(header), .heading)
        for need in session.needs {
            write("  ")
            write(need.critical ? "!" : " ", .warning)
            write(" " + need.name.fitted(to: needWidth))
            var cells: [(String, Style)] = []
            for (partner, width) in zip(partners, widths) {
                let rating = session.rating(partner: partner.id, need: need.id)
                let text = rating.map { String($0.score) + ($0.note.isEmpty ? "" : "*") } ?? "·"
                let style: Style =
                    rating.map { $0.score >= Coverage.covering ? .band(0) : $0.score == 1 ? .band(1) : .band(3) }
                    ?? .dim
                cells.append(("  " + text.fitted(to: width), style))
            }
            for (n, cell) in cells.enumerated() {
                write(n == cells.count - 1 ? Self.trimmedRight(cell.0) : cell.0, cell.1)
            }
            write("\n")
        }
        line("")
    }

    static func trimmedRight(_ text: String) -> String {
        var out = text
        while out.last == " " { out.removeLast() }
        return out
    }

    /// The notes behind the "*" cells.
    private func showRatingNotes(_ session: Session) {
        let noted = session.needs.flatMap { need in
            session.partners.compactMap { partner in
                session.rating(partner: partner.id, need: need.id).flatMap {
                    $0.note.isEmpty ? nil : (need, partner, $0)
                }
            }
        }
        guard !noted.isEmpty else { return }
        line("")
        say("map.notes", [:], .accent)
        for (need, partner, rating) in noted {
            let text = t(
                "map.note.line",
                ["partner": partner.name, "need": need.name, "score": String(rating.score), "note": rating.note])
            printWrapped(text, first: "  ", rest: "    ")
        }
    }

    private func showTraits(_ session: Session) {
        line("")
        say("map.traits", [:], .accent)
        let nameWidth = min(session.partners.map(\.name.displayWidth).max() ?? 4, 18)
        for partner in session.partners {
            let own = session.traits.filter { $0.partner == partner.id }
            let lead = "  " + partner.name.fitted(to: nameWidth) + "  "
            let pad = String(repeating: " ", count: lead.displayWidth)
            guard !own.isEmpty else {
                line(lead + t("map.traits.none"), .dim)
                continue
            }
            let ordered = own.filter { $0.kind == .strength } + own.filter { $0.kind == .weakness }
            for (n, trait) in ordered.enumerated() {
                let mark = trait.kind == .strength ? "+ " : "− "
                printWrapped(mark + trait.text, first: n == 0 ? lead : pad, rest: pad + "  ")
            }
        }
    }
}
