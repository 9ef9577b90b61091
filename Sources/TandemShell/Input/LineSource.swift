/// What the shell gets when it asks for a line.
public enum LineEvent: Equatable, Sendable {
    case line(String)
    /// Ctrl-C: drop what was being typed (or the current guided question).
    case interrupt
    /// Ctrl-D on an empty line, or the end of a script.
    case end
    /// A script line that is not valid UTF-8 text.
    case undecodable
}

/// Where the shell's lines come from: libedit on a terminal, a script, or a test.
public protocol LineSource: AnyObject {
    /// Reads one line, showing `prompt` when the source is interactive.
    func readLine(prompt: String) -> LineEvent
    /// "FILE:LINE" of the line read last, for script error messages; nil when interactive.
    var location: String? { get }
    /// Called after a line was handled as a command (libedit adds it to history).
    func accepted(_ line: String)
}

extension LineSource {
    public func accepted(_ line: String) {}
}

/// Lines from a script file, piped input, `-c`, or a test.
public final class ScriptLineSource: LineSource {
    private let lines: [ArraySlice<UInt8>]
    private let name: String
    private var index = 0

    public init(bytes: [UInt8], name: String) {
        // A byte order mark some editors put first is not part of the first command.
        let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        var lines = text.split(separator: 0x0A, omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        self.lines = lines.map { $0.last == 0x0D ? $0.dropLast() : $0 }
        self.name = name
    }

    /// Lines given one by one (the commands of `-c`); a newline inside one stays in it.
    public init(lines: [String], name: String) {
        self.lines = lines.map { ArraySlice($0.utf8) }
        self.name = name
    }

    public convenience init(text: String, name: String) {
        self.init(bytes: Array(text.utf8), name: name)
    }

    public func readLine(prompt: String) -> LineEvent {
        guard index < lines.count else { return .end }
        index += 1
        guard let text = String(validating: lines[index - 1], as: UTF8.self) else { return .undecodable }
        return .line(text)
    }

    public var location: String? { "\(name):\(max(index, 1))" }
}
