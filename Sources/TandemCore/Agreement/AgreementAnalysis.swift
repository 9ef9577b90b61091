/// Why a topic of the working agreement matters more for this partnership.
public enum AgreementReason: Equatable, Sendable {
    /// The partners are friends or family: money and exits are best written while all is well.
    case close(Relationship)
    /// The kind of partnership: results for technological ones, who invoices for commercial ones.
    case type(PartnershipType)
    /// Deciding or acting together: who decides, and what happens on a disagreement.
    case level(PartnershipLevel)
    /// Open risks (by id) that a rule on the topic would answer.
    case risks([String])
}

/// Something worth saying about the working agreement; the shell words it.
public enum AgreementFinding: Equatable, Sendable {
    /// No rule written yet.
    case noRules
    /// A topic with no rule that this partnership needs (`skipped` when its guided question was skipped).
    case missing(RuleTopic, reasons: [AgreementReason], skipped: Bool)
    /// Rules on a topic that answer open risks: the rule ids and the risk ids.
    case answers(RuleTopic, rules: [String], risks: [String])
    /// Rules on a topic that concerns name as their safeguard: the rule ids and the concern ids.
    case safeguards(RuleTopic, rules: [String], concerns: [String])
    /// The other topics without a rule, in the method's order.
    case notWritten([RuleTopic])
    /// Every topic has at least one rule.
    case complete
}

/// The working agreement read as a coach would: which rules are missing for
/// this partnership (its relationship, type and level, its open risks), and
/// which risks the rules already written answer. Pure: the shell words it.
public enum AgreementAnalysis {
    /// The topics a rule on `topic` would matter more for, given the context, and why.
    public static func reasons(for topic: RuleTopic, in session: Session) -> [AgreementReason] {
        let context = session.context
        var reasons: [AgreementReason] = []
        switch topic {
        case .money, .duration:
            if let relationship = context.relationship, relationship == .friends || relationship == .family {
                reasons.append(.close(relationship))
            }
        case .decisions, .deadlock, .communication, .results, .confidentiality, .recognition:
            break
        }
        if let type = context.type {
            switch (type, topic) {
            case (.technological, .results), (.commercial, .money): reasons.append(.type(type))
            default: break
            }
        }
        if let level = context.level, level == .decide || level == .act, topic == .decisions || topic == .deadlock {
            reasons.append(.level(level))
        }
        let risks = answeredRisks(topic, in: session)
        if !risks.isEmpty { reasons.append(.risks(risks)) }
        return reasons
    }

    /// The topics whose rules answer a risk: by the risk's reason of failure, and by its zone.
    public static func topics(answering risk: Risk) -> [RuleTopic] {
        var topics: [RuleTopic] = []
        switch risk.zone {
        case .value: topics.append(.money)
        case .evaluation: topics.append(.results)
        case .defection: topics.append(.duration)
        case .distance: topics.append(.deadlock)
        case .other: break
        }
        switch risk.reason {
        case .powerImbalance?, .unclearRoles?: topics.append(.decisions)
        case .poorCommunication?: topics.append(.communication)
        case .hiddenAgendas?: topics.append(.confidentiality)
        case .noEvaluation?: topics.append(.results)
        case .noSharedVision?, .unclearGoal?, .differentValues?, .notEnoughTime?, .noLearning?, nil: break
        }
        return topics.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }

    /// Ids of the open risks (not closed) that a rule on `topic` would answer.
    static func answeredRisks(_ topic: RuleTopic, in session: Session) -> [String] {
        session.risks.filter { $0.status != .closed && topics(answering: $0).contains(topic) }.map(\.id)
    }

    /// Findings in the order of the view: what is missing for this partnership, what the rules answer, the rest.
    public static func findings(in session: Session) -> [AgreementFinding] {
        var findings: [AgreementFinding] = []
        if session.rules.isEmpty { findings.append(.noRules) }
        var others: [RuleTopic] = []
        var answering: [AgreementFinding] = []
        for topic in RuleTopic.allCases {
            let rules = session.rulesAbout(topic).map(\.id)
            if rules.isEmpty {
                let reasons = reasons(for: topic, in: session)
                let skipped = session.guide.wasSkipped(.agreement(topic))
                if reasons.isEmpty && !skipped {
                    others.append(topic)
                } else {
                    findings.append(.missing(topic, reasons: reasons, skipped: skipped))
                }
            } else {
                let risks = answeredRisks(topic, in: session)
                if !risks.isEmpty { answering.append(.answers(topic, rules: rules, risks: risks)) }
                let concerns = TensionAnalysis.concerns(answeredBy: topic, in: session)
                if !concerns.isEmpty { answering.append(.safeguards(topic, rules: rules, concerns: concerns)) }
            }
        }
        findings += answering
        if others.isEmpty {
            if !findings.contains(where: { if case .missing = $0 { return true } else { return false } }) {
                findings.append(.complete)
            }
        } else if !session.rules.isEmpty {
            findings.append(.notWritten(others))
        }
        return findings
    }
}
