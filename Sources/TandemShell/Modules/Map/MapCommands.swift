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
                Verb(["need", "remove"], [.need().exactOnly()]) { shell, args throws(ShellError) in
                    try shell.removeNeed(args.id("need"))
                },
                Verb(["need", "critical"], [.need(), .keyword("flag", ["yes", "no"])]) {
                    shell, args throws(ShellError) in
                    try shell.setNeedCritical(args.id("need"), args.text("flag") == "yes")
                },
                // "--by PARTNER" (or "--by coach"): another's view of the partner's cover, beside their own.
                Verb(
                    "rate",
                    [.partner(), .need(), .value("coverage", CoverageScore.self), .text("note", optional: true)],
                    options: [.with("by", Slot.word("by").offering(.partner))]
                ) {
                    shell, args throws(ShellError) in
                    guard let score = args.value(CoverageScore.self, "coverage") else { throw .usage("map rate") }
                    if let by = args.optionalText("by") {
                        guard args.text("note").isEmpty else { throw .usage("map rate") }
                        // "--by" the partner themselves is their own rating.
                        let session = try shell.requireSession().session
                        if (try? session.partner(by))?.id != args.id("partner") {
                            return try shell.ratePeer(args.id("partner"), args.id("need"), by: by, score.score)
                        }
                    }
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
    case none = "0"
    case basic = "1"
    case solid = "2"
    case lead = "3"
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

    /// A score as a digit or a coverage word (`solid`, `solide`); a comma
    /// typed after it ("1, rarely writes") is not part of it. The core checks
    /// the 0–3 scale.
    func parseCoverage(_ typed: String) throws(ShellError) -> Int {
        var cut = Substring(typed)
        while let last = cut.last, ",;:".contains(last) { cut.removeLast() }
        let raw = String(cut)
        if let number = Int(raw) { return number }
        let typed = raw.folded
        for value in Coverage.allCases
        where typed == value.rawValue
            || Language.allCases.contains(where: { configuration.catalog.text(value.labelKey, $0).folded == typed })
        {
            return value.score
        }
        throw .session(.outOfRange(field: "coverage", value: raw, range: Rating.range))
    }

    /// Applies an edit of the map; returns the id of the need (or partner) it changed.
    @discardableResult
    func apply(_ edit: MapEdit) throws(ShellError) -> String {
        let change: any SessionChange = edit
        return try apply(change) ?? ""
    }

    func addNeed(_ name: String, critical: Bool) throws(ShellError) {
        let id = try apply(MapEdit.addNeed(name: name, critical: critical))
        guard let need = current?.session.needs.withID(id) else { return }
        say(need.critical ? "map.need.added.critical" : "map.need.added", ["id": need.id, "name": need.name], .success)
    }

    func removeNeed(_ reference: String) throws(ShellError) {
        let before = current?.session
        let id = try apply(MapEdit.removeNeed(id: reference))
        let name = before?.needName(id) ?? id
        let removed = (before?.ratings.count ?? 0) - (current?.session.ratings.count ?? 0)
        say("map.need.removed", ["id": id, "name": name, "count": String(removed)])
    }

    func setNeedCritical(_ reference: String, _ critical: Bool) throws(ShellError) {
        let id = try apply(MapEdit.critical(need: reference, critical))
        say(critical ? "map.need.critical.on" : "map.need.critical.off", ["name": current?.session.needName(id) ?? id])
    }

    func rate(_ partner: String, _ need: String, _ score: Int, _ note: String) throws(ShellError) {
        let id = try apply(MapEdit.rate(partner: partner, need: need, score: score, note: note))
        guard let session = current?.session, let owner = try? session.partner(partner),
            let rating = session.rating(partner: owner.id, need: id)
        else { return }
        say(
            "map.rated",
            [
                "partner": session.partnerName(rating.partner), "need": session.needName(rating.need),
                "score": String(rating.score), "label": Coverage(score: rating.score).map { t($0.labelKey) } ?? "",
            ])
    }

    /// Another partner's (or the coach's) view of a partner's cover; says it
    /// beside the partner's own rating, and the gap when it is 2 or more.
    func ratePeer(_ partner: String, _ need: String, by typed: String, _ score: Int) throws(ShellError) {
        let by = vocabulary.keyword("coach", matches: typed.trimmingWhitespace.folded) ? PeerRating.coach : typed
        let id = try apply(MapEdit.ratePeer(partner: partner, need: need, by: by, score: score))
        guard let session = current?.session, let owner = try? session.partner(partner) else { return }
        let rater = by == PeerRating.coach ? by : (try? session.partner(by))?.id
        guard let view = session.peerRatings.first(where: { $0.partner == owner.id && $0.need == id && $0.by == rater })
        else { return }
        let arguments = [
            "partner": owner.name, "need": session.needName(id), "score": String(view.score),
            "by": Findings.raterName(view.by, session, wording),
        ]
        say("map.rated.peer", arguments)
        if let own = session.rating(partner: owner.id, need: id),
            abs(own.score - view.score) >= ComplementarityAnalysis.perceptionGap
        {
            say("map.rated.peer.gap", arguments.merging(["own": String(own.score)]) { _, new in new }, .warning)
        }
    }

    func addTrait(_ partner: String, _ kind: Trait.Kind, _ text: String) throws(ShellError) {
        let id = try apply(MapEdit.trait(partner: partner, kind, text: text))
        guard let session = current?.session,
            let trait = session.traits.last(where: { $0.partner == id && $0.kind == kind })
        else { return }
        say(
            "map.trait.\(kind.rawValue)", ["partner": session.partnerName(trait.partner), "text": trait.text], .success)
    }
}
