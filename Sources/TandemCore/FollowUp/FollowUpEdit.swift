/// Every edit of the follow-up record, as a value: checkpoints, the review
/// dates and the follow-up under way change only through it. A label is
/// checked by the core's text rule.
public enum FollowUpEdit: SessionChange, Equatable {
    /// Freezes every module as it is on `day`; the label may be empty, and no
    /// two checkpoints share one.
    case checkpoint(label: String, on: Day)
    /// The date of the next check-in or formal review.
    case review(ReviewKind, on: Day)
    /// Starts a follow-up on `day` (its agenda fixed, its checkpoint id
    /// reserved); one already under way is kept as it is.
    case start(on: Day)
    /// Ends the follow-up under way with its checkpoint, labelled `label`.
    case finish(label: String, on: Day)
    /// Drops the follow-up under way and its answers.
    case discard
    /// Says a partner is not at the meeting: the health check skips them.
    case absent(partner: String)

    /// Returns the id of the checkpoint made (or reserved, for `start`).
    public func apply(to session: inout Session) throws(SessionError) -> String? {
        switch self {
        case .checkpoint(let label, let day):
            return try session.addCheckpoint(label: label, on: day).id
        case .review(let kind, let day):
            session.planReview(kind, on: day)
            return nil
        case .start(let day):
            return session.startFollowUp(on: day).checkpoint
        case .finish(let label, let day):
            return try session.finishFollowUp(label: label, on: day).id
        case .discard:
            session.discardFollowUp()
            return nil
        case .absent(let partner):
            try session.markAbsent(partner)
            return nil
        }
    }

    public var wording: Phrase {
        switch self {
        case .checkpoint(let label, _):
            let label = ActionEdit.short(label)
            return label.isEmpty
                ? Phrase("undo.followup.checkpoint.unlabelled") : Phrase("undo.followup.checkpoint", ["label": label])
        case .review(let kind, let day):
            return Phrase("undo.followup.review.\(kind.rawValue)", ["date": day.description])
        case .start(let day):
            return Phrase("undo.followup.start", ["date": day.description])
        case .finish(let label, _):
            return Phrase("undo.followup.finish", ["label": ActionEdit.short(label)])
        case .discard:
            return Phrase("undo.followup.discard")
        case .absent(let partner):
            return Phrase("undo.followup.absent", ["partner": partner])
        }
    }
}
