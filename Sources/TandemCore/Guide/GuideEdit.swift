/// What the guide records about a question itself, beside the answers:
/// skipped (avoidance, a signal), or answered "none" (settled: no concern,
/// no risk in this zone, no rule on this topic yet).
public enum GuideEdit: SessionChange, Equatable {
    case skip(QuestionID, on: Day)
    case none(QuestionID, on: Day)

    public var wording: Phrase {
        switch self {
        case .skip(let question, _): return Phrase("undo.guide.skip", ["question": question.raw])
        case .none(let question, _): return Phrase("undo.guide.none", ["question": question.raw])
        }
    }

    public func apply(to session: inout Session) throws(SessionError) -> String? {
        switch self {
        case .skip(let question, let day): session.guide.skip(question, on: day)
        case .none(let question, let day): session.guide.answerNone(question, on: day)
        }
        return nil
    }
}
