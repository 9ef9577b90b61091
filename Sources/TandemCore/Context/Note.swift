import FoundationEssentials

/// A free remark the coach keeps with the session.
public struct Note: Codable, Equatable, Sendable {
    public var text: String
    public var date: Date
}
