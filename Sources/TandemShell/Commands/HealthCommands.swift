import TandemCore

/// health (guided), health rate, health show.
enum HealthCommands {
    static let subcommands = ["rate", "show"]

    static let all: [Command] = [
        Command(
            "health", group: .modules, subcommands: subcommands, needsSession: true,
            complete: { shell, args in
                switch args.count {
                case 0: return subcommands
                case 1 where args[0].lowercased() == "rate": return shell.partnerNames()
                case 2 where args[0].lowercased() == "rate": return shell.valueWords(Ingredient.self)
                case 3 where args[0].lowercased() == "rate": return HealthRating.scale.map(String.init)
                default: return []
                }
            }
        ) { shell, args throws(ShellError) in
            guard let sub = args.first?.lowercased() else {
                guard let flow = GuideFlows.find("health") else { throw .usage("health") }
                try shell.runGuide([flow], wholePath: false)
                return
            }
            let rest = Array(args.dropFirst())
            switch sub {
            case "rate":
                guard rest.count == 3 else { throw .usage("health") }
                let ingredient: Ingredient = try shell.parseValue(rest[1], field: "ingredient")
                try shell.rateHealth(partner: rest[0], ingredient: ingredient, score: rest[2], quiet: false)
            case "show":
                guard rest.isEmpty else { throw .usage("health") }
                shell.showHealth()
            default:
                throw .usage("health")
            }
        }
    ]
}

extension Shell {
    /// Records one rating; the guide stays quiet so partners do not read each other's scores aloud.
    func rateHealth(partner: String, ingredient: Ingredient, score raw: String, quiet: Bool) throws(ShellError) {
        let typed = raw.trimmingWhitespace
        guard let score = Int(typed), HealthRating.scale.contains(score) else {
            throw .session(.outOfRange(field: "health.score", value: typed, range: HealthRating.scale))
        }
        let day = Day(now)
        let rating = try change("health rate \(partner) \(ingredient.rawValue) \(score)") {
            (s: inout Session) throws(SessionError) in
            try s.rateHealth(partner: partner, ingredient: ingredient, score: score, on: day)
        }
        guard !quiet, let session = current?.session else { return }
        say(
            "health.rated",
            [
                "partner": session.ownerName(rating.partner), "ingredient": t(ingredient.labelKey),
                "score": String(score),
            ])
    }
}
