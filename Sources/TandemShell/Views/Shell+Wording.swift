import TandemCore

extension Shell {
    /// The catalogue in the shell's language, for the analysis sentences of `Findings`.
    var wording: Wording { Wording(catalog: configuration.catalog, language: language) }

    /// The colour of a finding; the sentence already says how serious it is.
    func style(_ tone: Finding.Tone) -> Style {
        switch tone {
        case .plain: return .plain
        case .good: return .success
        case .warning: return .warning
        case .quiet: return .dim
        case .severity(let level): return .band(level)
        }
    }
}
