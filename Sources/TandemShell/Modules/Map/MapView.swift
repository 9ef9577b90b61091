import TandemCore

/// `map show`: needs as rows, partners as columns (split into blocks when
/// they do not fit 80 columns), notes, strengths and weaknesses, analysis —
/// as lines of styled pieces, for the shell (or a test) to print.
struct MapView: ModuleView {
    /// One piece of a line in one style; a matrix row mixes several.
    typealias Piece = Styled

    typealias Line = [Piece]

    let session: Session
    let t: Wording
    /// The colour of a finding's tone.
    let tone: (Finding.Tone) -> Style
    var width = Shell.moduleViewWidth

    /// Widest column allowed for a partner name, tried from roomy to tight.
    static let columnCaps = [14, 10, 6]

    func lines() -> [Line] {
        guard !session.partners.isEmpty else { return wrapped(t("map.nopartners"), first: "", rest: "") }
        var out = [
            sentence(
                "map.title", ["needs": String(session.needs.count), "partners": String(session.partners.count)],
                .heading)
        ]
        if session.needs.isEmpty {
            out += wrapped(t("map.empty.needs"), first: "", rest: "", .dim)
        } else {
            out.append([])
            for block in blocks() { out += matrix(block.partners, needWidth: block.needWidth, cap: block.cap) }
            out += wrapped(t("map.scale"), first: "  ", rest: "  ", .dim)
            out += wrapped(t("map.legend"), first: "  ", rest: "  ", .dim)
            out += ratingNotes()
            out += peerViews()
        }
        out += traits()
        out.append([])
        return out + analysis()
    }

    /// The analysis of the map: gaps, overlaps, dependencies, then a summary.
    func analysis() -> [Line] {
        var out = [sentence("map.analysis", [:], .heading)]
        for finding in Findings.map(session, t) {
            out += wrapped(finding.text, first: "  - ", rest: "    ", tone(finding.tone))
        }
        let summary = Findings.mapSummary(session, t)
        guard !summary.isEmpty else { return out }
        return out + [[]] + wrapped(summary, first: "  ", rest: "  ")
    }

