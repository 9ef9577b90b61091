/// The guided questions skipped that still say something. The session keeps
/// every skip (avoidance is a signal, and the record is history), but a skip
/// whose subject is gone (a risk removed, a partner who left) or whose answer
/// was given since (goals written later, a date set by command) is no longer
/// a gap: views and documents leave it out.
public enum SkippedQuestions {
    /// Skips still open, with the day of each, in the natural order of their ids.
    public static func open(in session: Session) -> [(id: String, day: Day)] {
        session.guide.skipped.filter { isOpen($0.key, skippedOn: $0.value, in: session) }
            .sorted { RiskAnalysis.naturalOrder($0.key, $1.key) }
            .map { (id: $0.key, day: $0.value) }
    }

    /// Whether a question skipped on `day` is still unanswered and about something that exists.
    /// An id of a shape not known here stays open: better said than lost.
    public static func isOpen(_ id: String, skippedOn day: Day, in session: Session) -> Bool {
        let question = QuestionID(id)
        if case .other = question { return true }
        return question.isOpen(in: session, skippedOn: day)
    }
}
