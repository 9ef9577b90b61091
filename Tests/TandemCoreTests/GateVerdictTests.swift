import Foundation
import Testing

@testable import TandemCore

/// Gates that renegotiate: the proposal never ends a partnership from a
/// count, a rescale keeps its smaller scope, an end keeps each partner's exit
/// terms, and the conditions can be reworded and re-dated as typed changes.
@Suite struct GateVerdictTests {
    static let gateDay = Day("2026-11-21")!

    static func session(partners: [String] = ["Zoé", "Marc"], conditions: [Condition]) throws -> Session {
        var s = Session(title: "t", language: .en, now: Date(timeIntervalSince1970: 0))
        for name in partners { try s.addPartner(name: name) }
        try s.addStage(name: "Pilot")
        for condition in conditions { try s.addEntry("s1", condition) }
        try s.openGate("s1")
        return s
    }

    /// One interim measure late among conditions met: wait for it, or change its terms — never end.
    @Test func oneLateInterimMeasureLeadsToHoldOrRenegotiateNeverEnd() throws {
        let late = Day("2026-11-01")
        let one = GateAnalysis.proposal(
            [.notMet, .met, .met],
            conditions: [Condition(text: "interim", due: late), .init(text: "b"), .init(text: "c")],
            today: Self.gateDay)
        #expect(one == .hold)
        let alone = GateAnalysis.proposal(
            [.notMet], conditions: [Condition(text: "interim", due: late)], today: Self.gateDay)
        #expect(alone == .renegotiate)
    }

    /// Every combination of up to four statuses, dated in the past, today,
    /// ahead or not at all: the proposal is advance, hold or renegotiate, never
    /// rescale or end.
    @Test func noCountOfUnmetConditionsEverProposesEndOrRescale() {
        let statuses: [ConditionStatus?] = [.met, .partly, .notMet, nil]
        let dues: [Day?] = [nil, Day("2026-01-01"), Self.gateDay, Day("2027-06-01")]
        var seen = Set<GateVerdict>()
        for count in 1...4 {
            let combos = Int(pow(Double(statuses.count * dues.count), Double(count)))
            for code in 0..<combos {
                var n = code
                var picked: [ConditionStatus?] = []
                var conditions: [Condition] = []
                for _ in 0..<count {
                    picked.append(statuses[n % 4])
                    conditions.append(Condition(text: "c", due: dues[(n / 4) % 4]))
                    n /= 16
                }
                let verdict = GateAnalysis.proposal(picked, conditions: conditions, today: Self.gateDay)
                seen.insert(verdict)
                #expect(GateAnalysis.proposable.contains(verdict), "\(picked) proposed \(verdict)")
            }
        }
        #expect(seen == [.advance, .hold, .renegotiate])
    }

    @Test func endingIsOnlyChosenAndKeepsEachPartnersExitTerms() throws {
        var s = try Self.session(conditions: [Condition(text: "A"), Condition(text: "B")])
        for n in 1...2 { try s.assess("s1", condition: n, .notMet) }
        #expect(try s.proposedVerdict("s1", on: Self.gateDay) == .renegotiate)
        try GateEdit.verdict(stage: "s1", .end).apply(to: &s)
        try GateEdit.exitTerms(stage: "s1", partner: "Zoé", text: "keeps the two clients she brought").apply(to: &s)
        try GateEdit.exitTerms(stage: "s1", partner: "p2", text: "is paid for the mockups").apply(to: &s)
        let (record, proposed) = try s.closeGate("s1", on: Self.gateDay)
        #expect(proposed == .renegotiate)
        #expect(record.verdict == .end)
        #expect(record.exitTerms == ["p1": "keeps the two clients she brought", "p2": "is paid for the mockups"])
        #expect(record.scope == nil)
    }

