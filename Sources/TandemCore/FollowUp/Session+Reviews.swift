extension Session {
    /// How many of the highest-scored open risks a follow-up re-rates.
    public static let followUpRisks = 5

    /// Sets the date of the next check-in or formal review.
    public mutating func planReview(_ kind: ReviewKind, on day: Day) {
        switch kind {
        case .checkin: reviews.checkin = day
        case .formal: reviews.formal = day
        }
    }

    /// The reasons of failure whose scan answer is older than the last
    /// checkpoint (or of a day the file does not know): a follow-up asks them
    /// again. None before a first checkpoint.
    public func scanToConfirm() -> [FailureReason] {
        guard let last = latestCheckpoint?.date else { return [] }
        return FailureReason.allCases.filter { reason in
            guard self.failureScan[reason.rawValue] != nil else { return false }
            return scanDay(reason).map { $0 < last } ?? true
        }
    }

    /// The follow-up under way, or a new one: its checkpoint id reserved, and
    /// its agenda fixed from the session as it is on `day` — open actions late
    /// or due within a week, and the highest-scored risks still open or watched.
    @discardableResult
    public mutating func startFollowUp(on day: Day) -> FollowUpDraft {
        if let draft = reviews.underway { return draft }
        let actions = ActionAnalysis(self, today: day)
        let due = actions.open.filter { action in
            guard let date = action.due else { return false }
            return date.ordinal - day.ordinal <= ActionAnalysis.soonDays
        }
        let live = RiskAnalysis.sorted(self.risks).filter { risk in
            guard risk.score != nil else { return false }
            switch risk.status {
            case .open, .watching: return true
            case .mitigated, .closed: return false
            }
        }
        let draft = FollowUpDraft(
            checkpoint: nextID(.checkpoint), started: day, actions: due.map(\.id),
            risks: live.prefix(Self.followUpRisks).map(\.id), phase: currentPhase?.phase,
            scan: scanToConfirm())
        reviews.underway = draft
        return draft
    }

    /// Ends the follow-up under way with its checkpoint and its minutes, and
    /// moves the next check-in on (`CheckinProposal`: sooner in a crisis). The answers of the follow-up are dropped from
    /// the guide record (the checkpoint keeps their result); skips stay, as signals.
    @discardableResult
    public mutating func finishFollowUp(label: String, on day: Day) throws(SessionError) -> Checkpoint {
        let draft = reviews.underway ?? startFollowUp(on: day)
        let proposal = CheckinProposal(for: self, today: day)
        let minutes = FollowUpMinutes(
            baseline: latestCheckpoint?.id, started: draft.started, absent: draft.absent, checkin: proposal.date,
            reason: proposal.reason, formal: reviews.formal)
        let checkpoint = Checkpoint(
            id: draft.checkpoint, label: try Self.cleanCheckpointLabel(label), date: day, state: state.frozen,
            notes: notes.count, minutes: minutes)
        checkpoints.append(checkpoint)
        reviews.checkin = proposal.date
        reviews.underway = nil
        guide.forgetAnswers(prefixed: draft.prefix)
        return checkpoint
    }

    /// Drops the follow-up under way and its answers, so `followup` starts afresh.
    /// Its reserved checkpoint id is not handed out again.
    public mutating func discardFollowUp() {
        guard let draft = reviews.underway else { return }
        guide.forgetAnswers(prefixed: draft.prefix)
        reviews.underway = nil
    }

    /// Stages whose review date has come (today included) with no gate held
    /// on or after it: their gate is due.
    public func gatesDue(today: Day) -> [Stage] {
        self.stages.filter { stage in
            guard let review = stage.review, review <= today else { return false }
            return !stage.gates.contains { $0.date >= review }
        }
    }

    /// Marks a partner absent from the follow-up under way (by name or id);
    /// without one there is nobody to be absent from, and nothing changes.
    public mutating func markAbsent(_ reference: String) throws(SessionError) {
        let partner = try partner(reference)
        guard var draft = reviews.underway else { return }
        if !draft.absent.contains(partner.id) { draft.absent.append(partner.id) }
        reviews.underway = draft
    }
}
