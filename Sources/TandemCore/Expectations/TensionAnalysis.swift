/// Tensions still open and concerns nothing guards, as data the shell words.
public enum TensionAnalysis {
    /// Tensions not settled, or settled by a rule or commitment since removed, in the order recorded.
    public static func open(in session: Session) -> [Tension] {
        session.tensions.filter { !isSettled($0, in: session) }
    }

    public static func isSettled(_ tension: Tension, in session: Session) -> Bool {
        guard let by = tension.settledBy else { return false }
        return session.rules.hasID(by) || session.expectations.hasID(by)
    }

    /// Whether one safeguard really answers: a rule or commitment that
    /// exists, a risk with a mitigation written (or marked mitigated).
    public static func guards(_ id: String, in session: Session) -> Bool {
        if let risk = session.risks.withID(id) { return !risk.mitigation.isEmpty || risk.status == .mitigated }
        return session.rules.hasID(id) || session.expectations.hasID(id)
    }

    /// Concerns (of partners still in the session) that no safeguard answers, in the order declared.
    public static func unguarded(in session: Session) -> [Expectation] {
        ExpectationAnalysis.live(session).filter { item in
            item.kind == .concern && !(item.safeguards ?? []).contains { guards($0, in: session) }
        }
    }

    /// The concerns a rule on `topic` answers (they name one of its rules as a safeguard).
    public static func concerns(answeredBy topic: RuleTopic, in session: Session) -> [String] {
        let rules = Set(session.rulesAbout(topic).map(\.id))
        return ExpectationAnalysis.live(session).filter { item in
            item.kind == .concern && (item.safeguards ?? []).contains(where: rules.contains)
        }.map(\.id)
    }
}
