import Foundation
import Testing
@testable import TandemCore

@Suite struct StagesAnalysisTests {
    static let today = Day("2026-11-21")!

    /// Two partners and one stage with everything a coach would want.
    static func complete() throws -> Session {
        var s = Session(title: "t", language: .en, now: Date(timeIntervalSince1970: 0))
        try s.addPartner(name: "Zoé")
        try s.addPartner(name: "Marc")
        try s.addStage(name: "Trial")
        try s.addEntry("s1", Condition(text: "Two proposals sent", measure: "count"))
        try s.addExit("s1", "One month notice")
        try s.setReview("s1", Day("2027-01-15"))
        try s.addCommitment("s1", partner: "Zoé", "two client leads")
        try s.addCommitment("s1", partner: "Marc", "the price list")
        return s
    }

    @Test func aCompleteStageHasNoFinding() throws {
        #expect(StagesAnalysis.findings(in: try Self.complete(), today: Self.today) == [])
    }

    @Test func noStagesIsSaid() {
        let s = Session(title: "t", language: .en, now: Date(timeIntervalSince1970: 0))
        #expect(StagesAnalysis.findings(in: s, today: Self.today) == [.noStages])
    }

    @Test func aStageThatIsOnlyANameIsSaidOnce() throws {
        var s = try Self.complete()
        try s.addStage(name: "Pilot")
        #expect(StagesAnalysis.findings(in: s, today: Self.today) == [.unplanned(stage: "s2")])
    }

    @Test func aPartlyPlannedStageLacksEntryExitOrReview() throws {
        var s = try Self.complete()
        try s.addStage(name: "Pilot")
        try s.addCommitment("s2", partner: "Zoé", "leads")
        try s.addCommitment("s2", partner: "Marc", "prices")
        try s.addDeliverable("s2", "a brochure")
        try s.addEntry("s2", Condition(text: "A", measure: "m"))
        #expect(StagesAnalysis.findings(in: s, today: Self.today) == [.noExit(stage: "s2"), .noReview(stage: "s2")])
        s.stages[1].entry = []
        try s.addExit("s2", "notice")
        #expect(StagesAnalysis.findings(in: s, today: Self.today) == [.noEntry(stage: "s2"), .noReview(stage: "s2")])
    }

