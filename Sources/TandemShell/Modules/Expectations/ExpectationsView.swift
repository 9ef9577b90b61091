import TandemCore

/// `expect list`: what each partner declared, by kind, with ids, links, dates
/// and measures, then the analysis in plain sentences.
extension Shell {
    static let moduleViewWidth = 80

    func showExpectations() {
        guard let session = current?.session else { return }
        guard !session.partners.isEmpty else {
            printWrapped(t("expect.nopartners"), first: "", rest: "")
            return
        }
        let live = session.expectations.filter { item in session.partners.contains { $0.id == item.partner } }
        say("expect.title", ["partners": String(session.partners.count), "items": String(live.count)], .heading)
        guard !live.isEmpty else {
            printWrapped(t("expect.none"), first: "", rest: "", .dim)
            return
        }
        let idWidth = max(2, live.map(\.id.count).max() ?? 2)
        for partner in session.partners {
            line("")
            line(partner.name + " (" + partner.id + ")", .heading)
            for kind in ExpectationKind.allCases {
                line("  " + t("expect.heading.\(kind.rawValue)"), .accent)
                let items = live.filter { $0.partner == partner.id && $0.kind == kind }
                if items.isEmpty { line("    —", .dim) }
                for item in items { showItem(item, idWidth: idWidth, session: session) }
            }
            let goals = partner.personalGoals.isEmpty ? t("expect.goals.open") : partner.personalGoals
            printWrapped(
                t("expect.goals.label") + " " + goals, first: "  ", rest: "    ",
                partner.personalGoals.isEmpty ? .dim : .plain)
        }
        line("")
        showExpectationAnalysis(session)
    }

    /// One item: id and text, then what answers it (expectations) or its date and measure (commitments).
    private func showItem(_ item: Expectation, idWidth: Int, session: Session) {
        let lead = "    " + item.id.fitted(to: idWidth) + "  "
        let pad = String(repeating: " ", count: lead.displayWidth)
        printWrapped(item.text, first: lead, rest: pad)
        switch item.kind {
        case .expectation:
            let answers = item.answeredBy.filter { id in session.expectations.contains { $0.id == id } }
            if answers.isEmpty {
                line(pad + t("expect.unanswered"), .warning)
            } else {
                let named = answers.map { id in
                    let owner = session.expectations.first { $0.id == id }.flatMap { a in
                        session.partners.first { $0.id == a.partner }
                    }
                    return id + (owner.map { " (" + $0.name + ")" } ?? "")
                }
                printWrapped(
                    t("expect.answered", ["answers": named.joined(separator: ", ")]), first: pad, rest: pad + "  ",
                    .success)
            }
        case .commitment:
            let today = Day(now)
            let due = item.due.map { Findings.commitmentDue($0, today: today, wording) } ?? t("expect.nodue")
            let measure = item.measure.isEmpty ? t("expect.nomeasure") : t("expect.measure", ["measure": item.measure])
            if let kept = item.kept {
                printWrapped(t("expect.kept", ["date": kept.description]) + " · " + measure, first: pad, rest: pad + "  ", .success)
                return
            }
            let late = item.due.map { $0 < today } ?? false
            let checkable = item.due != nil || !item.measure.isEmpty
            printWrapped(due + " · " + measure, first: pad, rest: pad + "  ", late || !checkable ? .warning : .dim)
        case .interest, .contribution, .concern:
            break
        }
    }

    /// Prints `text` wrapped to the view width, the first line after `first`, the others after `rest`.
    func printWrapped(_ text: String, first: String, rest: String, _ style: Style = .plain) {
        let width = Shell.moduleViewWidth - max(first.displayWidth, rest.displayWidth)
        for (n, part) in text.wrappedLines(width: width).enumerated() {
            line((n == 0 ? first : rest) + part, style)
        }
    }

    /// A finding as a bullet wrapped within 80 columns.
    func printFinding(_ text: String, _ style: Style = .plain) {
        printWrapped(text, first: "  - ", rest: "    ", style)
    }
}
