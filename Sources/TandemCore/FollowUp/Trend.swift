/// Which way a number moved between a checkpoint and now, drawn ↑ ↓ →.
public enum Trend: Equatable, Sendable {
    case up, down, same

    public init(from: Int, to: Int) {
        self = to > from ? .up : to < from ? .down : .same
    }
}