    @Test func aStageWithOnlyADeliverableIsNoLongerOnlyAName() throws {
        var s = try Self.complete()
        try s.addStage(name: "Pilot")
        try s.addDeliverable("s2", "a brochure")
        #expect(
            StagesAnalysis.findings(in: s, today: Self.today) == [
                .noEntry(stage: "s2"), .noExit(stage: "s2"), .noReview(stage: "s2"), .nobodyCommits(stage: "s2"),
            ])
    }

    @Test func conditionsWithNeitherMeasureNorDateAreUncheckable() throws {
        var s = try Self.complete()
        try s.addEntry("s1", Condition(text: "Trust"))
        try s.addEntry("s1", Condition(text: "Dated", due: Day("2026-12-01")))
        try s.addEntry("s1", Condition(text: "Feeling good"))
        #expect(StagesAnalysis.findings(in: s, today: Self.today) == [.uncheckable(stage: "s1", conditions: [2, 4])])
    }

    @Test(arguments: [
        ("2026-11-20", true),  // yesterday: past
        ("2026-11-21", false),  // today: not yet past
        ("2027-02-01", false),
    ])
    func aReviewDateInThePastIsFlagged(review: String, flagged: Bool) throws {
        var s = try Self.complete()
        try s.setReview("s1", Day(review))
        let past = StagesAnalysis.findings(in: s, today: Self.today).contains(
            .reviewPast(stage: "s1", review: Day(review)!))
        #expect(past == flagged)
    }

    @Test func aGateHeldSinceTheReviewDateSettlesIt() throws {
        var s = try Self.complete()
        try s.setReview("s1", Day("2026-11-01"))
        s.stages[0].gates.append(GateRecord(date: Day("2026-11-02")!, assessments: [], verdict: .advance))
        #expect(StagesAnalysis.findings(in: s, today: Self.today) == [])
    }

    @Test func aPartnerCommittingNothingWhileOthersDoIsNamed() throws {
        var s = try Self.complete()
        s.stages[0].commitments.removeAll { $0.partner == "p2" }
        #expect(StagesAnalysis.findings(in: s, today: Self.today) == [.noCommitment(stage: "s1", partners: ["p2"])])
    }

    @Test func aStageWhereNobodyCommitsIsFlagged() throws {
        var s = try Self.complete()
        s.stages[0].commitments = []
        #expect(StagesAnalysis.findings(in: s, today: Self.today) == [.nobodyCommits(stage: "s1")])
        s.partners = []
        #expect(StagesAnalysis.findings(in: s, today: Self.today) == [], "without partners nobody could commit")
    }

    @Test func aLastGateOfHoldOrExitIsRecalled() throws {
        var s = try Self.complete()
        let day = Day("2026-11-10")!
        s.stages[0].gates.append(GateRecord(date: day, assessments: [], verdict: .hold))
        #expect(
            StagesAnalysis.findings(in: s, today: Self.today) == [.lastGate(stage: "s1", verdict: .hold, date: day)])
        s.stages[0].gates.append(GateRecord(date: day, assessments: [], verdict: .advance))
        #expect(StagesAnalysis.findings(in: s, today: Self.today) == [])
    }

    @Test func aGateUnderWayIsRecalled() throws {
        var s = try Self.complete()
        try s.openGate("s1")
        #expect(StagesAnalysis.findings(in: s, today: Self.today) == [.gateUnderway(stage: "s1")])
    }

    @Test(
        arguments: [
            ("Sent", "Sent", "", nil),
            ("Sent | count", "Sent", "count", nil),
            ("Sent | 2026-12-01", "Sent", "", "2026-12-01"),
            ("Sent | count | 2026-12-01", "Sent", "count", "2026-12-01"),
            ("Sent | 2026-12-01 | count", "Sent", "count", "2026-12-01"),
            ("  Sent |  | 2026-12-01 ", "Sent", "", "2026-12-01"),
            ("12 clients | 12", "12 clients", "12", nil),
            ("Sent | 01/12/2026", "Sent", "", "2026-12-01"),
            ("Sent | count | +30", "Sent", "count", "2026-12-21"),
            ("Sent | +2m", "Sent", "", "2027-01-21"),
            ("Sent | +10% revenue", "Sent", "+10% revenue", nil),
        ] as [(String, String, String, String?)])
    func conditionsParseTextMeasureAndDate(line: String, text: String, measure: String, due: String?) throws {
        let condition = try Condition(parsing: line, today: Self.today)
        #expect(condition == Condition(text: text, measure: measure, due: due.flatMap(Day.init)))
    }

    @Test(arguments: [
        ("| count", SessionError.emptyName),
        ("Sent | 2026-13-01", .invalidDate("2026-13-01")),
        ("Sent | 31/02/2027", .invalidDate("31/02/2027")),
        ("Sent | +30 | +2m", .invalidDate("+2m")),
        ("Sent | a | b", .invalidText(field: "stage.condition.text")),
        ("Sent | a | 2026-12-01 | x", .invalidText(field: "stage.condition.text")),
    ])
    func badConditionsAreRefused(line: String, error: SessionError) {
        #expect(throws: error) { try Condition(parsing: line, today: Self.today) }
    }
}

/// The review planned before a condition is due: the gate would judge the
/// condition before anyone could meet it (seen in the examples' third stage).
@Suite struct ReviewBeforeDueTests {
    @Test func aReviewBeforeAConditionsDueDateIsSaid() throws {
        var s = try StagesAnalysisTests.complete()
        try s.addEntry("s1", Condition(text: "Signed licence", due: Day("2027-02-26")))
        try s.addEntry("s1", Condition(text: "Pilot report", due: Day("2027-01-10")))
        try s.addEntry("s1", Condition(text: "Budget", due: Day("2027-03-01")))
        #expect(
            StagesAnalysis.findings(in: s, today: StagesAnalysisTests.today) == [
                .reviewBeforeDue(stage: "s1", review: Day("2027-01-15")!, conditions: [2, 4], due: Day("2027-03-01")!)
            ])
    }

    @Test func aConditionDueOnTheReviewDayIsFine() throws {
        var s = try StagesAnalysisTests.complete()
        try s.addEntry("s1", Condition(text: "Signed licence", due: Day("2027-01-15")))
        #expect(StagesAnalysis.findings(in: s, today: StagesAnalysisTests.today) == [])
    }

    /// Once a gate was held on or after the review, the dates are history.
    @Test func aStageGatedAtItsReviewIsNotFlagged() throws {
        var s = try StagesAnalysisTests.complete()
        try s.addEntry("s1", Condition(text: "Signed licence", due: Day("2027-02-26")))
        s.stages[0].gates = [GateRecord(date: Day("2027-01-15")!, assessments: [], verdict: .advance, note: "")]
        #expect(StagesAnalysis.findings(in: s, today: Day("2027-01-20")!) == [])
    }
}
