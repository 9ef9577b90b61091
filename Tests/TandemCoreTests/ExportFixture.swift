import Foundation
@testable import TandemCore

/// A realistic session for the export tests: a designer and a web studio
/// preparing a joint offer, half-way through their first stage, with a few
/// texts that would break a careless Markdown writer.
enum ExportFixture {
    static let today = Day("2026-03-15")!

    static func day(_ text: String) -> Day { Day(text)! }

    static func date(_ text: String) -> Date {
        Date(timeIntervalSince1970: TimeInterval(day(text).ordinal) * 86_400 + 36_000)
    }

    static func session() throws -> Session {
        var s = Session(title: "Studio Lumen & Bureau Öko", language: .en, now: date("2026-01-12"))
        s.updatedAt = date("2026-03-14")
        s.context.type = .commercial
        s.context.level = .act
        s.context.relationship = .acquaintances
        s.context.purpose =
            "Offer small businesses a complete rebrand — strategy, identity and website — sold as one package"
        s.context.vision =
            "Within a year, be the pair local businesses call first for a fresh start (10 clients | 2 cities)"
        let zoe = try s.addPartner(name: "Zoé Martin", role: "designer")
        let marc = try s.addPartner(name: "Marc Keller", role: "web developer")
        s.partners[1].represents = "Bureau Öko"
        s.notes.append(
            Note(
                text: "Marc wants to talk about money first; Zoé <prefers> to start with a pilot.",
                date: date("2026-01-12")))

        let zoeWish = try s.addExpectation(
            partner: zoe.id, kind: .expectation, text: "A steady flow of web projects for my designs")
        _ = try s.addExpectation(partner: zoe.id, kind: .interest, text: "Learn to price strategy work")
        _ = try s.addExpectation(partner: zoe.id, kind: .contribution, text: "Brand identity and visual design")
        let zoeCommit = try s.addExpectation(
            partner: zoe.id, kind: .commitment, text: "Deliver mock-ups within 5 working days of a brief")
        try s.setDue(zoeCommit.id, day("2026-04-30"))
        try s.setMeasure(zoeCommit.id, "delivery dates logged on the shared board")
        try s.setEffort(zoeCommit.id, 12)
        _ = try s.addExpectation(partner: zoe.id, kind: .concern, text: "Being seen as the *junior* partner")
        let marcWish = try s.addExpectation(
            partner: marc.id, kind: .expectation, text: "Designs ready before development starts")
        _ = try s.addExpectation(partner: marc.id, kind: .contribution, text: "Website development and hosting")
        let leads = try s.addExpectation(partner: marc.id, kind: .commitment, text: "Bring two client leads per month")
        try s.setEffort(leads.id, 4)
        _ = try s.addExpectation(
            partner: marc.id, kind: .concern, text: "Clients calling me for design changes after sign-off")
        try s.link(marcWish.id, to: zoeCommit.id)
        _ = zoeWish
        try s.setPersonalGoals(zoe.id, "Move from one-off gigs to recurring income")

        _ = try s.addNeed(name: "Brand strategy", critical: true)
        _ = try s.addNeed(name: "Visual identity")
        _ = try s.addNeed(name: "Web development", critical: true)
        _ = try s.addNeed(name: "Sales | prospecting")
        for (need, zoeScore, marcScore) in [
            ("Brand strategy", 2, 1), ("Visual identity", 3, 1), ("Web development", 1, 3), ("Sales", 1, 2),
        ] {
            try s.rate(partner: zoe.id, need: need, score: zoeScore)
            try s.rate(
                partner: marc.id, need: need, score: marcScore,
                note: need == "Sales" ? "only through his own network" : "")
        }
        try s.ratePeer(partner: marc.id, need: "Web development", by: zoe.id, score: 1)
        try s.addTrait(partner: zoe.id, kind: .strength, text: "Fast, polished visuals")
        try s.addTrait(partner: zoe.id, kind: .weakness, text: "Avoids talking about money")
        try s.addTrait(partner: marc.id, kind: .strength, text: "Large local network")
        try s.addTrait(partner: marc.id, kind: .weakness, text: "Overloaded every spring")

        let pilot = try s.addStage(name: "Pilot project")
        try s.addEntry(
            pilot.id, Condition(text: "One client signed together", measure: "a signed quote", due: day("2026-04-15")))
        try s.addEntry(pilot.id, Condition(text: "A shared price list agreed"))
        try s.addCommitment(pilot.id, partner: zoe.id, "Identity for the pilot client")
        try s.addCommitment(pilot.id, partner: marc.id, "Website for the pilot client")
        try s.addDeliverable(pilot.id, "A case study for both portfolios")
        try s.setReview(pilot.id, day("2026-05-31"))
        try s.addExit(
            pilot.id, "Either of us may stop after the pilot: each keeps their own clients, the case study is shared")
        try s.openGate(pilot.id)
        try s.assess(pilot.id, condition: 1, .met)
        try s.assess(pilot.id, condition: 2, .partly)
        try s.chooseVerdict(pilot.id, .hold)
        try s.noteGate(pilot.id, "Price list still open")
        try s.closeGate(pilot.id, on: day("2026-03-10"))
        let offer = try s.addStage(name: "Joint offer")
        try s.addEntry(offer.id, Condition(text: "Three pilot clients satisfied", measure: "client rating 4/5 or more"))
        try s.setReview(offer.id, day("2026-09-30"))

        let leave = try s.addRisk(.defection, "Marc takes a full-time contract and stops bringing leads")
        try s.rateRisk(leave.id, likelihood: 3, impact: 4)
        try s.assignRisk(leave.id, owner: marc.id)
        try s.mitigateRisk(leave.id, "Agree a minimum of one lead a month, checked at each check-in")
        let split = try s.addRisk(.value, "Disagreement on how to split a package fee: 50/50 or by hours?")
        try s.rateRisk(split.id, likelihood: 4, impact: 4)
        let judge = try s.addRisk(
            .evaluation, "No shared way to judge whether a project went well", reason: .noEvaluation)
        try s.rateRisk(judge.id, likelihood: 2, impact: 3)
        try s.mitigateRisk(judge.id, "Ask every client for a rating out of 5")
        try s.assignRisk(judge.id, owner: "both")
        let old = try s.addRisk(.other, "Domain name already taken")
        try s.setRiskStatus(old.id, .closed)
        s.scan(.noSharedVision, .no, on: Day(year: 2026, month: 3, day: 3)!)
        s.scan(.powerImbalance, .unsure, on: Day(year: 2026, month: 3, day: 3)!)
        s.scan(.hiddenAgendas, .yes, on: Day(year: 2026, month: 3, day: 3)!)
        s.scan(.noEvaluation, .yes, on: Day(year: 2026, month: 3, day: 3)!)

        let rated = day("2026-03-10")
        let scores: [(Ingredient, Int, Int)] = [
            (.vision, 4, 4), (.trust, 4, 5), (.leadership, 2, 4), (.objectives, 3, 3), (.care, 4, 3), (.values, 5, 4),
            (.decisions, 2, 4),
        ]
        for (ingredient, zoeScore, marcScore) in scores {
            try s.rateHealth(partner: zoe.id, ingredient: ingredient, score: zoeScore, on: rated)
            try s.rateHealth(partner: marc.id, ingredient: ingredient, score: marcScore, on: rated)
        }
        try s.rateHealth(partner: zoe.id, ingredient: .trust, score: 5, on: day("2026-01-20"))
        try s.logPhase(.euphoria, note: "Both excited after the first meeting", on: day("2026-01-12"))
        try s.logPhase(.crisis, note: "Argument over the first quote", on: day("2026-03-01"))
        try s.voicePhase(partner: "p1", .crisis, note: "The quote split", on: day("2026-03-01"))
        try s.voicePhase(partner: "p2", .performance, on: day("2026-03-01"))

        _ = try s.addAction(
            text: "Draft a shared price list", owner: zoe.id, due: day("2026-03-20"), on: day("2026-03-01"))
        // Accepted from the health check's suggestions: the coach's, not the proposal's.
        _ = try s.addAction(
            text: "Talk through leadership and decisions", due: day("2026-03-08"), on: day("2026-03-01"),
            origin: "health")
        let sent = try s.addAction(text: "Send the pilot proposal to Café Lune", owner: marc.id, on: day("2026-02-01"))
        try s.completeAction(sent.id, on: day("2026-02-10"))
        s.guide.skip(.declared(partner: marc.id, .interest), on: day("2026-01-12"))
        s.guide.skip(.zone(.distance), on: day("2026-02-01"))
        return s
    }
}
