/// The 0–3 scale of how well a partner covers a need, with words a coach can
/// type instead of the digit (`solid`, `solide`).
public enum Coverage: String, ValueWord {
    case none, basic, solid, lead
    public static let labelPrefix = "value.coverage"

    public init?(score: Int) {
        switch score {
        case 0: self = .none
        case 1: self = .basic
        case 2: self = .solid
        case 3: self = .lead
        default: return nil
        }
    }

    public var score: Int {
        switch self {
        case .none: return 0
        case .basic: return 1
        case .solid: return 2
        case .lead: return 3
        }
    }

    /// Solid or lead: the partner could carry the need on their own.
    public static let covering = 2
}
