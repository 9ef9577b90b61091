import TandemTestSupport
import Foundation
import Testing

@testable import TandemCore

/// Each finding of the expectations exchange, on small hand-made sessions.
@Suite struct ExpectationAnalysisTests {
    /// Zoé (p1) and Marc (p2), nothing declared yet.
    func pair() throws -> Session {
        var s = Session(title: "t", language: .en, now: Date(timeIntervalSince1970: 0))
        try s.addPartner(name: "Zoé")
        try s.addPartner(name: "Marc")
        return s
    }

    static let today = Day(year: 2027, month: 3, day: 1)!

    static func english() throws -> Wording {
        Wording(catalog: try #require(ActionEditCheck.catalog), language: .en)
    }

    @Test func unansweredUntilAnotherPartnerCommits() throws {
        var s = try pair()
        let wish = try s.addExpectation(partner: "Zoé", kind: .expectation, text: "Clients in the north")
        let own = try s.addExpectation(partner: "Zoé", kind: .contribution, text: "Design")
        let theirs = try s.addExpectation(partner: "Marc", kind: .commitment, text: "Two buyers met")
        #expect(ExpectationAnalysis.unanswered(in: s, today: Self.today) == [wish.id])
        #expect(throws: SessionError.unknown(.expectation, own.id)) { try s.link(wish.id, to: own.id) }
        #expect(throws: SessionError.unknown(.expectation, theirs.id)) { try s.link(theirs.id, to: wish.id) }
        try s.link(wish.id, to: theirs.id)
        #expect(ExpectationAnalysis.unanswered(in: s, today: Self.today).isEmpty)
        #expect(try s.link(wish.id, to: theirs.id) == false)
        try s.removeExpectation(theirs.id)
        #expect(s.expectations.first { $0.id == wish.id }?.answeredBy == [])
        #expect(ExpectationAnalysis.unanswered(in: s, today: Self.today) == [wish.id])
    }

    /// The case that motivated the rule: Marc's "buyers network" was linked
    /// to Zoé's expectation and the analysis called it answered, though Marc
    /// had promised nothing. A contribution is said apart, not counted.
    @Test func aContributionDoesNotAnswerAnExpectation() throws {
        var s = try pair()
        let wish = try s.addExpectation(partner: "Zoé", kind: .expectation, text: "Clients in the north")
        let network = try s.addExpectation(partner: "Marc", kind: .contribution, text: "Buyers network")
        try s.link(wish.id, to: network.id)
        let found = ExpectationAnalysis.findings(in: s, today: Self.today)
        #expect(found.unanswered == [.init(expectation: wish.id, partner: "p1", contributions: [network.id], late: [])])
        let texts = Findings.expectations(s, today: Self.today, try Self.english()).map(\.text)
        #expect(texts.contains { $0.hasPrefix("Answered by a contribution only: e1 (Zoé) by e2.") })
        #expect(!texts.contains { $0.hasPrefix("No commitment") })
    }

    /// A commitment past its date and not kept is flagged on the expectation
    /// it was meant to answer; kept, or re-dated, it counts again.
    @Test func aLateCommitmentIsFlaggedNotCounted() throws {
        var s = try pair()
        let wish = try s.addExpectation(partner: "Zoé", kind: .expectation, text: "Clients in the north")
        let promise = try s.addExpectation(partner: "Marc", kind: .commitment, text: "Two buyers met")
        try s.link(wish.id, to: promise.id)
        try s.setDue(promise.id, Day(year: 2027, month: 2, day: 15)!)
        let late = ExpectationAnalysis.Unmet(expectation: wish.id, partner: "p1", contributions: [], late: [promise.id])
        #expect(ExpectationAnalysis.unmet(in: s, today: Self.today) == [late])
        let texts = Findings.expectations(s, today: Self.today, try Self.english()).map(\.text)
        #expect(texts.contains { $0.hasPrefix("e1 (Zoé) counts on e2, which is past its date and not kept") })
        // The day itself is not late.
        #expect(ExpectationAnalysis.unmet(in: s, today: Day(year: 2027, month: 2, day: 15)!).isEmpty)
        try s.setKept(promise.id, Day(year: 2027, month: 2, day: 20)!)
        #expect(ExpectationAnalysis.unmet(in: s, today: Self.today).isEmpty)
    }

    /// A link an older file kept between two items of one partner answers nothing.
    @Test func anOwnCommitmentDoesNotAnswer() throws {
        var s = try pair()
        let wish = try s.addExpectation(partner: "Zoé", kind: .expectation, text: "Clients in the north")
        let own = try s.addExpectation(partner: "Zoé", kind: .commitment, text: "Call them")
        s.expectations[0].answeredBy = [own.id]
        #expect(ExpectationAnalysis.unanswered(in: s, today: Self.today) == [wish.id])
    }

    @Test func interestsAndConcernsNeedNoAnswer() throws {
        var s = try pair()
        try s.addExpectation(partner: "Zoé", kind: .interest, text: "Visibility")
        try s.addExpectation(partner: "Marc", kind: .concern, text: "Cash flow")
        #expect(ExpectationAnalysis.unanswered(in: s, today: Self.today).isEmpty)
    }

    /// One of a date or a measure is enough, as the guided question promises;
    /// a date without a measure is only mentioned softly.
    @Test func commitmentsWithNeitherDateNorMeasure() throws {
        var s = try pair()
        let bare = try s.addExpectation(partner: "Zoé", kind: .commitment, text: "Mockups")
        let dated = try s.addExpectation(partner: "Zoé", kind: .commitment, text: "Workshop")
        let measured = try s.addExpectation(partner: "Marc", kind: .commitment, text: "Leads")
        let full = try s.addExpectation(partner: "Marc", kind: .commitment, text: "Pilots")
        try s.setDue(dated.id, Day("2027-03-31"))
        try s.setMeasure(measured.id, "ten qualified leads")
        try s.setDue(full.id, Day("2027-04-30"))
        try s.setMeasure(full.id, "two signed pilots")
        #expect(ExpectationAnalysis.unspecified(in: s) == [.init(commitment: bare.id, partner: "p1")])
        #expect(ExpectationAnalysis.unmeasured(in: s) == [.init(commitment: dated.id, partner: "p1")])
        #expect(throws: SessionError.unknown(.expectation, "e9")) { try s.setDue("e9", nil) }
        let wish = try s.addExpectation(partner: "Marc", kind: .expectation, text: "Visibility")
        #expect(throws: SessionError.unknown(.expectation, wish.id)) { try s.setMeasure(wish.id, "x") }
    }

    /// A commitment due before today is overdue, the longest overdue first; due today is not.
    @Test func commitmentsPastTheirDate() throws {
        var s = try pair()
        let today = try #require(Day("2026-11-21"))
        let late = try s.addExpectation(partner: "Zoé", kind: .commitment, text: "Mockups")
        let later = try s.addExpectation(partner: "Marc", kind: .commitment, text: "Pilots")
        let now = try s.addExpectation(partner: "Marc", kind: .commitment, text: "Budget")
        let ahead = try s.addExpectation(partner: "Zoé", kind: .commitment, text: "Workshop")
        try s.setDue(late.id, Day("2026-11-20"))
        try s.setDue(later.id, Day("2026-03-15"))
        try s.setDue(now.id, today)
        try s.setDue(ahead.id, Day("2027-01-31"))
        let overdue = ExpectationAnalysis.overdue(in: s, today: today)
        #expect(overdue.map(\.commitment) == [later.id, late.id])
        #expect(overdue.map(\.daysLate) == [251, 1])
        #expect(overdue.first?.partner == "p2")
        #expect(ExpectationAnalysis.findings(in: s, today: today).overdue == overdue)
        #expect(ExpectationAnalysis.overdue(in: s, today: try #require(Day("2026-01-01"))).isEmpty)
    }

    /// The sentences: overdue first with its delay, "nobody can check" only for commitments with neither.
    @Test func overdueAndUncheckableAreWorded() throws {
        var s = try pair()
        let today = try #require(Day("2026-11-21"))
        let late = try s.addExpectation(partner: "Zoé", kind: .commitment, text: "Mockups")
        try s.setDue(late.id, Day("2026-11-09"))
        try s.setMeasure(late.id, "three mockups")
        try s.addExpectation(partner: "Marc", kind: .commitment, text: "Pilots")
        let catalog = try PromptCatalog.load(from: repositoryRoot + "/Prompts")
        let texts = Findings.expectations(s, today: today, Wording(catalog: catalog, language: .en)).map(\.text)
        #expect(
            texts.contains {
                $0.hasPrefix("A commitment is past its date: e1 (Zoé, due 9 November 2026, 12 days late).")
            })
        #expect(texts.contains { $0.hasPrefix("Commitments nobody can check yet: e2 (Marc).") })
        #expect(!texts.contains { $0.contains("e1 (Zoé).") })
    }

