import Foundation
@testable import TandemCore
import Testing

@Suite struct PhaseAnalysisTests {
    static func day(_ text: String) -> Day { Day(text) ?? Day(Date()) }
    static let today = day("2026-11-21")

    static func session(_ phase: Phase? = nil, on date: String = "2026-11-01", note: String = "") throws -> Session {
        var s = Session(title: "t", language: .en, now: Date(timeIntervalSince1970: 0))
        try s.addPartner(name: "Zoé")
        try s.addPartner(name: "Marc")
        if let phase { try s.logPhase(phase, note: note, on: day(date)) }
        return s
    }

    static func risk(_ id: String, _ likelihood: Int, _ impact: Int, _ status: RiskStatus = .open) -> Risk {
        var risk = Risk(id: id, zone: .defection, text: "r")
        risk.likelihood = likelihood
        risk.impact = impact
        risk.status = status
        return risk
    }

    static func stage(_ id: String, _ verdicts: [(String, GateVerdict)]) -> Stage {
        var stage = Stage(id: id, name: "Stage " + id)
        stage.gates = verdicts.map { GateRecord(date: day($0.0), assessments: [], verdict: $0.1) }
        return stage
    }

    /// A session full of trouble: every kind of signal is present.
    static func troubled(_ phase: Phase) throws -> Session {
        var s = try session(phase)
        s.risks = [risk("r1", 4, 4), risk("r2", 5, 5, .mitigated), risk("r3", 3, 5), risk("r4", 5, 4, .watching)]
        s.stages = [
            stage("s1", [("2026-10-01", .advance)]), stage("s2", [("2026-10-01", .advance), ("2026-11-10", .hold)]),
        ]
        try s.rateHealth(partner: "Zoé", ingredient: .trust, score: 2, on: today)
        try s.rateHealth(partner: "Marc", ingredient: .trust, score: 5, on: today)
        try s.rateHealth(partner: "Zoé", ingredient: .care, score: 2, on: today)
        try s.rateHealth(partner: "Marc", ingredient: .care, score: 2, on: today)
        try s.addAction(text: "late", due: day("2026-11-20"), on: day("2026-11-01"))
        try s.addAction(text: "not late", due: today, on: day("2026-11-01"))
        s.expectations = [
            Expectation(id: "e1", partner: "p1", kind: .expectation, text: "clients"),
            Expectation(id: "e2", partner: "p2", kind: .expectation, text: "visibility", answeredBy: ["e3"]),
            Expectation(id: "e3", partner: "p1", kind: .commitment, text: "a newsletter"),
            Expectation(id: "e4", partner: "p2", kind: .expectation, text: "money", answeredBy: ["e99"]),
            Expectation(id: "e5", partner: "p2", kind: .concern, text: "time"),
        ]
        return s
    }

