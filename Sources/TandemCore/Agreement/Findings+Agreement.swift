extension Findings {
    /// The working agreement: topics missing for this partnership and why,
    /// the risks its rules answer, the other topics not written yet.
    public static func agreement(_ session: Session, _ t: Wording) -> [Finding] {
        var sentences: [Finding] = []
        for finding in AgreementAnalysis.findings(in: session) {
            switch finding {
            case .noRules:
                sentences.append(Finding(t("agreement.finding.none")))
            case .missing(let topic, let reasons, let skipped):
                var text = t("agreement.finding.missing", ["topic": t(topic.labelKey)])
                if skipped { text += " " + t("agreement.finding.skipped") }
                for reason in reasons { text += " " + Self.why(reason, topic, t) }
                sentences.append(Finding(text, .warning))
            case .answers(let topic, let rules, let risks):
                let text = t(
                    "agreement.finding.answers",
                    ["topic": t(topic.labelKey), "rules": t.list(rules), "risks": t.list(risks)])
                sentences.append(Finding(text, .good))
            case .safeguards(let topic, let rules, let concerns):
                let text = t(
                    "agreement.finding.safeguards",
                    ["topic": t(topic.labelKey), "rules": t.list(rules), "concerns": t.list(concerns)])
                sentences.append(Finding(text, .good))
            case .notWritten(let topics):
                sentences.append(
                    Finding(t("agreement.finding.open", ["topics": t.list(topics.map { t($0.labelKey) })]), .quiet))
            case .complete:
                sentences.append(Finding(t("agreement.finding.complete"), .good))
            }
        }
        return sentences
    }

    /// One reason a missing topic matters here, as a sentence.
    private static func why(_ reason: AgreementReason, _ topic: RuleTopic, _ t: Wording) -> String {
        switch reason {
        case .close(let relationship):
            return t("agreement.why.close.\(topic.rawValue)", ["relationship": t(relationship.labelKey)])
        case .type(let type): return t("agreement.why.type.\(topic.rawValue)", ["type": t(type.labelKey)])
        case .level(let level): return t("agreement.why.level.\(topic.rawValue)", ["level": t(level.labelKey)])
        case .risks(let ids): return t("agreement.why.risks", ["risks": t.list(ids)])
        }
    }
}
