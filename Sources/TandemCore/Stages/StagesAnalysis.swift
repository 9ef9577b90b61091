/// Something worth saying about the stages; the shell words it.
public enum StageFinding: Equatable, Sendable {
    /// No stage yet: the partnership has no step-by-step path.
    case noStages
    /// Only a name so far: no entry condition, no commitment, no deliverable,
    /// no exit option, no review date (said once instead of several findings).
    case unplanned(stage: String)
    /// A stage anyone can enter: nothing says when it starts.
    case noEntry(stage: String)
    /// A stage with no agreed way out: leaving will be improvised, rarely win-win.
    case noExit(stage: String)
    case noReview(stage: String)
    /// Entry conditions (1-based numbers) with neither a measure nor a date: nobody could check them.
    case uncheckable(stage: String, conditions: [Int])
    /// The review date has passed and no gate was held since.
    case reviewPast(stage: String, review: Day)
    /// The review comes before conditions (1-based numbers) are due: the
    /// gate would judge them before anyone could meet them.
    case reviewBeforeDue(stage: String, review: Day, conditions: [Int], due: Day)
    /// Some partners commit to something at this stage, these partners to nothing.
    case noCommitment(stage: String, partners: [String])
    /// Nobody commits to anything at this stage: nothing says who brings what.
    case nobodyCommits(stage: String)
    /// The last gate did not say advance: hold, renegotiate, rescale or end, on that day.
    case lastGate(stage: String, verdict: GateVerdict, date: Day)
    /// A gate was started and not concluded.
    case gateUnderway(stage: String)
}

/// Checks of the staged entries and exits. Pure: the shell words the findings.
public enum StagesAnalysis {
    public static func findings(in session: Session, today: Day) -> [StageFinding] {
        guard !session.stages.isEmpty else { return [.noStages] }
        var findings: [StageFinding] = []
        for stage in session.stages {
            findings += self.findings(for: stage, partners: session.partners.map(\.id), today: today)
        }
        return findings
    }

    /// The findings of one stage, in the order a coach would fix them.
    public static func findings(for stage: Stage, partners: [String], today: Day) -> [StageFinding] {
        var findings: [StageFinding] = []
        let unplanned =
            stage.entry.isEmpty && stage.exits.isEmpty && stage.review == nil && stage.commitments.isEmpty
            && stage.deliverables.isEmpty
        if unplanned {
            findings.append(.unplanned(stage: stage.id))
        } else {
            findings += gaps(of: stage, today: today)
            let committed = Set(stage.commitments.map(\.partner))
            let silent = partners.filter { !committed.contains($0) }
            if committed.isEmpty, !partners.isEmpty {
                findings.append(.nobodyCommits(stage: stage.id))
            } else if !committed.isEmpty, !silent.isEmpty {
                findings.append(.noCommitment(stage: stage.id, partners: silent))
            }
        }
        if stage.draft != nil { findings.append(.gateUnderway(stage: stage.id)) }
        if let last = stage.gates.last {
            switch last.verdict {
            case .advance: break
            case .hold, .renegotiate, .rescale, .end:
                findings.append(.lastGate(stage: stage.id, verdict: last.verdict, date: last.date))
            }
        }
        return findings
    }

    /// What is missing or stale in a stage that has been at least partly planned.
    static func gaps(of stage: Stage, today: Day) -> [StageFinding] {
        var findings: [StageFinding] = []
        if stage.entry.isEmpty { findings.append(.noEntry(stage: stage.id)) }
        let uncheckable = stage.entry.indices.filter { !stage.entry[$0].isCheckable }.map { $0 + 1 }
        if !uncheckable.isEmpty { findings.append(.uncheckable(stage: stage.id, conditions: uncheckable)) }
        if stage.exits.isEmpty { findings.append(.noExit(stage: stage.id)) }
        if let review = stage.review {
            let reviewed = stage.gates.contains { $0.date >= review }
            if review < today, !reviewed { findings.append(.reviewPast(stage: stage.id, review: review)) }
            let late = stage.entry.indices.filter { index in stage.entry[index].due.map { $0 > review } ?? false }
            if let due = late.compactMap({ stage.entry[$0].due }).max(), stage.gates.allSatisfy({ $0.date < review }) {
                findings.append(
                    .reviewBeforeDue(stage: stage.id, review: review, conditions: late.map { $0 + 1 }, due: due))
            }
        } else {
            findings.append(.noReview(stage: stage.id))
        }
        return findings
    }
}
