/// The proposal's plan: the stages with their status and conditions, and
/// the working agreement with its money part.
extension ProposalDocument {
    func stages(_ doc: inout MarkdownDocument) {
        doc.heading(2, t("doc.proposal.stages"))
        guard !session.stages.isEmpty else {
            doc.paragraph(t("doc.proposal.stages.none"))
            return
        }
        doc.paragraph(t("doc.proposal.stages.intro"))
        let charts = Charts(session: session, t: t, today: today)
        charts.drawStages(&doc)
        let spans = charts.stageSpans()
        for (index, stage) in session.stages.enumerated() {
            doc.heading(3, t("doc.stage.heading", ["number": String(index + 1), "name": stage.name]))
            if spans.indices.contains(index) {
                let span = spans[index]
                let status =
                    span.state == .done
                    ? t("doc.proposal.stage.passed", ["date": t.date(span.end ?? today)]) : t(charts.stateKey(span))
                doc.paragraph(t("doc.proposal.stage.status", ["status": status]))
            }
            if !stage.entry.isEmpty {
                doc.paragraph(.strong(t("doc.proposal.stage.entry")))
                doc.list(stage.entry.map { Inline(condition($0, met: stage.metOn($0))) })
            }
            if !stage.commitments.isEmpty {
                doc.paragraph(.strong(t("doc.proposal.stage.commitments")))
                doc.list(
                    stage.commitments.map {
                        Inline(
                            $0.partner == author?.id
                                ? t("doc.stage.commitment.me", ["text": $0.text])
                                : t(
                                    "doc.stage.commitment",
                                    ["partner": session.partnerName($0.partner), "text": $0.text]))
                    })
            }
            if !stage.deliverables.isEmpty {
                doc.paragraph(.strong(t("doc.proposal.stage.deliverables")))
                doc.list(stage.deliverables.map { Inline($0) })
            }
            let passed = spans.indices.contains(index) && spans[index].state == .done
            if let review = stage.review, !passed {
                doc.paragraph(
                    review < today
                        ? t("doc.proposal.stage.review.redate")
                        : t("doc.proposal.stage.review", ["date": t.date(review)]))
            }
            doc.paragraph(.strong(t("doc.proposal.stage.exits")))
            if stage.exits.isEmpty {
                doc.paragraph(.emphasis(t("doc.proposal.stage.noexit")))
            } else {
                doc.list(stage.exits.map { Inline($0) })
            }
        }
    }

    /// The shared rules of the working agreement, by topic. Money always has
    /// its part: when no rule says how it is shared, the proposal says it is
    /// still to agree, as it is what partnerships most often break on.
    func agreement(_ doc: inout MarkdownDocument) {
        let topics = RuleTopic.allCases.map { topic in (topic, session.rulesAbout(topic).filter(\.isShared)) }
        doc.heading(2, t("doc.proposal.agreement"))
        doc.paragraph(
            t(topics.contains { !$0.1.isEmpty } ? "doc.proposal.agreement.intro" : "doc.proposal.agreement.none"))
        for (topic, rules) in topics where !rules.isEmpty || topic == .money {
            doc.paragraph(.strong(t(topic.labelKey).sentenceCased))
            if rules.isEmpty {
                doc.paragraph(.emphasis(t("doc.proposal.agreement.money.open")))
            } else {
                doc.list(rules.map { Inline($0.text) })
            }
        }
    }

    /// A condition met says when, never a date still to agree.
    func condition(_ condition: Condition, met: Day? = nil) -> String {
        var details: [String] = []
        if !condition.measure.isEmpty { details.append(t("doc.measured", ["measure": condition.measure])) }
        if let met {
            details.append(t("doc.proposal.met", ["date": t.date(met)]))
        } else if let due = condition.due {
            details.append(by(due))
        }
        return condition.text + (details.isEmpty ? "" : " (" + details.joined(separator: t.separator) + ")")
    }
}
