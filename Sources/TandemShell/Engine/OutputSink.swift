import TandemCore

/// How a piece of output should look on a colour terminal.
public enum Style: Sendable {
    case plain, heading, error, warning, success, dim, accent
    case band(Int)  // 0 low … 3 critical

    var ansi: String {
        switch self {
        case .plain: return ""
        case .heading: return "\u{1B}[1m"
        case .error: return "\u{1B}[31m"
        case .warning: return "\u{1B}[33m"
        case .success: return "\u{1B}[32m"
        case .dim: return "\u{1B}[2m"
        case .accent: return "\u{1B}[36m"
        case .band(let level):
            switch level {
            case ...0: return "\u{1B}[32m"
            case 1: return "\u{1B}[33m"
            case 2: return "\u{1B}[38;5;208m"
            default: return "\u{1B}[1;31m"
            }
        }
    }
}

public enum Stream: Sendable { case output, error }

/// Where the shell writes. Everything written is made inert first (control
/// characters shown, never sent raw), then coloured when colour is on.
public protocol OutputSink: AnyObject {
    func write(_ text: String, stream: Stream)
    func flush()
}

extension OutputSink {
    public func flush() {}
}

/// Collects output in memory, for tests and transcripts.
public final class CaptureSink: OutputSink {
    public private(set) var output = ""
    public private(set) var errors = ""
    /// Both streams in the order written.
    public private(set) var combined = ""

    public init() {}

    public func write(_ text: String, stream: Stream) {
        switch stream {
        case .output: output += text
        case .error: errors += text
        }
        combined += text
    }
}

/// Paints text for one sink, knowing whether colour is on.
struct Painter {
    var colorEnabled: Bool

    func paint(_ text: String, _ style: Style) -> String {
        let safe = text.inert
        guard colorEnabled, case let code = style.ansi, !code.isEmpty else { return safe }
        return code + safe + "\u{1B}[0m"
    }
}