    @Test func euphoriaIsContradictedByEverySignOfTrouble() throws {
        let a = PhaseAnalysis(try Self.troubled(.euphoria), today: Self.today)
        #expect(a.current?.phase == .euphoria)
        #expect(
            a.signals == [
                .criticalRisks(["r1", "r4"]),
                .heldGates([HeldGate(stage: "s2", verdict: .hold, date: Self.day("2026-11-10"))]),
                .perceptionGaps([
                    PerceptionGap(ingredient: .trust, low: PartnerScore("p1", 2), high: PartnerScore("p2", 5))
                ]),
                .healthConcerns([.care]),
                .overdueActions(["a1"]),
                .unansweredExpectations(["e1", "e4"]),
            ])
    }

    @Test func performanceIsContradictedByConcernsRisksGatesAndLateActions() throws {
        let a = PhaseAnalysis(try Self.troubled(.performance), today: Self.today)
        #expect(
            a.signals == [
                .healthConcerns([.care]),
                .criticalRisks(["r1", "r4"]),
                .heldGates([HeldGate(stage: "s2", verdict: .hold, date: Self.day("2026-11-10"))]),
                .overdueActions(["a1"]),
            ])
    }

    /// Performance takes settled roles, a shared picture and good talk for
    /// granted: a gate on hold or exit, or the scan saying yes to those, contradicts it.
    @Test func performanceIsContradictedByTheScanAndAStageOnHoldOrExit() throws {
        var s = try Self.session(.performance)
        s.stages = [
            Self.stage("s1", [("2026-09-01", .hold), ("2026-10-01", .advance)]),
            Self.stage("s2", [("2026-10-15", .end)]),
        ]
        s.failureScan = [
            FailureReason.unclearRoles.rawValue: .yes, FailureReason.poorCommunication.rawValue: .yes,
            FailureReason.noSharedVision.rawValue: .unsure, FailureReason.notEnoughTime.rawValue: .yes,
        ]
        #expect(
            PhaseAnalysis(s, today: Self.today).signals == [
                .heldGates([HeldGate(stage: "s2", verdict: .end, date: Self.day("2026-10-15"))]),
                .scanFlags([.unclearRoles, .poorCommunication]),
            ])
        // The same scan does not contradict euphoria, where roles are still being found.
        try s.logPhase(.euphoria, on: Self.today)
        #expect(!PhaseAnalysis(s, today: Self.today).signals.contains(.scanFlags([.unclearRoles, .poorCommunication])))
    }

    @Test func aQuietSessionFitsEuphoriaAndPerformance() throws {
        for phase in [Phase.euphoria, .performance] {
            var s = try Self.session(phase)
            s.risks = [Self.risk("r1", 2, 3)]
            s.stages = [Self.stage("s1", [("2026-10-01", .hold), ("2026-11-10", .advance)])]
            try s.rateHealth(partner: "Zoé", ingredient: .trust, score: 4, on: Self.today)
            try s.rateHealth(partner: "Marc", ingredient: .trust, score: 5, on: Self.today)
            #expect(PhaseAnalysis(s, today: Self.today).signals == [])
        }
    }

    @Test func aCrisisWithNothingRecordedIsFlagged() throws {
        var s = try Self.session(.crisis)
        s.risks = [Self.risk("r1", 2, 3)]
        #expect(PhaseAnalysis(s, today: Self.today).signals == [.crisisUndescribed])
    }

    @Test(arguments: ["note", "risk", "concern", "gap", "gate", "session note"])
    func aCrisisIsDescribedByAnyOfTheseRecords(_ record: String) throws {
        var s = try Self.session(.crisis, note: record == "note" ? "invoice dispute" : "")
        switch record {
        case "risk": s.risks = [Self.risk("r1", 3, 4)]
        case "concern":
            try s.rateHealth(partner: "Zoé", ingredient: .values, score: 2, on: Self.today)
        case "gap":
            try s.rateHealth(partner: "Zoé", ingredient: .values, score: 3, on: Self.today)
            try s.rateHealth(partner: "Marc", ingredient: .values, score: 5, on: Self.today)
        case "gate": s.stages = [Self.stage("s1", [("2026-11-10", .end)])]
        case "session note":
            s.notes = [Note(text: "Marc is angry about the split", date: Date(timeIntervalSince1970: 1_795_255_200))]
        default: break
        }
        #expect(PhaseAnalysis(s, today: Self.today).signals == [])
    }

    @Test func anOldDeclarationAsksForACheck() throws {
        let s = try Self.session(.performance, on: "2026-08-01")
        #expect(PhaseAnalysis(s, today: Self.today).signals == [.stale(days: 112)])
        let fresh = try Self.session(.performance, on: "2026-09-21")
        #expect(PhaseAnalysis(fresh, today: Self.today).signals == [])
    }

    @Test func timelineSpansEndWhenTheNextPhaseStarts() throws {
        var s = try Self.session(.euphoria, on: "2026-03-02")
        try s.logPhase(.crisis, note: "first dispute", on: Self.day("2026-06-10"))
        try s.logPhase(.performance, on: Self.day("2026-09-15"))
        let a = PhaseAnalysis(s, today: Self.today)
        #expect(a.timeline.map(\.days) == [100, 97, 67])
        #expect(a.timeline.map(\.end) == [Self.day("2026-06-10"), Self.day("2026-09-15"), nil])
        #expect(a.current?.phase == .performance)
    }

    @Test func aSecondDeclarationTheSameDayCorrectsTheFirst() throws {
        var s = try Self.session()
        #expect(try s.logPhase(.euphoria, note: "great start", on: Self.today) == .logged)
        #expect(try s.logPhase(.euphoria, on: Self.today) == .unchanged)
        #expect(try s.logPhase(.euphoria, note: "still great", on: Self.today) == .updated)
        #expect(s.phases.last?.note == "still great")
        #expect(try s.logPhase(.crisis, on: Self.today) == .corrected(was: .euphoria))
        #expect(s.phases.count == 1)
        #expect(s.phases.last?.note == "")
        #expect(try s.notePhase("the invoice"))
        #expect(s.phases == [PhaseEntry(phase: .crisis, date: Self.today, note: "the invoice")])
    }

    @Test func noPhaseMeansNoSignals() throws {
        let a = PhaseAnalysis(try Self.troubled(.euphoria).withoutPhases, today: Self.today)
        #expect(a.current == nil)
        #expect(a.signals.isEmpty)
    }
}

extension Session {
    fileprivate var withoutPhases: Session {
        var copy = self
        copy.phases = []
        return copy
    }
}

/// Each partner's voice on the phase: recorded per partner and day, their
/// disagreement shown, the declared phase contradicted by a voice given since.
@Suite struct PhaseVoiceTests {
    static let today = PhaseAnalysisTests.today

