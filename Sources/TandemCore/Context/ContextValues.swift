/// A closed set of value words with stable English ids (used in scripts and
/// in the JSON) and labels from the prompt catalogue.
public protocol ValueWord: RawRepresentable, CaseIterable, Codable, Hashable, Sendable
where RawValue == String {
    /// Prompt-key prefix of the labels, e.g. `value.type` gives `value.type.commercial`.
    static var labelPrefix: String { get }
}

extension ValueWord {
    public var labelKey: String { "\(Self.labelPrefix).\(rawValue)" }
}

/// The kinds of partnership (seed 000).
public enum PartnershipType: String, ValueWord {
    case commercial, industrial, technological, network, grouping, other
    public static let labelPrefix = "value.type"
}

/// Levels of partnership, from the least to the most engaged (seed 002).
public enum PartnershipLevel: String, ValueWord {
    case inform, consult, decide, act, support
    public static let labelPrefix = "value.level"
}

/// How close the partners already are; friends and family need more distance.
public enum Relationship: String, ValueWord {
    case distant, acquaintances, friends, family
    public static let labelPrefix = "value.relationship"
}
