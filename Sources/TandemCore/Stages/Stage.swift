/// One step of the partnership (trial, pilot, joint offer, shared brand…),
/// entered on conditions and left by agreed exits, so every step stays win-win.
public struct Stage: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var entry: [Condition]
    /// What each partner commits to at this stage.
    public var commitments: [StageCommitment]
    public var deliverables: [String]
    public var review: Day?
    /// How a partner may leave at this stage, and what happens to clients, work, money and names.
    public var exits: [String]
    public var gates: [GateRecord]
    /// A gate under way, kept so a gate stopped half-way resumes where it was.
    public var draft: GateDraft?

    public init(id: String, name: String) {
        self.id = id
        self.name = name
        entry = []
        commitments = []
        deliverables = []
        review = nil
        exits = []
        gates = []
        draft = nil
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        entry = try c.value(.entry, or: [])
        commitments = try c.value(.commitments, or: [])
        deliverables = try c.value(.deliverables, or: [])
        review = try c.decodeIfPresent(Day.self, forKey: .review)
        exits = try c.value(.exits, or: [])
        gates = try c.value(.gates, or: [])
        draft = try c.decodeIfPresent(GateDraft.self, forKey: .draft)
    }
}

/// An entry condition; checkable when it has a measure or a date.
public struct Condition: Codable, Equatable, Sendable {
    public var text: String
    public var measure: String
    public var due: Day?

    public init(text: String, measure: String = "", due: Day? = nil) {
        self.text = text
        self.measure = measure
        self.due = due
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        measure = try c.value(.measure, or: "")
        due = try c.decodeIfPresent(Day.self, forKey: .due)
    }
}

public struct StageCommitment: Codable, Equatable, Sendable {
    public var partner: String
    public var text: String
}

/// How far an entry condition is met at a gate.
public enum ConditionStatus: String, ValueWord {
    case met, partly
    case notMet = "not-met"
    public static let labelPrefix = "value.condition"
}

/// What a gate concludes: go on to the stage, wait, change the conditions or
/// their dates together, go on at a smaller scope, or end the partnership
/// here. Ending is only ever chosen, never proposed from a count.
public enum GateVerdict: String, ValueWord {
    case advance, hold, renegotiate, rescale, end
    public static let labelPrefix = "value.verdict"

    /// Files written before renegotiate and rescale called an ending "exit".
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        if raw == "exit" {
            self = .end
            return
        }
        guard let verdict = GateVerdict(rawValue: raw) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Cannot initialize GateVerdict from invalid String value \(raw)")
        }
        self = verdict
    }
}

/// One pass through a stage's gate: each condition assessed, and the verdict, dated.
public struct GateRecord: Codable, Equatable, Sendable {
    public struct Assessment: Codable, Equatable, Sendable {
        public var condition: String
        public var status: ConditionStatus
        public var evidence: String

        public init(condition: String, status: ConditionStatus, evidence: String = "") {
            self.condition = condition
            self.status = status
            self.evidence = evidence
        }
    }

    public var date: Day
    public var assessments: [Assessment]
    public var verdict: GateVerdict
    public var note: String
    /// The smaller scope agreed when the verdict is rescale (absent otherwise).
    public var scope: String?
    /// What each partner leaves with when the verdict is end, by partner id (absent otherwise).
    public var exitTerms: [String: String]?

    public init(
        date: Day, assessments: [Assessment], verdict: GateVerdict, note: String = "", scope: String? = nil,
        exitTerms: [String: String]? = nil
    ) {
        self.date = date
        self.assessments = assessments
        self.verdict = verdict
        self.note = note
        self.scope = scope
        self.exitTerms = exitTerms
    }
}