    /// The case that motivated it: Zoé listed three small commitments, Marc
    /// one that takes most of his week, and the analysis called Zoé's load
    /// heavier by counting them. The load is the stated effort, summed.
    @Test func theLoadComparesStatedEffortNotCounts() throws {
        var s = try pair()
        for text in ["a", "b", "c"] {
            let item = try s.addExpectation(partner: "Zoé", kind: .commitment, text: text)
            try s.setEffort(item.id, 2)
        }
        let big = try s.addExpectation(partner: "Marc", kind: .commitment, text: "d")
        #expect(ExpectationAnalysis.imbalances(in: s) == [.effortUnstated(partners: ["p2"])])
        try s.setEffort(big.id, 20)
        #expect(
            ExpectationAnalysis.imbalances(in: s) == [
                .effort(heavier: "p2", heavierHours: 20, lighter: "p1", lighterHours: 6)
            ])
        try s.setEffort(big.id, 12)  // 12 against 6 is not more than twice
        #expect(ExpectationAnalysis.imbalances(in: s).isEmpty)
        // A contribution's effort counts too.
        let help = try s.addExpectation(partner: "Zoé", kind: .contribution, text: "e")
        try s.setEffort(help.id, 30)
        #expect(
            ExpectationAnalysis.imbalances(in: s) == [
                .effort(heavier: "p1", heavierHours: 36, lighter: "p2", lighterHours: 12)
            ])
    }

    /// With nothing stated the analysis says so, and never compares counts.
    @Test func withNoEffortStatedTheLoadIsNotCompared() throws {
        var s = try pair()
        for text in ["a", "b", "c"] { try s.addExpectation(partner: "Zoé", kind: .commitment, text: text) }
        #expect(ExpectationAnalysis.imbalances(in: s).isEmpty, "one side only: nothing to compare")
        try s.addExpectation(partner: "Marc", kind: .contribution, text: "d")
        #expect(ExpectationAnalysis.imbalances(in: s) == [.noEffortStated])
        let t = Wording(catalog: try #require(ActionEditCheck.catalog), language: .en)
        let texts = Findings.expectations(s, today: Self.today, t).map(\.text)
        #expect(texts.contains { $0.hasPrefix("No effort is stated") })
        #expect(!texts.contains { $0.contains("holds") })
    }

    /// Effort belongs to contributions and commitments, within 1 to 80 hours a week.
    @Test func effortIsForWhatAPartnerBrings() throws {
        var s = try pair()
        let wish = try s.addExpectation(partner: "Zoé", kind: .expectation, text: "w")
        #expect(throws: SessionError.self) { try s.setEffort(wish.id, 3) }
        #expect(ExpectationEdit.effort(id: wish.id, 3).mismatch(in: s) == .cannotCarryEffort(wish))
        let before = s
        #expect(throws: SessionError.self) {
            try ExpectationEdit.add(partner: "Zoé", kind: .commitment, text: "x", effort: 81).apply(to: &s)
        }
        #expect(throws: SessionError.self) {
            try ExpectationEdit.add(partner: "Zoé", kind: .interest, text: "x", effort: 3).apply(to: &s)
        }
        #expect(s == before, "a refused effort adds nothing")
        let id = try ExpectationEdit.add(partner: "Zoé", kind: .commitment, text: "x", effort: 4).apply(to: &s)
        #expect(s.expectations.last?.effort == 4 && id == s.expectations.last?.id)
        try ExpectationEdit.effort(id: id ?? "", nil).apply(to: &s)
        #expect(s.expectations.last?.effort == nil)
    }

    @Test func precisionImbalance() throws {
        var s = try pair()
        let zoe = try s.addExpectation(partner: "Zoé", kind: .commitment, text: "Mockups")
        try s.addExpectation(partner: "Marc", kind: .commitment, text: "Pilots")
        #expect(ExpectationAnalysis.imbalances(in: s) == [.noEffortStated])
        try s.setMeasure(zoe.id, "three mockups")
        #expect(ExpectationAnalysis.imbalances(in: s) == [.noEffortStated, .precision(precise: "p1", vague: "p2")])
    }

    @Test func emptyKindsAndSkippedQuestions() throws {
        var s = try pair()
        for kind in ExpectationKind.allCases { try s.addExpectation(partner: "Zoé", kind: kind, text: "x") }
        try s.addExpectation(partner: "Marc", kind: .contribution, text: "y")
        s.guide.skip(
            .declared(partner: "p2", .concern), on: Day(year: 2026, month: 1, day: 1)!)
        #expect(
            ExpectationAnalysis.emptyKinds(in: s) == [
                .init(partner: "p2", kinds: [.expectation, .interest, .commitment, .concern], skipped: [.concern])
            ])
    }

    @Test func personalGoalsStayOpenUntilSaid() throws {
        var s = try pair()
        s.guide.skip(.goals(partner: "p2"), on: Day(year: 2026, month: 1, day: 1)!)
        try s.setPersonalGoals("Zoé", "A portfolio in industry")
        #expect(ExpectationAnalysis.openGoals(in: s) == [.init(partner: "p2", skipped: true)])
    }

    @Test func removedPartnersLeaveNoFindings() throws {
        var s = try pair()
        try s.addExpectation(partner: "Marc", kind: .expectation, text: "Orphan")
        try s.addExpectation(partner: "Marc", kind: .commitment, text: "Orphan")
        try s.removePartner("Marc")
        let found = ExpectationAnalysis.findings(in: s, today: Day(year: 2026, month: 1, day: 1)!)
        #expect(found.unanswered.isEmpty && found.unspecified.isEmpty && found.imbalances.isEmpty)
    }

    @Test func aCompleteExchangeIsClear() throws {
        var s = try pair()
        for partner in ["Zoé", "Marc"] {
            for kind in ExpectationKind.allCases {
                let item = try s.addExpectation(partner: partner, kind: kind, text: kind.rawValue)
                if kind == .commitment {
                    try s.setDue(item.id, Day("2026-06-30"))
                    try s.setMeasure(item.id, "done")
                }
                if kind.canAnswer { try s.setEffort(item.id, 4) }
            }
            try s.setPersonalGoals(partner, "learn")
        }
        for wish in s.expectations where wish.kind == .expectation {
            let answer = try #require(s.expectations.first { $0.partner != wish.partner && $0.kind == .commitment })
            try s.link(wish.id, to: answer.id)
        }
        #expect(ExpectationAnalysis.findings(in: s, today: Day(year: 2026, month: 1, day: 1)!).isEmpty)
    }
}

@Suite struct KeptCommitmentTests {
    @Test func aKeptCommitmentIsNeverLate() throws {
        var session = Session(title: "t", language: .en, now: Date(timeIntervalSince1970: 0))
        try session.addPartner(name: "Zoé")
        let item = try session.addExpectation(partner: "Zoé", kind: .commitment, text: "Deliver mockups")
        try session.setDue(item.id, Day("2026-03-15"))
        let today = try #require(Day("2026-11-21"))
        #expect(ExpectationAnalysis.overdue(in: session, today: today).map(\.commitment) == [item.id])
        try session.setKept(item.id, Day("2026-03-14"))
        #expect(ExpectationAnalysis.overdue(in: session, today: today).isEmpty)
        try session.setKept(item.id, nil)
        #expect(ExpectationAnalysis.overdue(in: session, today: today).count == 1)
    }

    @Test func onlyCommitmentsCanBeKept() throws {
        var session = Session(title: "t", language: .en, now: Date(timeIntervalSince1970: 0))
        try session.addPartner(name: "Zoé")
        let item = try session.addExpectation(partner: "Zoé", kind: .expectation, text: "Clients")
        #expect(throws: SessionError.self) { try session.setKept(item.id, Day("2026-03-14")) }
    }
}
