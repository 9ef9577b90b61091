import TandemCore

/// map: the guided complementarity map (no arguments), its view and direct edits.
enum MapCommands {
    static let subcommands = ["show", "need", "rate", "strength", "weakness"]
    static let needSubcommands = ["add", "remove", "critical"]

    static let all: [Command] = [
        Command(
            "map", group: .modules, subcommands: subcommands, needsSession: true,
            complete: { shell, args in complete(shell, args) }
        ) { shell, args throws(ShellError) in
            guard let sub = args.first?.lowercased() else {
                guard let flow = GuideFlows.find("map") else { throw .usage("map") }
                try shell.runGuide([flow], wholePath: false)
                return
            }
            try run(shell, sub, Array(args.dropFirst()))
        }
    ]

    private static func run(_ shell: Shell, _ sub: String, _ rest: [String]) throws(ShellError) {
        switch sub {
        case "show":
            guard rest.isEmpty else { throw .usage("map") }
            shell.showMap()
        case "need":
            guard let action = rest.first?.lowercased(), rest.count >= 2 else { throw .usage("map") }
            let words = Array(rest.dropFirst())
            switch action {
            case "add":
                let critical = words.count > 1 && shell.isCriticalWord(words[words.count - 1])
                try shell.addNeed((critical ? words.dropLast() : words[...]).joined(separator: " "), critical: critical)
            case "remove":
                try shell.removeNeed(words.joined(separator: " "))
            case "critical":
                guard words.count >= 2, let flag = shell.yesNo(words[words.count - 1]) else { throw .usage("map") }
                try shell.setNeedCritical(words.dropLast().joined(separator: " "), flag)
            default:
                throw .usage("map")
            }
        case "rate":
            guard rest.count >= 3 else { throw .usage("map") }
            try shell.rateFromWords(rest)
        case "strength", "weakness":
            guard rest.count >= 2 else { throw .usage("map") }
            try shell.addTrait(
                rest[0], sub == "strength" ? .strength : .weakness, rest.dropFirst().joined(separator: " "))
        default:
            throw .usage("map")
        }
    }

    /// Next-word candidates: sub-commands, then partners, needs, scores, yes/no.
    private static func complete(_ shell: Shell, _ args: [String]) -> [String] {
        guard let sub = args.first?.lowercased() else { return subcommands }
        switch (sub, args.count) {
        case ("need", 1): return needSubcommands
        case ("need", 2) where ["remove", "critical"].contains(args[1].lowercased()): return shell.mapNeedNames()
        case ("need", 3) where args[1].lowercased() == "add": return [shell.t("map.word.critical")]
        case ("need", 3) where args[1].lowercased() == "critical":
            return [shell.t("map.word.yes"), shell.t("map.word.no")]
        case ("rate", 1), ("strength", 1), ("weakness", 1): return shell.partnerNames()
        case ("rate", 2): return shell.mapNeedNames()
        case ("rate", 3): return ["0", "1", "2", "3"]
        default: return []
        }
    }
}

extension Shell {
    func mapNeedNames() -> [String] {
        current?.session.needs.map(\.name) ?? []
    }

    /// "critical" in English or in the shell's labels of either language.
    func isCriticalWord(_ word: String) -> Bool {
        matchesWord(word, key: "map.word.critical", english: "critical")
    }

    /// yes/no in English or French; nil for anything else.
    func yesNo(_ word: String) -> Bool? {
        if matchesWord(word, key: "map.word.yes", english: "yes") { return true }
        if matchesWord(word, key: "map.word.no", english: "no") { return false }
        return nil
    }

    private func matchesWord(_ word: String, key: String, english: String) -> Bool {
        let typed = word.folded
        return typed == english || Language.allCases.contains { configuration.catalog.text(key, $0).folded == typed }
    }

