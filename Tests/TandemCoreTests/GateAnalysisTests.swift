import Foundation
import Testing

@testable import TandemCore

@Suite struct GateAnalysisTests {
    @Test(
        arguments: [
            ([.met, .met, .met], GateVerdict.advance),
            ([.met], .advance),
            ([.met, .met, .partly], .hold),
            ([.met, .notMet], .hold),  // half not met is not "most"
            ([.notMet, .notMet, .met], .renegotiate),
            ([.notMet], .renegotiate),
            ([.partly, .partly, .partly], .hold),
            ([nil, nil, nil], .hold),  // nobody checked: hold, never renegotiate
            ([.met, .met, nil], .hold),  // unassessed is never met
            ([.notMet, .notMet, nil], .renegotiate),
            ([], .hold),
        ] as [([ConditionStatus?], GateVerdict)])
    func proposesAVerdictFromTheConditions(statuses: [ConditionStatus?], verdict: GateVerdict) {
        #expect(GateAnalysis.proposal(statuses) == verdict)
    }

    /// A condition not met whose date is still ahead is not late: it counts
    /// for hold, and only the conditions already due can make the proposal renegotiate.
    @Test(
        arguments: [
            // Due dates: a = 2026-11-01 (past), t = the gate's day (due today), f = 2026-12-20 (ahead), nil = no date.
            ([.notMet, .met], ["f", nil], GateVerdict.hold),
            ([.notMet, .notMet, .met], ["f", "f", nil], .hold),
            ([.notMet, .notMet, .met], ["a", "f", nil], .hold),  // one due not met of two due: half is not most
            ([.notMet, .notMet, .met], ["a", nil, "f"], .renegotiate),  // two due, both not met
            ([.notMet, .notMet, .met], ["t", "t", nil], .renegotiate),  // due today is due
            ([.notMet], ["f"], .hold),
            ([.notMet], ["a"], .renegotiate),
            ([.met, .met], ["f", "f"], .advance),
        ] as [([ConditionStatus?], [String?], GateVerdict)])
    func conditionsNotYetDueArgueForHold(statuses: [ConditionStatus?], dues: [String?], verdict: GateVerdict) {
        let dates = ["a": "2026-11-01", "t": "2026-11-21", "f": "2026-12-20"]
        let conditions = dues.map { key in Condition(text: "c", due: key.flatMap { dates[$0] }.flatMap(Day.init)) }
        #expect(GateAnalysis.proposal(statuses, conditions: conditions, today: Day("2026-11-21")) == verdict)
    }

    @Test func theTallySaysWhichConditionsAreNotYetDueAndWhen() {
        let late = Day("2027-01-15")!
        let soon = Day("2026-12-20")!
        let conditions = [
            Condition(text: "a", due: late), Condition(text: "b", due: soon), Condition(text: "c", due: late),
            Condition(text: "d", due: Day("2026-11-01")), Condition(text: "e"),
        ]
        let tally = GateAnalysis.tally(
            [.notMet, .notMet, .notMet, .notMet, .met], conditions: conditions, today: Day("2026-11-21"))
        #expect(tally == GateTally(met: 1, notMet: 1, notYetDue: 3, pendingDates: [soon, late]))
        #expect(tally.total == 5)
        #expect(tally.due == 2)
    }

    @Test func closingAGateWeighsTheDueDatesOnItsDay() throws {
        var s = Session(title: "t", language: .en, now: Date(timeIntervalSince1970: 0))
        try s.addStage(name: "Pilot")
        try s.addEntry("s1", Condition(text: "A", due: Day("2026-12-20")))
        try s.openGate("s1")
        try s.assess("s1", condition: 1, .notMet)
        #expect(try s.closeGate("s1", on: Day("2026-11-21")!).proposed == .hold)
        try s.openGate("s1")
        try s.assess("s1", condition: 1, .notMet)
        #expect(try s.closeGate("s1", on: Day("2026-12-21")!).proposed == .renegotiate)
    }

