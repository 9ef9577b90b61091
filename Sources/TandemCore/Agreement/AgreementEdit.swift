/// Every edit of the working agreement, as a value: `rule add`, `rule
/// remove` and the guided step all change the rules through it.
public enum AgreementEdit: SessionChange, Equatable {
    case add(topic: RuleTopic, text: String)
    case remove(id: String)

    public func apply(to session: inout Session) throws(SessionError) -> String? {
        switch self {
        case .add(let topic, let text):
            return try session.addRule(topic, TextRule.line.check(text, field: "rule.text")).id
        case .remove(let id):
            return try session.removeRule(id).id
        }
    }

    public var wording: Phrase {
        switch self {
        case .add(let topic, let text):
            return Phrase("undo.rule.add", ["text": text.trimmingWhitespace], labels: ["topic": topic.labelKey])
        case .remove(let id):
            return Phrase("undo.rule.remove", ["id": id])
        }
    }
}
