/// The questions of a first meeting (`guide first`, about 45 minutes): the
/// context and vision, each partner's key expectations and commitments, the
/// needs and who covers the critical ones, the first stage with its entry and
/// exit, the risk zones with their ratings, and the money and decision rules.
/// Everything else waits for the whole path (`guide`).
extension QuestionID {
    public func isInFirstMeeting(_ session: Session) -> Bool {
        switch self {
        case .context: return true
        case .declared(_, let kind): return kind == .expectation || kind == .commitment
        case .needs, .stageNames, .zone: return true
        case .rate(let need, _): return session.needs.withID(need)?.critical ?? false
        case .stage(let stage, let part):
            return stage == session.stages.first?.id && (part == .entry || part == .exit)
        case .agreement(let topic): return topic == .money || topic == .decisions
        case .risk(_, let part): return part == .rate
        case .represents, .goals, .terms, .effort, .link, .tensions, .safeguard, .trait, .commit, .gate, .scan,
            .scanRisk,
            .health, .phase, .phaseVoice, .phaseNote, .followUp, .followUpAction, .anythingNew, .other:
            return false
        }
    }
}
