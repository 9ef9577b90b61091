/// One sentence of an analysis, with how much it calls for attention; the
/// shell turns the tone into colour, a document into nothing at all.
public struct Finding: Equatable, Sendable {
    public enum Tone: Equatable, Sendable {
        case plain
        /// Something that holds.
        case good
        case warning
        /// A detail, shown dimmed.
        case quiet
        /// A risk band or severity, 0 (low) to 3 (critical).
        case severity(Int)
    }

    public var text: String
    public var tone: Tone

    public init(_ text: String, _ tone: Tone = .plain) {
        self.text = text
        self.tone = tone
    }
}

/// The wording of each module's analysis, shared by the shell's views and
/// the exported report: pure functions from a session to sentences.
public enum Findings {}
