import TandemCore

/// map: the guided complementarity map (no arguments), its view and direct edits.
enum MapCommands {
    static let all: [Command] = [
        Command(
            "map", group: .modules,
            [
                Verb { shell, _ throws(ShellError) in
                    guard let flow = GuideFlows.find("map") else { throw .usage("map") }
                    try shell.runGuide([flow], wholePath: false)
                },
                Verb("show") { shell, _ throws(ShellError) in shell.showMap() },
                // A new need's name may be several words, quoted or not; "critical" after it is the keyword.
                Verb(["need", "add"], [Slot("name", .word), .keyword("critical", ["critical"], optional: true)]) {
                    shell, args throws(ShellError) in
                    try shell.addNeed(args.text("name"), critical: args.has("critical"))
                },
                Verb(["need", "remove"], [.need()]) { shell, args throws(ShellError) in try shell.removeNeed(args.id("need")) },
                Verb(["need", "critical"], [.need(), .keyword("flag", ["yes", "no"])]) { shell, args throws(ShellError) in
                    try shell.setNeedCritical(args.id("need"), args.text("flag") == "yes")
                },
                Verb("rate", [.partner(), .need(), .value("coverage", CoverageScore.self), .text("note", optional: true)]) {
                    shell, args throws(ShellError) in
                    guard let score = args.value(CoverageScore.self, "coverage") else { throw .usage("map rate") }
                    try shell.rate(args.id("partner"), args.id("need"), score.score, args.text("note"))
                },
                Verb("strength", [.partner(), .text()]) { shell, args throws(ShellError) in
                    try shell.addTrait(args.id("partner"), .strength, args.text())
                },
                Verb("weakness", [.partner(), .text()]) { shell, args throws(ShellError) in
                    try shell.addTrait(args.id("partner"), .weakness, args.text())
                },
            ])
    ]
}

/// A 0–3 score as typed in `map rate`: the digit, or the coverage word of
/// either language (`solid`, « solide »); a comma typed after it ("1, rarely
/// writes") is not part of it. Tab offers the digits.
enum CoverageScore: String, ValueWord {
    case none = "0", basic = "1", solid = "2", lead = "3"
    static let labelPrefix = "value.coverage.score"

    var score: Int {
        switch self {
        case .none: return Coverage.none.score
        case .basic: return Coverage.basic.score
        case .solid: return Coverage.solid.score
        case .lead: return Coverage.lead.score
        }
    }
}

extension Shell {
    /// "critical" in English, « critique » or « essentiel » in French (`keyword.critical`).
    func isCriticalWord(_ word: String) -> Bool {
        vocabulary.keyword("critical", matches: word.trimmingWhitespace.folded)
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

    /// The name of the item an id stands for, for undo wording.
    private func mapItemName(_ kind: IDKind, _ reference: String) -> String {
        current?.session.named(kind).first { $0.id == reference }?.name ?? reference
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
        let need = try change("map need remove \(mapItemName(.need, reference))") { (s: inout Session) throws(SessionError) in
            try s.removeNeed(reference)
        }
        let removed = count - (current?.session.ratings.count ?? 0)
        say("map.need.removed", ["id": need.id, "name": need.name, "count": String(removed)])
    }

    func setNeedCritical(_ reference: String, _ critical: Bool) throws(ShellError) {
        let need = try change("map need critical \(mapItemName(.need, reference)) \(critical ? "yes" : "no")") {
            (s: inout Session) throws(SessionError) in
            try s.setCritical(reference, critical)
        }
        say(critical ? "map.need.critical.on" : "map.need.critical.off", ["name": need.name])
    }

    func rate(_ partner: String, _ need: String, _ score: Int, _ rawNote: String) throws(ShellError) {
        let note =
            rawNote.trimmingWhitespace.isEmpty ? "" : try declaredText(rawNote, field: "map.comment", command: "map rate")
        let description = "map rate \(mapItemName(.partner, partner)) \(mapItemName(.need, need)) \(score)" + (note.isEmpty ? "" : " " + note)
        let rating = try change(description) { (s: inout Session) throws(SessionError) in
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
        let text = try declaredText(rawText, field: "trait", command: "map \(kind.rawValue)")
        let trait = try change("map \(kind.rawValue) \(mapItemName(.partner, partner)) \(text)") {
            (s: inout Session) throws(SessionError) in
            try s.addTrait(partner: partner, kind: kind, text: text)
        }
        let name = current?.session.partners.first { $0.id == trait.partner }?.name ?? partner
        say("map.trait.\(kind.rawValue)", ["partner": name, "text": trait.text], .success)
    }
}
