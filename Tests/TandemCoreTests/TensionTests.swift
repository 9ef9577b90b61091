import Foundation
import Testing

@testable import TandemCore

/// Tensions between expectations (recorded, settled, removed, undone by
/// replay) and concerns without a safeguard.
@Suite struct TensionTests {
    static func session() throws -> Session {
        var s = Session(title: "t", language: .en, now: Date(timeIntervalSince1970: 0))
        try s.addPartner(name: "Zoé")
        try s.addPartner(name: "Marc")
        try s.addExpectation(partner: "Zoé", kind: .expectation, text: "Launch before the fair")  // e1
        try s.addExpectation(partner: "Marc", kind: .expectation, text: "A pilot first")  // e2
        try s.addExpectation(partner: "Marc", kind: .concern, text: "Seen as a subcontractor")  // e3
        try s.addExpectation(partner: "Zoé", kind: .commitment, text: "Present Marc as a partner")  // e4
        return s
    }

    @Test func aTensionIsRecordedOpenThenSettledByARuleOrACommitment() throws {
        var s = try Self.session()
        let id = try TensionEdit.add(first: "e1", second: "E2", note: "launch date").apply(to: &s)
        #expect(id == "t1")
        #expect(s.tensions == [Tension(id: "t1", between: ["e1", "e2"], note: "launch date")])
        #expect(TensionAnalysis.open(in: s).map(\.id) == ["t1"])
        try s.addRule(.decisions, "Dates decided together")
        try TensionEdit.settle(id: "t1", by: "g1").apply(to: &s)
        #expect(TensionAnalysis.open(in: s).isEmpty)
        try TensionEdit.settle(id: "1", by: "e4").apply(to: &s)
        #expect(s.tensions[0].settledBy == "e4")
        try TensionEdit.settle(id: "t1", by: nil).apply(to: &s)
        #expect(TensionAnalysis.open(in: s).map(\.id) == ["t1"], "reopened")
    }

    @Test func aSettlingRuleRemovedReopensTheTension() throws {
        var s = try Self.session()
        try TensionEdit.add(first: "e1", second: "e2", note: "").apply(to: &s)
        try s.addRule(.decisions, "Dates decided together")
        try TensionEdit.settle(id: "t1", by: "g1").apply(to: &s)
        try AgreementEdit.remove(id: "g1").apply(to: &s)
        #expect(TensionAnalysis.open(in: s).map(\.id) == ["t1"])
    }

    @Test func refusedTensionsChangeNothingAndSayWhy() throws {
        var s = try Self.session()
        try TensionEdit.add(first: "e1", second: "e2", note: "").apply(to: &s)
        let before = s
        let cases: [(TensionEdit, TensionProblem?)] = [
            (.add(first: "e1", second: "e1", note: ""), .samePair("e1")),
            (.add(first: "e2", second: "e1", note: ""), .recorded("t1")),
            (.add(first: "e1", second: "e9", note: ""), nil),
            (.settle(id: "t1", by: "e2"), .notCommitment("e2")),
            (.settle(id: "t1", by: "g7"), nil),
            (.settle(id: "t9", by: "e4"), nil),
            (.safeguards(concern: "e1", ["e4"]), .notConcern("e1")),
            (.safeguards(concern: "e3", ["e2"]), .notCommitment("e2")),
            (.safeguards(concern: "e3", ["r5"]), nil),
        ]
        for (edit, problem) in cases {
            #expect(edit.problem(in: s) == problem, "\(edit)")
            #expect(throws: SessionError.self, "\(edit)") { try edit.apply(to: &s) }
            #expect(s == before, "\(edit) changed the session")
        }
    }

    @Test func removingATensionOrOneOfItsSidesAndUndoingByReplay() throws {
        let start = try Self.session()
        var s = start
        let add = TensionEdit.add(first: "e1", second: "e2", note: "launch date")
        try add.apply(to: &s)
        try TensionEdit.remove(id: "t1").apply(to: &s)
        #expect(s.tensions.isEmpty)
        // Undo replays the changes kept on an earlier copy: the tension is back as it was.
        var replayed = start
        try add.apply(to: &replayed)
        #expect(replayed.tensions == [Tension(id: "t1", between: ["e1", "e2"], note: "launch date")])
        #expect(add.wording == Phrase("undo.tension.add", ["first": "e1", "second": "e2"]))
        #expect(TensionEdit.settle(id: "t1", by: nil).wording == Phrase("undo.tension.reopen", ["id": "t1"]))
        try ExpectationEdit.remove(id: "e2").apply(to: &replayed)
        #expect(replayed.tensions.isEmpty, "a tension needs both its sides")
    }

    @Test func aConcernWithNoSafeguardIsAFindingUntilOneAnswersIt() throws {
        var s = try Self.session()
        #expect(TensionAnalysis.unguarded(in: s).map(\.id) == ["e3"])
        try s.addRisk(.distance, "Clients see Marc as a subcontractor")
        try TensionEdit.safeguards(concern: "e3", ["r1"]).apply(to: &s)
        #expect(TensionAnalysis.unguarded(in: s).map(\.id) == ["e3"], "a risk without its mitigation answers nothing")
        try s.mitigateRisk("r1", "One contract per client")
        #expect(TensionAnalysis.unguarded(in: s).isEmpty)
        try TensionEdit.safeguards(concern: "e3", []).apply(to: &s)
        #expect(s.expectations[2].safeguards == nil)
        try TensionEdit.safeguards(concern: "e3", ["e4", "E4"]).apply(to: &s)
        #expect(s.expectations[2].safeguards == ["e4"])
        #expect(TensionAnalysis.unguarded(in: s).isEmpty)
    }

    @Test func theAgreementAnalysisLinksConcernsARuleAnswers() throws {
        var s = try Self.session()
        try s.addRule(.communication, "Marc is introduced as a partner")
        #expect(
            !AgreementAnalysis.findings(in: s).contains { if case .safeguards = $0 { true } else { false } },
            "silent while no concern names the rule")
        try TensionEdit.safeguards(concern: "e3", ["g1"]).apply(to: &s)
        #expect(
            AgreementAnalysis.findings(in: s).contains(.safeguards(.communication, rules: ["g1"], concerns: ["e3"])))
    }

    @Test func tensionsAndSafeguardsShowInTheDiff() throws {
        var s = try Self.session()
        let before = s.state
        try TensionEdit.add(first: "e1", second: "e2", note: "").apply(to: &s)
        try TensionEdit.safeguards(concern: "e3", ["e4"]).apply(to: &s)
        let diff = SessionDiff(from: before, to: s.state, since: Day("2026-11-01")!, today: Day("2026-11-21")!)
        #expect(diff.expectations.contains(.tensionAdded(Tension(id: "t1", between: ["e1", "e2"]))))
        #expect(diff.expectations.contains(.safeguards(id: "e3", from: [], to: ["e4"])))
    }

    @Test func olderFilesWithoutTensionsOrSafeguardsOpen() throws {
        let json = #"{"id":"e3","partner":"p2","kind":"concern","text":"x"}"#
        let item = try JSONDecoder().decode(Expectation.self, from: Data(json.utf8))
        #expect(item.safeguards == nil)
        let encoded = String(decoding: try JSONEncoder().encode(item), as: UTF8.self)
        #expect(!encoded.contains("safeguards"), "nothing written while none is named")
    }
}
