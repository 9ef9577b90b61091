/// What a partner declares: what they expect, what interests them, what they
/// bring, what they commit to, what worries them.
public enum ExpectationKind: String, ValueWord {
    case expectation, interest, contribution, commitment, concern
    public static let labelPrefix = "value.kind"
}

/// One declared item, owned by a partner. Commitments are worth a date and a measure.
public struct Expectation: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var partner: String  // partner id
    public var kind: ExpectationKind
    public var text: String
    /// How the commitment will be checked (a number, a deliverable), empty when not said.
    public var measure: String
    public var due: Day?
    /// Ids of the contributions or commitments that answer this expectation.
    public var answeredBy: [String]
    /// The day a commitment was kept; a kept commitment is never late.
    public var kept: Day?
    /// What answers a concern: risk (r…), rule (g…) or commitment (e…) ids; absent when none is named.
    public var safeguards: [String]?
    /// The effort a contribution or commitment takes, as its partner states
    /// it, in hours per week (`Expectation.effortUnit`); nil when not said.
    public var effort: Int?

    /// Stated effort is in hours per week, 1 to 80 (two full-time people at most).
    public static let effortRange = 1...80
    /// Set only when it differs from the kind's default (`Visibility`); absent in older files.
    public var visibility: Visibility?
    /// True when the author wrote it about another partner, to be confirmed; absent otherwise.
    public var guess: Bool?

    public init(
        id: String, partner: String, kind: ExpectationKind, text: String, measure: String = "", due: Day? = nil,
        answeredBy: [String] = []
    ) {
        self.id = id
        self.partner = partner
        self.kind = kind
        self.text = text
        self.measure = measure
        self.due = due
        self.answeredBy = answeredBy
        kept = nil
        safeguards = nil
        effort = nil
        visibility = nil
        guess = nil
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        partner = try c.decode(String.self, forKey: .partner)
        kind = try c.decode(ExpectationKind.self, forKey: .kind)
        text = try c.decode(String.self, forKey: .text)
        measure = try c.value(.measure, or: "")
        due = try c.decodeIfPresent(Day.self, forKey: .due)
        answeredBy = try c.value(.answeredBy, or: [])
        kept = try c.decodeIfPresent(Day.self, forKey: .kept)
        safeguards = try c.decodeIfPresent([String].self, forKey: .safeguards)
        effort = try c.decodeIfPresent(Int.self, forKey: .effort)
        if let effort, !Self.effortRange.contains(effort) {
            throw DecodingError.dataCorruptedError(
                forKey: .effort, in: c, debugDescription: "expected 1 to 80 hours a week, found \(effort)")
        }
        visibility = try c.decodeIfPresent(Visibility.self, forKey: .visibility)
        guess = try c.decodeIfPresent(Bool.self, forKey: .guess)
    }
}
