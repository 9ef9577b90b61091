import TandemCore

/// Health check: each partner in turn rates the seven ingredients 1 to 5,
/// alone, so that perception gaps show what each really thinks. Each turn
/// starts on a cleared screen (`GuideTurn`), so nobody sees the scores before.
enum HealthFlow {
    static let flow = GuideFlow(id: "health", questions: questions) { shell in shell.showHealth(offer: .ask) }

    static func questions(_ session: Session) -> [GuideQuestion] {
        session.partners.flatMap { partner in
            Ingredient.allCases.map { ingredient in
                GuideQuestion(
                    id: .health(partner: partner.id, ingredient),
                    key: "health.\(ingredient.rawValue)",
                    arguments: ["partner": partner.name], none: .refused,
                    current: { $0.latestHealth()[partner.id]?[ingredient].map { String($0.score) } },
                    turn: GuideTurn(partner: partner.name)
                ) { shell, answer throws(ShellError) in
                    try shell.rateHealth(partner: partner.id, ingredient: ingredient, score: answer, quiet: true)
                }
            }
        }
    }
}
