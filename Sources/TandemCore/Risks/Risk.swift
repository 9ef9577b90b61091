/// The four risk zones of partnership coaching, plus anything else.
public enum RiskZone: String, ValueWord {
    /// A partner leaves or stops contributing.
    case defection
    /// Partners too close (friends, family) to say hard things.
    case distance
    /// Disagreement on the value given to each one's work.
    case value
    /// Disagreement on how results are evaluated.
    case evaluation
    case other
    public static let labelPrefix = "value.zone"
}

public enum RiskStatus: String, ValueWord {
    case open, watching, mitigated, closed
    public static let labelPrefix = "value.riskstatus"
}

/// Bands of likelihood × impact: 1–4 low, 5–9 medium, 10–15 high, 16–25 critical.
public enum RiskBand: Int, Comparable, CaseIterable, Sendable {
    case low, medium, high, critical

    public init(score: Int) {
        switch score {
        case ..<5: self = .low
        case 5...9: self = .medium
        case 10...15: self = .high
        default: self = .critical
        }
    }

    public static func < (a: RiskBand, b: RiskBand) -> Bool { a.rawValue < b.rawValue }
    public var labelKey: String {
        switch self {
        case .low: return "value.band.low"
        case .medium: return "value.band.medium"
        case .high: return "value.band.high"
        case .critical: return "value.band.critical"
        }
    }
}

public struct Risk: Codable, Equatable, Sendable, Identifiable {
    public static let scale = 1...5
    public var id: String
    public var zone: RiskZone
    public var text: String
    public var likelihood: Int?
    public var impact: Int?
    /// A partner id, or free text for someone outside.
    public var owner: String
    public var mitigation: String
    public var status: RiskStatus
    /// The reason of failure (from the quick scan) this risk came from, if any.
    public var reason: FailureReason?
    /// Set only when it differs from the default (`Visibility`); absent in older files.
    public var visibility: Visibility?

    public init(id: String, zone: RiskZone, text: String, reason: FailureReason? = nil) {
        self.id = id
        self.zone = zone
        self.text = text
        likelihood = nil
        impact = nil
        owner = ""
        mitigation = ""
        status = .open
        self.reason = reason
        visibility = nil
    }

    public var score: Int? {
        guard let likelihood, let impact else { return nil }
        return likelihood * impact
    }

    public var band: RiskBand? { score.map(RiskBand.init(score:)) }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        zone = try c.decode(RiskZone.self, forKey: .zone)
        text = try c.decode(String.self, forKey: .text)
        likelihood = try c.decodeIfPresent(Int.self, forKey: .likelihood)
        impact = try c.decodeIfPresent(Int.self, forKey: .impact)
        owner = try c.value(.owner, or: "")
        mitigation = try c.value(.mitigation, or: "")
        status = try c.value(.status, or: .open)
        reason = try c.decodeIfPresent(FailureReason.self, forKey: .reason)
        visibility = try c.decodeIfPresent(Visibility.self, forKey: .visibility)
        for (key, value) in [(CodingKeys.likelihood, likelihood), (.impact, impact)] {
            if let value, !Self.scale.contains(value) {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: c, debugDescription: "expected 1 to 5, found \(value)")
            }
        }
    }
}

/// The ten usual reasons a partnership fails (seed 002), scanned quickly.
public enum FailureReason: String, ValueWord {
    case noSharedVision = "no-shared-vision"
    case powerImbalance = "power-imbalance"
    case unclearGoal = "unclear-goal"
    case unclearRoles = "unclear-roles"
    case differentValues = "different-values"
    case notEnoughTime = "not-enough-time"
    case hiddenAgendas = "hidden-agendas"
    case poorCommunication = "poor-communication"
    case noEvaluation = "no-evaluation"
    case noLearning = "no-learning"
    public static let labelPrefix = "value.reason"

    /// The zone of seed 003 a risk found by this reason belongs to:
    /// - defection (a partner leaves or stops contributing): not enough time
    ///   or commitment, hidden agendas or competition;
    /// - value (disagreement on the value given to each one's work): power
    ///   badly shared, roles and responsibilities unclear (seed 001: an
    ///   imbalance leaves a partner unrecognised);
    /// - evaluation (disagreement on evaluating the results): no evaluation or
    ///   control, no clear goal (nothing agreed to measure the results against);
    /// - other: no shared vision, different values and ways of working (values
    ///   as beliefs, not the value of the work), poor communication, no
    ///   learning — none of the four zones; distance (friends too close to say
    ///   hard things) comes from the relationship, not from a reason of the scan.
    public var zone: RiskZone {
        switch self {
        case .noSharedVision, .differentValues, .poorCommunication, .noLearning: return .other
        case .powerImbalance, .unclearRoles: return .value
        case .notEnoughTime, .hiddenAgendas: return .defection
        case .noEvaluation, .unclearGoal: return .evaluation
        }
    }
}

/// The answer to one reason of the quick scan.
public enum ScanAnswer: String, ValueWord {
    case yes, no, unsure
    public static let labelPrefix = "value.scan"
}