    @Test func exitTermsNameAPartnerAndNeedAGateUnderWay() throws {
        var s = try Self.session(conditions: [Condition(text: "A")])
        let before = s
        #expect(throws: SessionError.self) {
            try GateEdit.exitTerms(stage: "s1", partner: "Nobody", text: "x").apply(to: &s)
        }
        #expect(s == before, "a refused change leaves the session as it was")
        try s.discardGate("s1")
        #expect(throws: SessionError.self) {
            try GateEdit.exitTerms(stage: "s1", partner: "Zoé", text: "x").apply(to: &s)
        }
    }

    @Test func whatWasTypedForAnotherVerdictIsNotRecorded() throws {
        var s = try Self.session(conditions: [Condition(text: "A")])
        try s.assess("s1", condition: 1, .met)
        try GateEdit.scope(stage: "s1", text: "one client only").apply(to: &s)
        try GateEdit.exitTerms(stage: "s1", partner: "Zoé", text: "x").apply(to: &s)
        let (record, _) = try s.closeGate("s1", on: Self.gateDay)
        #expect(record.verdict == .advance)
        #expect(record.scope == nil && record.exitTerms == nil)
    }

    @Test func rescaleRecordsTheSmallerScope() throws {
        var s = try Self.session(conditions: [Condition(text: "A")])
        try s.assess("s1", condition: 1, .partly)
        try GateEdit.verdict(stage: "s1", .rescale).apply(to: &s)
        try GateEdit.scope(stage: "s1", text: "one joint offer instead of three").apply(to: &s)
        let (record, proposed) = try s.closeGate("s1", on: Self.gateDay)
        #expect(proposed == .hold)
        #expect(record.verdict == .rescale)
        #expect(record.scope == "one joint offer instead of three")
        #expect(
            StagesAnalysis.findings(for: s.stages[0], partners: ["p1", "p2"], today: Self.gateDay).contains(
                .lastGate(stage: "s1", verdict: .rescale, date: Self.gateDay)))
    }

    @Test func renegotiatingRewordsAndRedatesAConditionAsTypedChanges() throws {
        var s = try Self.session(conditions: [
            Condition(text: "Two proposals", measure: "count", due: Day("2026-11-01"))
        ])
        try s.assess("s1", condition: 1, .notMet)
        let reword = StageEdit.reword(stage: "s1", condition: 1, text: "One proposal")
        let redate = StageEdit.due(stage: "s1", condition: 1, Day("2027-01-15"))
        try ChangeSequence([reword, GateEdit.verdict(stage: "s1", .renegotiate)]).apply(to: &s)
        try redate.apply(to: &s)
        #expect(s.stages[0].entry == [Condition(text: "One proposal", measure: "count", due: Day("2027-01-15"))])
        #expect(reword.wording == Phrase("undo.stage.reword", ["id": "s1", "number": "1", "text": "One proposal"]))
        // The walk keeps its verdict though the new date would now propose hold.
        #expect(try s.proposedVerdict("s1", on: Self.gateDay) == .hold)
        let (record, _) = try s.closeGate("s1", on: Self.gateDay)
        #expect(record.verdict == .renegotiate)
        #expect(record.assessments.map(\.condition) == ["Two proposals"], "the gate keeps the wording it judged")
    }

    @Test func aConditionCannotBeRewordedToNothingOrOutOfRange() throws {
        var s = try Self.session(conditions: [Condition(text: "A")])
        let before = s
        #expect(throws: SessionError.self) { try StageEdit.reword(stage: "s1", condition: 1, text: "  ").apply(to: &s) }
        #expect(throws: SessionError.self) { try StageEdit.reword(stage: "s1", condition: 2, text: "B").apply(to: &s) }
        #expect(s == before)
    }

    /// Files written when an ending was called "exit" still open, as an end.
    @Test func anOlderExitVerdictReadsAsEnd() throws {
        let json = #"{"date":"2026-10-15","assessments":[],"verdict":"exit","note":""}"#
        let record = try JSONDecoder().decode(GateRecord.self, from: Data(json.utf8))
        #expect(record.verdict == .end)
        #expect(record.scope == nil && record.exitTerms == nil)
        let unknown = #"{"date":"2026-10-15","assessments":[],"verdict":"later","note":""}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(GateRecord.self, from: Data(unknown.utf8)) }
        let encoded = try JSONEncoder().encode(GateRecord(date: Self.gateDay, assessments: [], verdict: .end))
        #expect(String(decoding: encoded, as: UTF8.self).contains(#""verdict":"end""#))
        #expect(!String(decoding: encoded, as: UTF8.self).contains("scope"), "absent fields stay out of the file")
    }
}
