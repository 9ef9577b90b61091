import TandemCore

/// The working agreement: how the partners will work together, topic by
/// topic (who decides, what happens on a disagreement, how they talk, money,
/// results, confidentiality, how long and how it ends, recognition). One rule
/// per answer; money and exits between friends or family are asked with more
/// weight (the other reasons a topic matters are said by the analysis).
enum AgreementFlow {
    static let flow = GuideFlow(id: "agreement", questions: questions) { shell in shell.showAgreement() }

    static func questions(_ session: Session) -> [GuideQuestion] {
        RuleTopic.allCases.map { topic in
            let close = AgreementAnalysis.reasons(for: topic, in: session).contains {
                if case .close = $0 { return true } else { return false }
            }
            return topicQuestion(topic, insistent: close)
        }
    }

    /// "How will you decide?" — one rule per answer, until an empty one.
    static func topicQuestion(_ topic: RuleTopic, insistent: Bool) -> GuideQuestion {
        GuideQuestion(
            id: .agreement(topic), key: "agreement.\(topic.rawValue)", repeats: true, none: .settles,
            insistent: insistent,
            current: { s in s.rulesAbout(topic).map(\.text).joined(separator: " · ") },
            apply: { shell, answer throws(ShellError) in
                let rule = try shell.apply(AgreementEdit.add(topic: topic, text: answer))
                shell.say("agreement.guide.added", ["id": rule.id], .dim)
            }
        )
    }
}
