import Foundation
@testable import TandemCore

/// A freelancer preparing a proposal alone: Léa writes what she brings and
/// commits to, what she imagines Tom wants and brings (guesses), and keeps a
/// few things to herself (private items of every kind).
enum SoloDraftFixture {
    static let today = Day("2027-01-15")!

    /// Texts that must never reach a proposal, in any language or format.
    static let secrets = [
        "Worried Tom will undercut my day rate",
        "Keep my weekends free",
        "Tom may leave for a bigger studio",
        "No client of Tom's may be contacted directly",
        "Check Tom's references with his last partner",
        "Tom would let me lead client workshops",
    ]

    static func session() throws -> Session {
        let day = { (text: String) -> Day in Day(text) ?? today }
        var s = Session(
            title: "Léa & Tom — joint workshops", language: .en,
            now: Date(timeIntervalSince1970: TimeInterval(day("2027-01-10").ordinal) * 86_400 + 36_000))
        s.context.purpose = "Run facilitation workshops for small teams, designed and sold together"
        let lea = try s.addPartner(name: "Léa Moreau", role: "facilitator")
        let tom = try s.addPartner(name: "Tom Berg", role: "illustrator")
        try ContextEdit.author(lea.name).apply(to: &s)
        _ = try s.addExpectation(partner: lea.id, kind: .contribution, text: "Workshop design and facilitation")
        let commit = try s.addExpectation(
            partner: lea.id, kind: .commitment, text: "Draft the first workshop programme")
        try s.setDue(commit.id, day("2027-02-15"))
        _ = try s.addExpectation(partner: lea.id, kind: .expectation, text: "A fair share of each workshop fee")
        _ = try s.addExpectation(partner: lea.id, kind: .concern, text: secrets[0])  // private by default
        _ = try s.addExpectation(partner: lea.id, kind: .interest, text: secrets[1])  // private by default
        // What Léa imagines about Tom.
        let wish = try s.addExpectation(partner: tom.id, kind: .expectation, text: "Visibility for illustration work")
        let brings = try s.addExpectation(
            partner: tom.id, kind: .contribution, text: "Live illustration of each session")
        let lead = try s.addExpectation(partner: tom.id, kind: .expectation, text: secrets[5])
        try VisibilityEdit.guess(ids: [wish.id, brings.id, lead.id], true).apply(to: &s)
        try VisibilityEdit.set(ids: [lead.id], .private).apply(to: &s)  // a guess she keeps to herself
        let pilot = try s.addStage(name: "Pilot workshop")
        try s.addEntry(pilot.id, Condition(text: "A first client team booked", due: day("2027-03-31")))
        try s.setReview(pilot.id, day("2027-04-30"))
        let leave = try s.addRisk(.defection, secrets[2])
        try s.rateRisk(leave.id, likelihood: 2, impact: 4)
        try VisibilityEdit.set(ids: [leave.id], .private).apply(to: &s)
        let fees = try s.addRisk(.value, "Disagreement on how to split the fee of a workshop")
        try s.rateRisk(fees.id, likelihood: 3, impact: 3)
        try s.mitigateRisk(fees.id, "Agree the split before quoting each workshop")
        _ = try s.addRule(.money, "Fees are split by the days each of us puts in")
        let rule = try s.addRule(.confidentiality, secrets[3])
        try VisibilityEdit.set(ids: [rule.id], .private).apply(to: &s)
        _ = try s.addAction(
            text: "Send Tom this proposal", owner: lea.id, due: day("2027-01-20"), on: day("2027-01-10"))
        let check = try s.addAction(text: secrets[4], owner: lea.id, on: day("2027-01-10"))
        try VisibilityEdit.set(ids: [check.id], .private).apply(to: &s)
        s.notes.append(Note(text: "Tom sounded unsure on the phone", date: s.createdAt))
        s.updatedAt = s.createdAt
        return s
    }
}
