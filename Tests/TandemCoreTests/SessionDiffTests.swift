import Foundation
@testable import TandemCore
import Testing

@Suite struct SessionDiffTests {
    static func day(_ text: String) -> Day { Day(text) ?? Day(Date()) }
    static let since = day("2026-07-02")
    static let today = day("2026-11-21")

    /// A session with something in every module, and its checkpoint taken on `since`.
    static func base() throws -> Session {
        var s = try CheckpointTests.session()
        try s.addExpectation(partner: "Marc", kind: .commitment, text: "Answer within a day")
        try s.addTrait(partner: "Zoé", kind: .strength, text: "Knows the clients")
        try s.addEntry("Pilot", Condition(text: "One client signed"))
        try s.addExit("Pilot", "Leave with a month's notice")
        try s.addRisk(.value, "Who brought the client")
        try s.rateHealth(partner: "Marc", ingredient: .trust, score: 4, on: day("2026-03-16"))
        try s.addAction(text: "Book the review", due: day("2026-10-15"), on: since)
        try s.addCheckpoint(label: "base", on: since)
        return s
    }

    static func diff(_ s: Session, today: Day = today) throws -> SessionDiff {
        SessionDiff(since: try #require(s.latestCheckpoint), in: s, today: today)
    }

    @Test func anUnchangedSessionHasNoChanges() throws {
        let s = try Self.base()
        let diff = SessionDiff(since: try #require(s.latestCheckpoint), in: s, today: Self.since)
        #expect(diff.isEmpty)
        #expect(diff.count == 0)
        #expect(
            diff == SessionDiff(from: s.state.frozen, to: s.state.frozen, since: Self.since, today: Self.since))
        #expect(
            SessionDiff(from: SessionState(), to: SessionState(), since: Self.since, today: Self.today).isEmpty)
    }

