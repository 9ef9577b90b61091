import TandemCore

/// All commands, in the order `help` lists them.
enum CommandTable {
    static let all: [Command] =
        SessionCommands.all + GuideCommands.all + Module.allCases.flatMap(\.commands) + FollowUpCommands.all
        + ReportCommands.all + VisibilityCommands.all + ShowCommands.all + ConflictCommands.all + ShellCommands.all

    private static let byName: [String: Command] = Dictionary(
        all.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

    static func find(_ name: String) -> Command? {
        byName[name] ?? byName[name.lowercased()]
    }

    static var names: [String] { all.map(\.name) }

    /// The nearest command name for a mistyped word, if one is close enough.
    static func suggestion(for word: String, _ vocabulary: Vocabulary) -> String? {
        guard word.count <= 40 else { return nil }  // a pasted paragraph is no typo
        let typed = word.lowercased()
        if let byPrefix = names.first(where: { $0.hasPrefix(typed) }), typed.count >= 2 { return byPrefix }
        let aliases = vocabulary.commandAliases
        let scored = (names.map { ($0, $0) } + aliases.map { ($0.key, $0.value) })
            .map { ($0.1, EditDistance.between(typed.folded, $0.0)) }.min { $0.1 < $1.1 }
        guard let (name, distance) = scored, distance <= max(1, min(2, typed.count / 3)) else { return nil }
        return name
    }
}

/// Edit distance with transpositions, for "did you mean …?".
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        // Optimal string alignment: a swap of two neighbours ("hepl") costs one, like a typo does.
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