    /// The case that motivated it: Zoé felt a crisis, Marc saw the pilot
    /// working; the guide asked "the partnership" once and kept one answer.
    @Test func partnersWhoSeeDifferentPhasesAreADisagreement() throws {
        var s = try PhaseAnalysisTests.session()
        try PhaseEdit.voice(partner: "Zoé", .crisis, note: "invoices late", on: Self.today).apply(to: &s)
        #expect(!PhaseAnalysis(s, today: Self.today).partnersDisagree)
        try PhaseEdit.voice(partner: "Marc", .performance, note: "", on: Self.today).apply(to: &s)
        let analysis = PhaseAnalysis(s, today: Self.today)
        #expect(analysis.partnersDisagree)
        #expect(analysis.voices.map(\.partner) == ["p1", "p2"])
        #expect(analysis.voices.first?.note == "invoices late")
        let t = Wording(catalog: try #require(ActionEditCheck.catalog), language: .en)
        let said = Findings.phaseVoices(analysis, s, t)
        #expect(said.count == 1 && said.first?.tone == .warning)
        #expect(
            said.first?.text.hasPrefix(
                "The partners do not see the same phase: Zoé: crisis (21 November 2026, \"invoices late\"); Marc: performance (21 November 2026)."
            )
                == true)
    }

    /// Found in the example's report: views given months before a later declaration
    /// still read as a disagreement. The declaration made after them is the newer
    /// word: the views are listed, not called a split; views given since count again.
    @Test func viewsOlderThanTheDeclaredPhaseAreNoDisagreement() throws {
        var s = try PhaseAnalysisTests.session()
        let earlier = Self.today.adding(days: -60)
        try s.voicePhase(partner: "Zoé", .performance, on: earlier)
        try s.voicePhase(partner: "Marc", .crisis, on: earlier)
        try s.logPhase(.crisis, on: earlier)
        #expect(PhaseAnalysis(s, today: Self.today).partnersDisagree, "given the day of the declaration")
        try s.logPhase(.performance, on: Self.today)
        let analysis = PhaseAnalysis(s, today: Self.today)
        #expect(!analysis.partnersDisagree)
        let t = Wording(catalog: try #require(ActionEditCheck.catalog), language: .en)
        #expect(Findings.phaseVoices(analysis, s, t).map(\.tone) == [.plain])
        try s.voicePhase(partner: "Marc", .crisis, on: Self.today)
        try s.voicePhase(partner: "Zoé", .euphoria, on: Self.today)
        #expect(PhaseAnalysis(s, today: Self.today).partnersDisagree)
    }

    /// One voice per partner and day: a second one the same day corrects it; a later day adds one.
    @Test func aSecondVoiceTheSameDayCorrectsTheFirst() throws {
        var s = try PhaseAnalysisTests.session()
        try s.voicePhase(partner: "Zoé", .crisis, on: Self.today)
        try s.voicePhase(partner: "Zoé", .euphoria, on: Self.today)
        #expect(s.phaseVoices == [PhaseVoice(partner: "p1", phase: .euphoria, date: Self.today)])
        try s.voicePhase(partner: "Zoé", .performance, on: Self.today.adding(days: 30))
        #expect(s.phaseVoices.count == 2 && s.latestPhaseVoices.map(\.phase) == [.performance])
        #expect(throws: SessionError.self) { try s.voicePhase(partner: "Léa", .crisis, on: Self.today) }
        try s.removePartner("Zoé")
        #expect(s.phaseVoices.isEmpty, "a removed partner's voice goes with them")
    }

    /// A voice given since the declaration that names another phase is a signal
    /// against the declared phase; an older one is not.
    @Test func aVoiceSinceTheDeclarationContradictsIt() throws {
        var s = try PhaseAnalysisTests.session(.performance, on: "2026-11-01")
        try s.voicePhase(partner: "Marc", .crisis, on: PhaseAnalysisTests.day("2026-10-01"))
        #expect(
            !PhaseAnalysis(s, today: Self.today).signals.contains {
                if case .partnersSeeOtherwise = $0 { return true } else { return false }
            })
        try s.voicePhase(partner: "Marc", .crisis, on: Self.today)
        #expect(
            PhaseAnalysis(s, today: Self.today).signals.contains(
                .partnersSeeOtherwise([PhaseVoice(partner: "p2", phase: .crisis, date: Self.today)])))
    }

    /// Older files have no voices; the voices survive a save and a checkpoint.
    @Test func voicesRoundTripAndOlderFilesOpen() throws {
        var s = try PhaseAnalysisTests.session()
        try s.voicePhase(partner: "Marc", .crisis, note: "fees", on: Self.today)
        let data = try JSONEncoder().encode(s.state)
        let back = try JSONDecoder().decode(SessionState.self, from: data)
        #expect(back.phaseVoices == s.phaseVoices)
        let older = try JSONDecoder().decode(SessionState.self, from: Data("{}".utf8))
        #expect(older.phaseVoices.isEmpty)
    }
}