    @Test func aRecordedGateIsTalliedAsOnItsDay() {
        let record = GateRecord(
            date: Day("2026-11-21")!,
            assessments: [.init(condition: "A", status: .notMet), .init(condition: "B", status: .met)],
            verdict: .hold)
        let entry = [Condition(text: "A", due: Day("2026-12-20")), Condition(text: "B")]
        #expect(
            GateAnalysis.tally(of: record, entry: entry)
                == GateTally(met: 1, notYetDue: 1, pendingDates: [Day("2026-12-20")!]))
        #expect(
            GateAnalysis.tally(of: record, entry: []) == GateTally(met: 1, notMet: 1),
            "a condition since removed counts as due")
    }

    @Test func talliesEachStatus() {
        #expect(
            GateAnalysis.tally([.met, .partly, .notMet, nil, .met]) == GateTally(met: 2, partly: 1, notMet: 1, open: 1))
    }

    static func stage() throws -> Session {
        var s = Session(title: "t", language: .en, now: Date(timeIntervalSince1970: 0))
        try s.addStage(name: "Pilot")
        try s.addEntry("s1", Condition(text: "A"))
        try s.addEntry("s1", Condition(text: "B"))
        try s.addEntry("s1", Condition(text: "C"))
        return s
    }

    @Test func aConfirmedGateRecordsTheProposalWithItsDate() throws {
        var s = try Self.stage()
        #expect(try s.openGate("pilot") == 1)
        try s.assess("s1", condition: 1, .met)
        try s.giveEvidence("s1", condition: 1, "signed")
        try s.assess("s1", condition: 3, .partly)
        let day = Day("2026-11-21")!
        let (record, proposed) = try s.closeGate("s1", on: day)
        #expect(proposed == .hold)
        #expect(record.verdict == .hold)
        #expect(record.date == day)
        #expect(record.assessments.map(\.condition) == ["A", "C"])
        #expect(record.assessments.first?.evidence == "signed")
        #expect(s.stages[0].gates == [record])
        #expect(s.stages[0].draft == nil)
    }

    @Test func theCoachOverridesTheProposal() throws {
        var s = try Self.stage()
        try s.openGate("s1")
        for n in 1...3 { try s.assess("s1", condition: n, .notMet) }
        try s.chooseVerdict("s1", .hold)
        try s.noteGate("s1", "one more month")
        let (record, proposed) = try s.closeGate("s1", on: Day("2026-11-21")!)
        #expect(proposed == .renegotiate)
        #expect(record.verdict == .hold)
        #expect(record.note == "one more month")
    }

    @Test func reopeningResumesTheDraftAndANewPassGetsANewNumber() throws {
        var s = try Self.stage()
        try s.openGate("s1")
        try s.assess("s1", condition: 2, .met)
        #expect(try s.openGate("s1") == 1)
        #expect(s.stages[0].draft?.assessment(2)?.status == .met)
        s.guide.skip(.gate(stage: "s1", pass: 1, "3"), on: Day("2026-11-21")!)
        try s.closeGate("s1", on: Day("2026-11-21")!)
        // Pass 2 is free of answers, but pass 1 left a skip: the next pass is 2.
        #expect(try s.openGate("s1") == 2)
        try s.discardGate("s1")
        s.guide.skip(.gate(stage: "s1", pass: 2, "verdict"), on: Day("2026-11-21")!)
        #expect(try s.openGate("s1") == 3, "a pass whose verdict was skipped is not reused")
    }

    @Test func closingForgetsTheAnswersButKeepsTheSkips() throws {
        var s = try Self.stage()
        try s.openGate("s1")
        let prefix = Session.gatePrefix(stage: "s1", pass: 1)
        let day = Day("2026-11-21")!
        s.guide.answer(QuestionID(prefix + "1"), on: day)
        s.guide.skip(QuestionID(prefix + "2"), on: day)
        try s.closeGate("s1", on: day)
        #expect(s.guide.answered.isEmpty)
        #expect(s.guide.skipped.keys.sorted() == [prefix + "2"])
    }

    @Test func droppingAConditionKeepsTheDraftInStep() throws {
        var s = try Self.stage()
        try s.openGate("s1")
        try s.assess("s1", condition: 1, .met)
        try s.assess("s1", condition: 3, .notMet)
        try s.dropItem("s1", .entry, 1)
        #expect(s.stages[0].draft?.statuses(count: 2) == [nil, .notMet])
        #expect(s.stages[0].draft?.assessment(2)?.condition == "C")
    }

    @Test func assessingNeedsAGateAndAnExistingCondition() throws {
        var s = try Self.stage()
        #expect(throws: SessionError.unknown(.stage, "s1")) { try s.assess("s1", condition: 1, .met) }
        try s.openGate("s1")
        #expect(throws: SessionError.outOfRange(field: "stage.condition", value: "4", range: 1...3)) {
            try s.assess("s1", condition: 4, .met)
        }
    }
}
