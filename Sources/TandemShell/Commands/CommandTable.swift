import TandemCore

/// All commands, in the order `help` lists them.
enum CommandTable {
    static let all: [Command] =
        SessionCommands.all + ContextCommands.all + GuideCommands.all + ExpectationCommands.all + MapCommands.all + StageCommands.all + RiskCommands.all
            + HealthCommands.all + PhaseCommands.all + ActionCommands.all + FollowUpCommands.all + ReportCommands.all + ShellCommands.all

    static func find(_ name: String) -> Command? {
        let lowered = name.lowercased()
        return all.first { $0.name == lowered }
    }

    static var names: [String] { all.map(\.name) }

    /// The nearest command name for a mistyped word, if one is close enough.
    static func suggestion(for word: String) -> String? {
        let typed = word.lowercased()
        if let byPrefix = names.first(where: { $0.hasPrefix(typed) }), typed.count >= 2 { return byPrefix }
        let scored = names.map { ($0, EditDistance.between(typed, $0)) }.min { $0.1 < $1.1 }
        guard let (name, distance) = scored, distance <= max(1, min(2, typed.count / 3)) else { return nil }
        return name
    }
}

/// Levenshtein distance, for "did you mean …?".
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var row = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            row[0] = i
            for j in 1...b.count {
                row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &row)
        }
        return previous[b.count]
    }
}
