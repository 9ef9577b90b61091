extension Findings {
    /// The staged entries and exits: what is missing or stale in each stage,
    /// silent partners, gates that held or said exit. Between friends or
    /// family a missing exit is said more firmly.
    public static func stages(_ session: Session, today: Day, _ t: Wording) -> [Finding] {
        let findings = StagesAnalysis.findings(in: session, today: today)
        let close = session.partnersAreClose
        func stage(_ id: String) -> [String: String] {
            ["stage": session.stageName(id), "id": id]
        }
        var sentences: [Finding] = []
        for finding in findings {
            switch finding {
            case .noStages:
                sentences.append(Finding(t("stages.finding.none")))
            case .unplanned(let id):
                var text = t("stages.finding.unplanned", stage(id))
                if close { text += " " + t("stages.finding.unplanned.close") }
                sentences.append(Finding(text, .warning))
            case .noEntry(let id):
                sentences.append(Finding(t("stages.finding.noentry", stage(id)), .warning))
            case .uncheckable(let id, let conditions):
                var arguments = stage(id)
                arguments["numbers"] = conditions.map(String.init).joined(separator: ", ")
                let key = conditions.count == 1 ? "stages.finding.uncheckable.one" : "stages.finding.uncheckable"
                sentences.append(Finding(t(key, arguments), .warning))
            case .noExit(let id):
                sentences.append(
                    Finding(t(close ? "stages.finding.noexit.close" : "stages.finding.noexit", stage(id)), .warning))
            case .noReview(let id):
                sentences.append(Finding(t("stages.finding.noreview", stage(id))))
            case .reviewPast(let id, let review):
                var arguments = stage(id)
                arguments["date"] = t.date(review)
                sentences.append(Finding(t("stages.finding.reviewpast", arguments), .warning))
            case .reviewBeforeDue(let id, let review, let conditions, let due):
                var arguments = stage(id)
                arguments["date"] = t.date(review)
                arguments["due"] = t.date(due)
                arguments["numbers"] = conditions.map(String.init).joined(separator: ", ")
                let key = conditions.count == 1 ? "stages.finding.reviewearly.one" : "stages.finding.reviewearly"
                sentences.append(Finding(t(key, arguments), .warning))
            case .noCommitment(let id, let partners):
                var arguments = stage(id)
                arguments["partners"] = partners.map(session.partnerName).joined(separator: ", ")
                sentences.append(Finding(t("stages.finding.nocommitment", arguments)))
            case .nobodyCommits(let id):
                sentences.append(Finding(t("stages.finding.nobodycommits", stage(id)), .warning))
            case .lastGate(let id, let verdict, let date):
                var arguments = stage(id)
                arguments["date"] = t.date(date)
                let record = session.stages.withID(id)?.gates.last
                switch verdict {
                case .advance: break
                case .hold: sentences.append(Finding(t("stages.finding.hold", arguments)))
                case .renegotiate: sentences.append(Finding(t("stages.finding.renegotiate", arguments)))
                case .rescale:
                    arguments["scope"] = record?.scope ?? t("stages.scope.unsaid")
                    sentences.append(Finding(t("stages.finding.rescale", arguments), .quiet))
                case .end:
                    var text = t("stages.finding.end", arguments)
                    let terms = record?.exitTerms ?? [:]
                    let silent = session.partners.filter { (terms[$0.id] ?? "").isEmpty }.map(\.name)
                    if !silent.isEmpty { text += " " + t("stages.finding.end.terms", ["partners": t.list(silent)]) }
                    sentences.append(Finding(text, .warning))
                }
            case .gateUnderway(let id):
                sentences.append(Finding(t("stages.finding.underway", stage(id))))
            }
        }
        if findings.isEmpty { sentences.append(Finding(t("stages.finding.clear"), .good)) }
        return sentences
    }
}
