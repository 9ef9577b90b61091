/// The sensitive subjects partners tend to step around; a skipped question
/// on one of them is an avoidance signal the risk review brings back.
public enum AvoidanceTopic: String, CaseIterable, Sendable {
    /// Money and the value given to each one's work.
    case money
    /// How a partner leaves, and defection.
    case exits
    /// How results and conditions are checked.
    case evaluation
    /// Partners too close to say hard things.
    case distance

    /// The topic of a guided question, read from its id (`stages.s1.exit`,
    /// `expectations.p1.contribution`, `gate.s2.1.3`), or nil for the others.
    public static func of(_ questionID: String) -> AvoidanceTopic? {
        QuestionID(questionID).avoidanceTopic
    }

    /// The topic of an id of a shape not known to `QuestionID`, by its words.
    static func byWords(_ questionID: String) -> AvoidanceTopic? {
        let parts = questionID.lowercased().split(separator: ".").map(String.init)
        guard let module = parts.first else { return nil }
        let words = Set(parts.dropFirst())
        if !words.isDisjoint(with: ["exit", "exits", "defection"]) { return .exits }
        if !words.isDisjoint(with: ["distance", "relationship"]) { return .distance }
        if !words.isDisjoint(with: [
            "value", "money", "price", "fee", "fees", "pay", "revenue", "split", "commit", "power-imbalance",
        ]) {
            return .money
        }
        if module == "expectations", !words.isDisjoint(with: ["contribution", "commitment"]) { return .money }
        if module == "gate" || module == "health" { return .evaluation }
        if !words.isDisjoint(with: ["evaluation", "no-evaluation", "entry", "review", "measure"]) {
            return .evaluation
        }
        return nil
    }

    /// Skipped questions grouped by topic, each list in id order; topics without skips left out.
    public static func skipped(in record: GuideRecord) -> [(topic: AvoidanceTopic, questions: [String])] {
        var byTopic: [AvoidanceTopic: [String]] = [:]
        for id in record.skipped.keys {
            if let topic = of(id) { byTopic[topic, default: []].append(id) }
        }
        return allCases.compactMap { topic in
            byTopic[topic].map { (topic, $0.sorted(by: RiskAnalysis.naturalOrder)) }
        }
    }
}