    /// A 0–3 score as a digit or a coverage word (`solid`, `solide`); a comma
    /// typed after it ("1, rarely writes") is not part of it.
    func parseCoverage(_ typed: String) throws(ShellError) -> Int {
        var cut = Substring(typed)
        while let last = cut.last, ",;:".contains(last) { cut.removeLast() }
        let raw = String(cut)
        if let number = Int(raw) {
            guard Rating.range.contains(number) else {
                throw .session(.outOfRange(field: "coverage", value: raw, range: Rating.range))
            }
            return number
        }
        let typed = raw.folded
        for value in Coverage.allCases
        where typed == value.rawValue
            || Language.allCases.contains(where: { configuration.catalog.text(value.labelKey, $0).folded == typed })
        {
            return value.score
        }
        throw .session(.outOfRange(field: "coverage", value: raw, range: Rating.range))
    }

    func addNeed(_ rawName: String, critical: Bool) throws(ShellError) {
        let need = try change("map need add \(rawName)" + (critical ? " critical" : "")) {
            (s: inout Session) throws(SessionError) in
            try s.addNeed(name: rawName, critical: critical)
        }
        say(need.critical ? "map.need.added.critical" : "map.need.added", ["id": need.id, "name": need.name], .success)
    }

    func removeNeed(_ reference: String) throws(ShellError) {
        let count = current?.session.ratings.count ?? 0
        let need = try change("map need remove \(reference)") { (s: inout Session) throws(SessionError) in
            try s.removeNeed(reference)
        }
        let removed = count - (current?.session.ratings.count ?? 0)
        say("map.need.removed", ["id": need.id, "name": need.name, "count": String(removed)])
    }

    func setNeedCritical(_ reference: String, _ critical: Bool) throws(ShellError) {
        let need = try change("map need critical \(reference) \(critical)") { (s: inout Session) throws(SessionError) in
            try s.setCritical(reference, critical)
        }
        say(critical ? "map.need.critical.on" : "map.need.critical.off", ["name": need.name])
    }

    /// `PARTNER NEED… SCORE [NOTE…]`: the need may span several unquoted words;
    /// the first split where the words name a need and the next one is a score wins.
    func rateFromWords(_ words: [String]) throws(ShellError) {
        let partner = words[0]
        if let session = current?.session {
            for split in 2..<words.count {
                let needName = words[1..<split].joined(separator: " ")
                guard (try? session.need(needName)) != nil, let score = try? parseCoverage(words[split]) else {
                    continue
                }
                try rate(partner, needName, score, words.dropFirst(split + 1).joined(separator: " "))
                return
            }
        }
        let score = try parseCoverage(words[2])
        try rate(partner, words[1], score, words.dropFirst(3).joined(separator: " "))
    }

    func rate(_ partner: String, _ need: String, _ score: Int, _ rawNote: String) throws(ShellError) {
        let note =
            rawNote.trimmingWhitespace.isEmpty ? "" : try declaredText(rawNote, field: "map.comment", command: "map")
        let rating = try change("map rate \(partner) \(need) \(score) \(note)") {
            (s: inout Session) throws(SessionError) in
            try s.rate(partner: partner, need: need, score: score, note: note)
        }
        let session = current?.session
        let label = Coverage(score: rating.score).map { t($0.labelKey) } ?? ""
        say(
            "map.rated",
            [
                "partner": session?.partners.first { $0.id == rating.partner }?.name ?? partner,
                "need": session?.needs.first { $0.id == rating.need }?.name ?? need,
                "score": String(rating.score), "label": label,
            ])
    }

    func addTrait(_ partner: String, _ kind: Trait.Kind, _ rawText: String) throws(ShellError) {
        let text = try declaredText(rawText, field: "trait", command: "map")
        let trait = try change("map \(kind.rawValue) \(partner) \(text)") { (s: inout Session) throws(SessionError) in
            try s.addTrait(partner: partner, kind: kind, text: text)
        }
        let name = current?.session.partners.first { $0.id == trait.partner }?.name ?? partner
        say("map.trait.\(kind.rawValue)", ["partner": name, "text": trait.text], .success)
    }
}
