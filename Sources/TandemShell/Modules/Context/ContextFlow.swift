import TandemCore

/// Context: purpose and shared vision, type, level, relationship, the partners and whom they represent.
enum ContextFlow {
    static let flow = GuideFlow(id: "context", questions: questions) { shell in shell.showStatus() }

    static func questions(_ session: Session) -> [GuideQuestion] {
        var list: [GuideQuestion] = [
            setting(.purpose) { $0.context.purpose },
            setting(.vision) { $0.context.vision },
            setting(.type, choices: PartnershipType.allCases.map(\.labelKey)) { $0.context.type?.labelKey },
            setting(.level, choices: PartnershipLevel.allCases.map(\.labelKey)) { $0.context.level?.labelKey },
            setting(.relationship, choices: Relationship.allCases.map(\.labelKey)) {
                $0.context.relationship?.labelKey
            },
            GuideQuestion(
                id: .context(.partners), key: "context.partners", repeats: true, none: .refused,
                current: { $0.partners.map(\.name).joined(separator: ", ") },
                apply: { shell, answer throws(ShellError) in
                    let parts = answer.split(separator: ",", maxSplits: 1).map { String($0).trimmingWhitespace }
                    try shell.addPartner(name: parts.first ?? "", role: parts.count > 1 ? parts[1] : "")
                }),
        ]
        for partner in session.partners {
            list.append(
                GuideQuestion(
                    id: .represents(partner: partner.id), key: "context.represents",
                    arguments: ["partner": partner.name], none: .refused,
                    current: { s in s.partners.withID(partner.id)?.represents }
                ) { shell, answer throws(ShellError) in
                    try shell.apply(ContextEdit.represents(partner: partner.id, text: answer))
                    let now = shell.partner(withID: partner.id)
                    shell.say(
                        "context.represents.done",
                        ["partner": now?.name ?? partner.name, "value": now?.represents ?? ""])
                })
        }
        return list
    }

    /// A question the `set` command answers too (`set level agir ensemble`):
    /// settled once the session holds a value (`QuestionID.isAnswered`), the answer read as `set` reads it.
    private static func setting(
        _ topic: QuestionID.ContextTopic, choices: [String] = [], _ value: @escaping @Sendable (Session) -> String?
    ) -> GuideQuestion {
        GuideQuestion(
            id: .context(topic), key: "context.\(topic.rawValue)", choices: choices, none: .refused, current: value,
            apply: { shell, answer throws(ShellError) in try shell.setContext(topic.rawValue, answer) })
    }
}