    @Test func contextAndPartners() throws {
        var s = try Self.base()
        s.context.purpose = "Win contracts"
        s.context.type = .commercial
        try s.renamePartner("Marc", to: "Marc D.")
        try s.addPartner(name: "Léa", role: "accountant")
        let diff = try Self.diff(s)
        #expect(
            diff.context == [
                .purpose(from: "", to: "Win contracts"), .type(from: nil, to: .commercial),
                .partnerAdded(Partner(id: "p3", name: "Léa", role: "accountant")),
                .partnerRenamed(id: "p2", from: "Marc", to: "Marc D."),
            ])
        try s.removePartner("Léa")
        #expect(try Self.diff(s).context.count == 3)
    }

    /// Every partner field moves in the diff: name, role, whom they speak for, personal goals.
    @Test func everyPartnerFieldIsCompared() throws {
        var s = try Self.base()
        s.partners[0].role = "designer"
        s.partners[0].represents = "Studio Lumen"
        try s.setPersonalGoals("Marc", "A portfolio in industry")
        s.context.vision = "A shared brand"
        s.context.level = .decide
        s.context.relationship = .friends
        let diff = try Self.diff(s)
        #expect(
            diff.context == [
                .vision(from: "", to: "A shared brand"), .level(from: nil, to: .decide),
                .relationship(from: nil, to: .friends), .partnerRole(id: "p1", from: "", to: "designer"),
                .partnerRepresents(id: "p1", from: "", to: "Studio Lumen"),
            ])
        #expect(diff.expectations == [.goals(partner: "p2", from: "", to: "A portfolio in industry")])
        #expect(diff.count == 7)  // with the action fallen overdue since the checkpoint
        // A checkpoint taken now, then the goals rewritten and cleared.
        try s.addCheckpoint(label: "goals", on: Self.today)
        try s.setPersonalGoals("Marc", "")
        #expect(try Self.diff(s).expectations == [.goals(partner: "p2", from: "A portfolio in industry", to: "")])
    }

    @Test func expectations() throws {
        var s = try Self.base()
        try s.link("e1", to: "e2")
        try s.setMeasure("e2", "reply time")
        let added = try s.addExpectation(partner: "Zoé", kind: .concern, text: "Time")
        try s.removeExpectation("e1")
        let diff = try Self.diff(s)
        let removed = s.checkpoints[0].state.expectations[0]  // as it was then: not linked yet
        #expect(
            diff.expectations == [.added(added), .removed(removed), .measure(id: "e2", from: "", to: "reply time")])
        var linked = try Self.base()
        try linked.link("e1", to: "e2")
        #expect(try Self.diff(linked).expectations == [.linked(id: "e1", answers: ["e2"])])
    }

    @Test func keptCommitmentsAreAChange() throws {
        var s = try Self.base()
        try s.setKept("e2", Self.day("2026-11-20"))
        #expect(try Self.diff(s).expectations == [.kept(id: "e2", from: nil, to: Self.day("2026-11-20"))])
    }

    @Test func theMapSaysWhichRatingsMoved() throws {
        var s = try Self.base()
        try s.rate(partner: "Zoé", need: "Branding", score: 2)
        try s.rate(partner: "Marc", need: "Branding", score: 1)
        let sales = try s.addNeed(name: "Sales")
        try s.setCritical("Branding", false)
        try s.addTrait(partner: "Marc", kind: .weakness, text: "Little time")
        let diff = try Self.diff(s)
        #expect(
            diff.map == [
                .needAdded(sales), .critical(need: "n1", now: false),
                .rating(partner: "p1", need: "n1", from: 3, to: 2),
                .rating(partner: "p2", need: "n1", from: nil, to: 1),
                .traitAdded(Trait(partner: "p2", kind: .weakness, text: "Little time")),
            ])
        // Ratings of a removed need go with it, without a line each.
        var gone = try Self.base()
        let need = try gone.removeNeed("Branding")
        #expect(try Self.diff(gone).map == [.needRemoved(need)])
    }

    /// Another partner's or the coach's view of a coverage moves like a rating;
    /// a partner never rates themselves through a view.
    @Test func othersViewsOfTheMap() throws {
        var s = try Self.base()
        try s.addCheckpoint(label: "views", on: Self.since)
        _ = try s.ratePeer(partner: "Zoé", need: "Branding", by: "Marc", score: 1)
        _ = try s.ratePeer(partner: "Marc", need: "Branding", by: "coach", score: 2)
        #expect(
            try Self.diff(s).map == [
                .peerRating(partner: "p1", need: "n1", by: "p2", from: nil, to: 1),
                .peerRating(partner: "p2", need: "n1", by: "coach", from: nil, to: 2),
            ])
        try s.addCheckpoint(label: "again", on: Self.today)
        _ = try s.ratePeer(partner: "Zoé", need: "Branding", by: "Marc", score: 3)
        #expect(try Self.diff(s).map == [.peerRating(partner: "p1", need: "n1", by: "p2", from: 1, to: 3)])
        #expect(try Self.diff(s).count(of: .map) == 1)
    }

    @Test func stagesAndGateVerdicts() throws {
        var s = try Self.base()
        try s.addEntry("Pilot", Condition(text: "Budget agreed", due: Self.day("2026-12-01")))
        try s.setConditionMeasure("Pilot", condition: 1, "signed contract")
        try s.setReview("Pilot", Self.day("2026-11-01"))
        s.stages[0].exits = []
        s.stages[0].gates.append(GateRecord(date: Self.day("2026-09-01"), assessments: [], verdict: .advance))
        s.stages[0].gates.append(GateRecord(date: Self.day("2026-11-02"), assessments: [], verdict: .hold))
        let offer = try s.addStage(name: "Offer")
        let diff = try Self.diff(s)
        #expect(diff.stages.first == .added(offer))
        #expect(
            diff.stages.contains(
                .entryAdded(stage: "s1", Condition(text: "Budget agreed", due: Self.day("2026-12-01")))))
        #expect(
            diff.stages.contains(
                .entryChanged(
                    stage: "s1", from: Condition(text: "One client signed"),
                    to: Condition(text: "One client signed", measure: "signed contract"))))
        #expect(diff.stages.contains(.exitRemoved(stage: "s1", "Leave with a month's notice")))
        #expect(diff.stages.contains(.review(stage: "s1", from: nil, to: Self.day("2026-11-01"))))
        let gates = diff.stages.compactMap { change -> GateVerdict?? in
            if case .gate(_, _, let previous) = change { return previous }
            return nil
        }
        #expect(gates == [nil, .advance], "each new gate with the verdict before it")
    }

    @Test func risksWithScoresAndTheScan() throws {
        var s = try Self.base()
        try s.rateRisk("r1", likelihood: 4, impact: 4)
        try s.rateRisk("r2", likelihood: 2, impact: 2)
        try s.setRiskStatus("r1", .watching)
        try s.mitigateRisk("r1", "Monthly call")
        s.scan(.notEnoughTime, .unsure, on: Day(year: 2026, month: 3, day: 3)!)
        try s.removeRisk("r2")
        let removed = s.checkpoints[0].state.risks[1]
        let added = try s.addRisk(.distance, "Money unsaid")
        let diff = try Self.diff(s)
        #expect(
            diff.risks == [
                .added(added), .removed(removed),
                .rescored(id: "r1", from: RiskScore(likelihood: 3, impact: 4), to: RiskScore(likelihood: 4, impact: 4)),
                .status(id: "r1", from: .open, to: .watching), .mitigation(id: "r1", from: "", to: "Monthly call"),
                .scan(.notEnoughTime, from: nil, to: .unsure),
            ])
        var first = try Self.base()
        try first.rateRisk("r2", likelihood: 2, impact: 5)
        #expect(try Self.diff(first).risks == [.rescored(id: "r2", from: nil, to: RiskScore(likelihood: 2, impact: 5))])
    }

    @Test func healthComparesTheLatestRatingsOfEachPartner() throws {
        var s = try Self.base()
        try s.rateHealth(partner: "Zoé", ingredient: .trust, score: 2, on: Self.today)
        try s.rateHealth(partner: "Marc", ingredient: .trust, score: 4, on: Self.today)
        try s.rateHealth(partner: "Marc", ingredient: .care, score: 3, on: Self.today)
        let diff = try Self.diff(s)
        #expect(
            diff.health == [
                HealthShift(partner: "p1", ingredient: .trust, from: 4, to: 2),
                HealthShift(partner: "p2", ingredient: .care, from: nil, to: 3),
            ], "a rating given again with the same score is no change")
        #expect(s.health.count == 5, "earlier ratings stay in the file")
    }

    @Test func trendsPointTheWayANumberMoved() {
        #expect(Trend(from: 2, to: 4) == .up)
        #expect(Trend(from: 4, to: 2) == .down)
        #expect(Trend(from: 3, to: 3) == .same)
        #expect(RiskScore(likelihood: 4, impact: 4).band == .critical)
    }

    @Test func phaseChangesWithWhatWasDeclared() throws {
        var s = try Self.base()
        try s.logPhase(.crisis, note: "Deadlines missed", on: Self.day("2026-09-01"))
        try s.logPhase(.performance, on: Self.today)
        let shift = try #require(try Self.diff(s).phase)
        #expect(shift.from?.phase == .euphoria)
        #expect(shift.to?.phase == .performance)
        #expect(shift.logged.map(\.phase) == [.crisis, .performance])
        // A note added to the phase of the checkpoint is a change too; nothing else is not.
        var noted = try Self.base()
        try noted.notePhase("First client")
        #expect(try Self.diff(noted).phase?.logged.map(\.note) == ["First client"])
        #expect(try Self.diff(try Self.base()).phase == nil)
    }

    /// Each partner's view of the phase given since the checkpoint is a change,
    /// even when the declared phase did not move; a view given before is not.
    @Test func partnersViewsOfThePhase() throws {
        var s = try Self.base()
        try s.voicePhase(partner: "Zoé", .crisis, note: "We argue", on: Self.today)
        try s.voicePhase(partner: "Marc", .euphoria, on: Self.today)
        let shift = try #require(try Self.diff(s).phase)
        #expect(shift.logged.isEmpty)
        #expect(shift.from == shift.to)
        #expect(shift.voices.map(\.phase) == [.crisis, .euphoria])
        #expect(shift.voices.map(\.note) == ["We argue", ""])
        #expect(try Self.diff(s).count(of: .phase) == 1)
        // Taken again after the views, a checkpoint sees none of them as new.
        try s.addCheckpoint(label: "after", on: Self.today)
        #expect(try Self.diff(s).phase == nil)
        // A partner changing their mind the same day is a change again.
        try s.voicePhase(partner: "Zoé", .performance, on: Self.today)
        #expect(try Self.diff(s).phase?.voices.map(\.phase) == [.performance])
    }

    @Test func actionsDoneAddedAndFallenOverdue() throws {
        var s = try Self.base()
        let done = try s.completeAction("a1", on: Self.day("2026-07-10"))
        let added = try s.addAction(text: "Call the accountant", on: Self.today)
        let diff = try Self.diff(s)
        var finished = done
        finished.done = Self.day("2026-07-10")
        #expect(diff.actions == [.added(added), .done(finished), .overdue(s.actions[1])], "a1 was late already then")
        // a2 was due after the checkpoint and is still open: it has fallen overdue since.
        var late = try Self.base()
        #expect(try Self.diff(late, today: Self.day("2026-10-15")).actions.isEmpty, "due today is not late")
        #expect(try Self.diff(late, today: Self.today).actions == [.overdue(late.actions[1])])
        try late.setActionDue("a2", to: Self.day("2026-12-01"))
        #expect(
            try Self.diff(late).actions == [.due(id: "a2", from: Self.day("2026-10-15"), to: Self.day("2026-12-01"))])
    }
}
