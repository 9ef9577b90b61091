/// What a rule of the working agreement settles: how the partners will work
/// together (seeds 002 and 003: roles, governance, decisions, exits).
public enum RuleTopic: String, ValueWord {
    /// Who decides what, and how: consent, majority, a lead partner.
    case decisions
    /// What happens when the partners disagree: escalation, mediation.
    case deadlock
    /// Cadence, channels, who speaks to clients.
    case communication
    /// How contributions are valued, revenue and costs shared, who invoices, unpaid time.
    case money
    /// Who owns what is made together, use of names and brands, publication.
    case results
    /// What stays between the partners, what is shared.
    case confidentiality
    /// The term, how the agreement is changed, how it ends.
    case duration
    /// How contributions are acknowledged, what and when to celebrate.
    case recognition
    public static let labelPrefix = "value.topic"
}

/// One rule of the working agreement, as the partners wrote it.
public struct Rule: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var topic: RuleTopic
    public var text: String
    /// Set only when it differs from the default (`Visibility`); absent in older files.
    public var visibility: Visibility?

    public init(id: String, topic: RuleTopic, text: String) {
        self.id = id
        self.topic = topic
        self.text = text
        visibility = nil
    }
}