    /// Partners grouped so each block's matrix fits in the view's width.
    func blocks() -> [(partners: [Partner], needWidth: Int, cap: Int)] {
        let needWidth = min(max(session.needs.map(\.name.displayWidth).max() ?? 4, 6), 26)
        func width(_ partner: Partner, _ cap: Int) -> Int { min(max(partner.name.displayWidth, 3), cap) }
        let room = self.width - 4 - needWidth
        for cap in Self.columnCaps where session.partners.reduce(0, { $0 + 2 + width($1, cap) }) <= room {
            return [(session.partners, needWidth, cap)]
        }
        let cap = Self.columnCaps.last ?? 6
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

    private func matrix(_ partners: [Partner], needWidth: Int, cap: Int) -> [Line] {
        let widths = partners.map { min(max($0.name.displayWidth, 3), cap) }
        var header = "    " + t("map.column.need").fitted(to: needWidth)
        for (partner, width) in zip(partners, widths) { header += "  " + partner.name.fitted(to: width) }
        var out: [Line] = [[Piece(Self.trimmedRight(header), .heading)]]
        for need in session.needs {
            var row = [
                Piece("  "), Piece(need.critical ? "!" : " ", .warning), Piece(" " + need.name.fitted(to: needWidth)),
            ]
            for (n, (partner, width)) in zip(partners, widths).enumerated() {
                let rating = session.rating(partner: partner.id, need: need.id)
                let text = rating.map { String($0.score) + ($0.note.isEmpty ? "" : "*") } ?? "·"
                let style: Style =
                    rating.map { $0.score >= Coverage.covering ? .band(0) : $0.score == 1 ? .band(1) : .band(3) }
                    ?? .dim
                let cell = "  " + text.fitted(to: width)
                row.append(Piece(n == partners.count - 1 ? Self.trimmedRight(cell) : cell, style))
            }
            out.append(row)
        }
        return out + [[]]
    }

    static func trimmedRight(_ text: String) -> String {
        var out = text
        while out.last == " " { out.removeLast() }
        return out
    }

    /// The notes behind the "*" cells.
    private func ratingNotes() -> [Line] {
        let noted = session.needs.flatMap { need in
            session.partners.compactMap { partner in
                session.rating(partner: partner.id, need: need.id).flatMap {
                    $0.note.isEmpty ? nil : (need, partner, $0)
                }
            }
        }
        guard !noted.isEmpty else { return [] }
        var out: [Line] = [[], sentence("map.notes", [:], .accent)]
        for (need, partner, rating) in noted {
            let text = t(
                "map.note.line",
                ["partner": partner.name, "need": need.name, "score": String(rating.score), "note": rating.note])
            out += wrapped(text, first: "  ", rest: "    ")
        }
        return out
    }

    /// Others' views of each partner's cover, beside the partner's own
    /// rating: "Zoé on Sales: 3 by herself · Marc sees 1"; a gap of 2 or more
    /// in the warning tone (the analysis says it too).
    private func peerViews() -> [Line] {
        let rows = session.needs.flatMap { need in
            session.partners.compactMap { partner -> (Need, Partner, [PeerRating])? in
                let views = session.peerRatings.filter { $0.partner == partner.id && $0.need == need.id }
                return views.isEmpty ? nil : (need, partner, views)
            }
        }
        guard !rows.isEmpty else { return [] }
        var out: [Line] = [[], sentence("map.peers", [:], .accent)]
        for (need, partner, views) in rows {
            let own = session.rating(partner: partner.id, need: need.id)
            let seen = views.map {
                t("map.peer.seen", ["by": Findings.raterName($0.by, session, t), "score": String($0.score)])
            }
            let text = t(
                own == nil ? "map.peer.line.unrated" : "map.peer.line",
                [
                    "partner": partner.name, "need": need.name, "own": own.map { String($0.score) } ?? "",
                    "seen": seen.joined(separator: " · "),
                ])
            let apart =
                own.map { own in
                    views.contains { abs($0.score - own.score) >= ComplementarityAnalysis.perceptionGap }
                } ?? false
            out += wrapped(text, first: "  ", rest: "    ", apart ? .warning : .plain)
        }
        return out
    }

    private func traits() -> [Line] {
        var out: [Line] = [[], sentence("map.traits", [:], .accent)]
        let nameWidth = min(session.partners.map(\.name.displayWidth).max() ?? 4, 18)
        for partner in session.partners {
            let own = session.partnerTraits(partner.id)
            let lead = "  " + partner.name.fitted(to: nameWidth) + "  "
            let pad = String(repeating: " ", count: lead.displayWidth)
            guard !own.isEmpty else {
                out.append([Piece(lead + t("map.traits.none"), .dim)])
                continue
            }
            let ordered = own.filter { $0.kind == .strength } + own.filter { $0.kind == .weakness }
            for (n, trait) in ordered.enumerated() {
                let mark = trait.kind == .strength ? "+ " : "− "
                out += wrapped(mark + trait.text, first: n == 0 ? lead : pad, rest: pad + "  ")
            }
        }
        return out
    }

    /// A catalogue sentence wrapped to the terminal's text width, as `say` prints it.
    private func sentence(_ key: String, _ arguments: [String: String], _ style: Style) -> Line {
        [Piece(sentenceText(key, arguments), style)]
    }

    /// `text` wrapped to the view width, the first line after `first`, the others after `rest`.
    private func wrapped(_ text: String, first: String, rest: String, _ style: Style = .plain) -> [Line] {
        wrappedText(text, first: first, rest: rest).map { [Piece($0, style)] }
    }
}

extension Shell {
    func showMap() {
        guard let session = current?.session else { return }
        for pieces in MapView(session: session, t: wording, tone: style).lines() {
            for piece in pieces { write(piece.text, piece.style) }
            write("\n")
        }
    }
}
