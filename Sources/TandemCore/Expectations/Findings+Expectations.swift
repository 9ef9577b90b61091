extension Findings {
    /// The exchange of expectations on `today`: expectations nobody answers,
    /// commitments past their date or nobody can check, an uneven load, kinds
    /// left empty, goals unsaid.
    public static func expectations(_ session: Session, today: Day, _ t: Wording) -> [Finding] {
        let found = ExpectationAnalysis.findings(in: session, today: today)
        func plural(_ kinds: [ExpectationKind]) -> String {
            kinds.map { t("expect.plural.\($0.rawValue)") }.joined(separator: ", ")
        }
        var sentences: [Finding] = []
        func named(_ id: String) -> String {
            t(
                "expect.finding.item",
                ["id": id, "partner": session.partnerName(session.expectations.withID(id)?.partner ?? "")])
        }
        // Said once each: a late answer first (the most urgent), then an
        // answer that is only a contribution, then nothing at all.
        for unmet in found.unanswered where !unmet.late.isEmpty {
            let key = unmet.late.count == 1 ? "expect.finding.answer.late.one" : "expect.finding.answer.late"
            let arguments = ["id": named(unmet.expectation), "late": unmet.late.joined(separator: ", ")]
            sentences.append(Finding(t(key, arguments), .warning))
        }
        let offered = found.unanswered.filter { $0.late.isEmpty && !$0.contributions.isEmpty }
        if !offered.isEmpty {
            let list = offered.map {
                t(
                    "expect.finding.offered.item",
                    ["id": named($0.expectation), "contributions": $0.contributions.joined(separator: ", ")])
            }
            sentences.append(
                Finding(t("expect.finding.offered", ["list": list.joined(separator: t.separator)]), .warning))
        }
        let bare = found.unanswered.filter { $0.late.isEmpty && $0.contributions.isEmpty }
        if !bare.isEmpty {
            let list = bare.map { named($0.expectation) }
            sentences.append(Finding(t("expect.finding.unanswered", ["list": list.joined(separator: ", ")]), .warning))
        }
        if !found.overdue.isEmpty {
            let list = found.overdue.map {
                t(
                    "expect.finding.overdue.item",
                    [
                        "id": $0.commitment, "partner": session.partnerName($0.partner), "date": t.date($0.due),
                        "days": t.days($0.daysLate),
                    ])
            }
            let key = list.count == 1 ? "expect.finding.overdue.one" : "expect.finding.overdue"
            sentences.append(Finding(t(key, ["list": list.joined(separator: t.separator)]), .warning))
        }
        func items(_ list: [ExpectationAnalysis.Unspecified]) -> String {
            list.map { t("expect.finding.item", ["id": $0.commitment, "partner": session.partnerName($0.partner)]) }
                .joined(separator: ", ")
        }
        if !found.unspecified.isEmpty {
            sentences.append(Finding(t("expect.finding.unspecified", ["list": items(found.unspecified)]), .warning))
        }
        // A commitment already said to be late is not also said to lack a measure.
        let late = Set(found.overdue.map(\.commitment))
        let unmeasured = found.unmeasured.filter { !late.contains($0.commitment) }
        if !unmeasured.isEmpty {
            sentences.append(Finding(t("expect.finding.unmeasured", ["list": items(unmeasured)]), .quiet))
        }
        for imbalance in found.imbalances {
            switch imbalance {
            case .effort(let heavier, let heavierHours, let lighter, let lighterHours):
                let arguments = [
                    "heavier": session.partnerName(heavier), "heavierHours": String(heavierHours),
                    "lighter": session.partnerName(lighter), "lighterHours": String(lighterHours),
                ]
                sentences.append(Finding(t("expect.finding.effort", arguments), .warning))
            case .effortUnstated(let partners):
                let names = t.list(partners.map(session.partnerName))
                sentences.append(Finding(t("expect.finding.effort.unstated", ["partners": names])))
            case .noEffortStated:
                sentences.append(Finding(t("expect.finding.effort.none"), .quiet))
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
            var text = t("expect.finding.goals", ["partners": t.list(names)])
            let avoided = found.openGoals.filter(\.skipped).map { session.partnerName($0.partner) }
            if !avoided.isEmpty {
                text += " " + t("expect.finding.goals.skipped", ["partners": t.list(avoided)])
            }
            if session.partnersAreClose { text += " " + t("expect.finding.goals.close") }
            sentences.append(Finding(text, session.partnersAreClose ? .warning : .plain))
        }
        let tensions = Self.tensions(session, t)
        sentences += tensions
        if found.isEmpty && tensions.isEmpty { sentences.append(Finding(t("expect.finding.clear"), .good)) }
        return sentences
    }

    /// Tensions still open, and concerns no safeguard answers.
    public static func tensions(_ session: Session, _ t: Wording) -> [Finding] {
        var sentences: [Finding] = []
        for tension in TensionAnalysis.open(in: session) {
            sentences.append(Finding(tensionSentence(tension, session, t), .warning))
        }
        let unguarded = TensionAnalysis.unguarded(in: session)
        if !unguarded.isEmpty {
            let list = unguarded.map {
                t("expect.finding.item", ["id": $0.id, "partner": session.partnerName($0.partner)])
            }
            let key = unguarded.count == 1 ? "expect.finding.unguarded.one" : "expect.finding.unguarded"
            sentences.append(
                Finding(t(key, ["list": list.joined(separator: ", "), "id": unguarded[0].id]), .warning))
        }
        return sentences
    }

    /// "Tension t1 between e1 (Zoé) and e4 (Marc) is still open: …"
    public static func tensionSentence(_ tension: Tension, _ session: Session, _ t: Wording) -> String {
        let sides = tension.between.map { id in
            t(
                "expect.finding.item",
                ["id": id, "partner": session.partnerName(session.expectations.withID(id)?.partner ?? "")])
        }
        let arguments = [
            "id": tension.id, "first": sides.first ?? "", "second": sides.dropFirst().first ?? "",
            "note": tension.note,
        ]
        return t(tension.note.isEmpty ? "expect.finding.tension" : "expect.finding.tension.note", arguments)
    }

    /// "due 2027-03-31", or "due 2026-03-15, 251 days late" once the day has passed.
    public static func commitmentDue(_ due: Day, today: Day, _ t: Wording) -> String {
        guard due < today else { return t("expect.due", ["date": t.date(due)]) }
        return t("expect.due.late", ["date": t.date(due), "days": t.days(today.ordinal - due.ordinal)])
    }
}
