import TandemCore

/// agreement (guided, or `agreement show`) and rule (direct edits).
enum AgreementCommands {
    /// A rule by its id (`g3`, or `3`): always one word.
    static let rule = Slot("id", .reference(.rule), spansWords: false)
    static let topic = Slot("rule.topic", .value(ValueSet(RuleTopic.self)), spansWords: false)

    static let all: [Command] = [
        Command(
            "agreement", group: .modules,
            [
                Verb { shell, _ throws(ShellError) in
                    guard let flow = GuideFlows.find("agreement") else { throw .usage("agreement") }
                    try shell.runGuide([flow], wholePath: false)
                },
                Verb("show") { shell, _ throws(ShellError) in shell.showAgreement() },
            ]),
        Command(
            "rule", group: .modules,
            [
                Verb("add", [topic, .text()]) { shell, args throws(ShellError) in
                    guard let topic = args.value(RuleTopic.self, topic.name) else { throw .usage("rule add") }
                    let rule = try shell.apply(AgreementEdit.add(topic: topic, text: args.text()))
                    shell.say("rule.added", ["id": rule.id, "topic": shell.t(topic.labelKey)], .success)
                },
                Verb("remove", [rule]) { shell, args throws(ShellError) in
                    let rule = try shell.ruleNow(args.id("id"))
                    try shell.apply(AgreementEdit.remove(id: rule.id))
                    shell.say("rule.removed", ["id": rule.id, "text": rule.text])
                },
            ]),
    ]
}

extension Shell {
    /// Applies an edit of the agreement; returns the rule it made or changed, as it now stands.
    @discardableResult
    func apply(_ edit: AgreementEdit) throws(ShellError) -> Rule {
        let change: any SessionChange = edit
        let id = try apply(change) ?? ""
        return current?.session.rules.first { $0.id == id } ?? Rule(id: id, topic: .decisions, text: "")
    }

    /// The rule a reference names in the open session.
    func ruleNow(_ reference: String) throws(ShellError) -> Rule {
        let session = try requireSession().session
        do {
            return try session.rule(reference)
        } catch {
            throw .session(error)
        }
    }
}
