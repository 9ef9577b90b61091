/// The path a partnership's level calls for. Partners who only inform or
/// consult each other (Wilcox's first two levels) do no work together: the
/// questions about joint work — what each commits to a stage, a stage's
/// deliverables, the hours a commitment takes, how a deadlock is broken,
/// each one's strengths and weaknesses — are left out of their path, which
/// is then shorter. Every other level, or no level set, asks everything.
extension QuestionID {
    public func isInPath(at level: PartnershipLevel?) -> Bool {
        guard let level, Self.shortPathLevels.contains(level) else { return true }
        switch self {
        case .commit, .effort, .trait, .stage(_, .deliverables), .agreement(.deadlock): return false
        case .followUp(_, let inner): return inner.isInPath(at: level)
        default: return true
        }
    }

    /// The levels whose path leaves out the questions about joint work.
    public static let shortPathLevels: [PartnershipLevel] = [.inform, .consult]
}
