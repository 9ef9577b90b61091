import TandemCore

/// `expect list`: what each partner declared, by kind, with ids, links, dates
/// and measures, then the analysis in plain sentences — as styled lines
/// within 80 columns, for the shell (or a test) to print.
struct ExpectationsView: ModuleView {
    /// One line of the view (a wrapped sentence may hold line breaks), in one style.
    typealias Line = Styled

    let session: Session
    let today: Day
    let t: Wording
    /// The colour of a finding's tone.
    let tone: (Finding.Tone) -> Style
    var width = Shell.moduleViewWidth

    func lines() -> [Line] {
        var out: [Line] = []
        guard !session.partners.isEmpty else { return wrapped(t("expect.nopartners"), first: "", rest: "") }
        let live = session.expectations.filter { item in session.partner(withID: item.partner) != nil }
        out.append(
            sentence(
                "expect.title", ["partners": String(session.partners.count), "items": String(live.count)], .heading))
        guard !live.isEmpty else { return out + wrapped(t("expect.none"), first: "", rest: "", .dim) }
        let idWidth = max(2, live.map(\.id.count).max() ?? 2)
        for partner in session.partners {
            out.append(Line(""))
            out.append(Line(partner.name + " (" + partner.id + ")", .heading))
            for kind in ExpectationKind.allCases {
                out.append(Line("  " + t("expect.heading.\(kind.rawValue)"), .accent))
                let items = session.items(of: partner.id, kind)  // the partner's: all live
                if items.isEmpty { out.append(Line("    —", .dim)) }
                for item in items { out += lines(of: item, idWidth: idWidth) }
            }
            let goals = partner.personalGoals.isEmpty ? t("expect.goals.open") : partner.personalGoals
            out += wrapped(
                t("expect.goals.label") + " " + goals, first: "  ", rest: "    ",
                partner.personalGoals.isEmpty ? .dim : .plain)
        }
        out.append(Line(""))
        let legend = t.markLegend(
            private: live.contains { !$0.isShared }, guess: live.contains(where: \.isGuess))
        for sentence in legend { out += wrapped(sentence, first: "", rest: "  ", .dim) }
        if !legend.isEmpty { out.append(Line("")) }
        return out + tensions() + analysis()
    }

    /// Every tension, open or settled, each with its two sides; nothing when none is recorded.
    func tensions() -> [Line] {
        guard !session.tensions.isEmpty else { return [] }
        var out = [sentence("expect.tensions", ["count": String(session.tensions.count)], .heading)]
        for tension in session.tensions {
            let state =
                TensionAnalysis.isSettled(tension, in: session)
                ? t("expect.tension.settled", ["by": tension.settledBy ?? ""]) : t("expect.tension.open")
            let text = tension.between.joined(separator: " ↔ ") + (tension.note.isEmpty ? "" : " — " + tension.note)
            out += wrapped(
                text + " (" + state + ")", first: "  " + tension.id + "  ", rest: "      ",
                TensionAnalysis.isSettled(tension, in: session) ? .plain : .warning)
        }
        out.append(Line(""))
        return out
    }

    /// The analysis of the exchange, one bullet per finding.
    func analysis() -> [Line] {
        [sentence("expect.analysis", [:], .heading)]
            + Findings.expectations(session, today: today, t).flatMap {
                wrapped($0.text, first: "  - ", rest: "    ", tone($0.tone))
            }
    }

    /// One item: id and text, then what answers it (expectations) or its date and measure (commitments).
    private func lines(of item: Expectation, idWidth: Int) -> [Line] {
        let lead = "    " + item.id.fitted(to: idWidth) + "  "
        let pad = String(repeating: " ", count: lead.displayWidth)
        var out = wrapped(t.marks(shared: item.isShared, guess: item.isGuess) + item.text, first: lead, rest: pad)
        switch item.kind {
        case .expectation:
            let answers = item.answeredBy.filter { id in session.expectation(withID: id) != nil }
            guard !answers.isEmpty else { return out + [Line(pad + t("expect.unanswered"), .warning)] }
            let named = answers.map { id in
                let owner = session.expectations.withID(id).flatMap { a in
                    session.partners.withID(a.partner)
                }
                return id + (owner.map { " (" + $0.name + ")" } ?? "")
            }
            // Linked, yet only to contributions or late commitments: said, in the warning tone.
            let unmet = ExpectationAnalysis.unanswered(in: session, today: today).contains(item.id)
            var text = t("expect.answered", ["answers": named.joined(separator: ", ")])
            if unmet { text += " — " + t("expect.answered.open") }
            out += wrapped(text, first: pad, rest: pad + "  ", unmet ? .warning : .success)
        case .commitment:
            let due = item.due.map { Findings.commitmentDue($0, today: today, t) } ?? t("expect.nodue")
            var measure = item.measure.isEmpty ? t("expect.nomeasure") : t("expect.measure", ["measure": item.measure])
            if let hours = item.effort { measure += " · " + t("expect.effort", ["hours": String(hours)]) }
            if let kept = item.kept {
                return out
                    + wrapped(
                        t("expect.kept", ["date": t.date(kept)]) + " · " + measure, first: pad, rest: pad + "  ",
                        .success)
            }
            let late = item.due.map { $0 < today } ?? false
            let checkable = item.due != nil || !item.measure.isEmpty
            out += wrapped(due + " · " + measure, first: pad, rest: pad + "  ", late || !checkable ? .warning : .dim)
        case .contribution:
            if let hours = item.effort {
                out += wrapped(t("expect.effort", ["hours": String(hours)]), first: pad, rest: pad, .dim)
            }
        case .interest, .concern:
            break
        }
        return out
    }

    /// A catalogue sentence wrapped to the terminal's text width, as `say` prints it.
    private func sentence(_ key: String, _ arguments: [String: String], _ style: Style) -> Line {
        Line(sentenceText(key, arguments), style)
    }

    /// `text` wrapped to the view width, the first line after `first`, the others after `rest`.
    private func wrapped(_ text: String, first: String, rest: String, _ style: Style = .plain) -> [Line] {
        wrappedText(text, first: first, rest: rest).map { Line($0, style) }
    }
}

extension Shell {
    /// The width of the module views and of the report.
    static let moduleViewWidth = 80

    func showExpectations() {
        guard let session = current?.session else { return }
        let view = ExpectationsView(session: session, today: Day(now), t: wording, tone: style)
        for viewLine in view.lines() { line(viewLine.text, viewLine.style) }
    }

    /// Prints `text` wrapped to the view width, the first line after `first`, the others after `rest`.
    func printWrapped(_ text: String, first: String, rest: String, _ style: Style = .plain) {
        for part in Self.wrappedLines(text, first: first, rest: rest, width: Shell.moduleViewWidth) {
            line(part, style)
        }
    }

    /// `text` wrapped within `width` columns, the first line after `first`, the others after `rest`.
    static func wrappedLines(_ text: String, first: String, rest: String, width: Int) -> [String] {
        let room = width - max(first.displayWidth, rest.displayWidth)
        return text.wrappedLines(width: room).enumerated().map { n, part in (n == 0 ? first : rest) + part }
    }
}
