import TandemCore

/// health (guided), health rate, health show.
enum HealthCommands {
    static let all: [Command] = [
        Command(
            "health", group: .modules,
            [
                Verb { shell, _ throws(ShellError) in
                    guard let flow = GuideFlows.find("health") else { throw .usage("health") }
                    try shell.runGuide([flow], wholePath: false)
                },
                Verb(
                    "rate",
                    [.partner(), .value("ingredient", Ingredient.self), .number("health.score", HealthRating.scale)]
                ) {
                    shell, args throws(ShellError) in
                    guard let ingredient = args.value(Ingredient.self, "ingredient") else {
                        throw .usage("health rate")
                    }
                    try shell.rateHealth(
                        partner: args.id("partner"), ingredient: ingredient, score: args.number("health.score"),
                        quiet: false)
                },
                Verb("show") { shell, _ throws(ShellError) in shell.showHealth() },
            ])
    ]
}

extension Shell {
    /// Records one rating typed as an answer (the guide, follow-ups).
    func rateHealth(partner: String, ingredient: Ingredient, score raw: String, quiet: Bool) throws(ShellError) {
        let typed = raw.trimmingWhitespace
        guard let score = Int(typed) else {
            throw .session(.outOfRange(field: "health.score", value: typed, range: HealthRating.scale))
        }
        try rateHealth(partner: partner, ingredient: ingredient, score: score, quiet: quiet)
    }

    /// Records one rating (the core checks the scale); the guide stays quiet
    /// so partners do not read each other's scores aloud.
    func rateHealth(partner: String, ingredient: Ingredient, score: Int, quiet: Bool) throws(ShellError) {
        let id = try apply(HealthEdit.rate(partner: partner, ingredient: ingredient, score: score, on: Day(now)))
        guard !quiet, let session = current?.session, let id, let rating = session.latestHealth()[id]?[ingredient]
        else {
            return
        }
        say(
            "health.rated",
            ["partner": session.ownerName(id), "ingredient": t(ingredient.labelKey), "score": String(rating.score)])
    }
}
