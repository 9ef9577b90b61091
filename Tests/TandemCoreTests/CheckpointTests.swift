import Foundation
@testable import TandemCore
import Testing

@Suite struct CheckpointTests {
    static func day(_ text: String) -> Day { Day(text) ?? Day(Date()) }
    static let today = day("2026-11-21")

    /// Two partners, a stage, two risks, an action: enough for every module to show.
    static func session() throws -> Session {
        var s = Session(title: "Atelier", language: .en, now: Date(timeIntervalSince1970: 1_772_442_000))  // 2026-03-02
        try s.addPartner(name: "Zoé")
        try s.addPartner(name: "Marc")
        try s.addExpectation(partner: "Zoé", kind: .expectation, text: "Quick answers")
        try s.addNeed(name: "Branding", critical: true)
        try s.rate(partner: "Zoé", need: "Branding", score: 3)
        try s.addStage(name: "Pilot")
        try s.addRisk(.defection, "Marc leaves")
        try s.rateRisk("r1", likelihood: 3, impact: 4)
        try s.rateHealth(partner: "Zoé", ingredient: .trust, score: 4, on: day("2026-03-16"))
        try s.logPhase(.euphoria, on: day("2026-03-02"))
        try s.addAction(text: "Send the contract", due: day("2026-03-20"), on: day("2026-03-02"))
        return s
    }

    @Test func aNewSessionPlansItsReviews() throws {
        let s = try Self.session()
        #expect(s.reviews.checkin == Self.day("2026-05-02"))
        #expect(s.reviews.formal == Self.day("2026-09-02"))
        #expect(s.reviews.underway == nil)
        #expect(s.checkpoints.isEmpty)
    }

    @Test func anOlderFileLoadsWithDefaults() throws {
        let json = #"{"schemaVersion": 1, "title": "Old", "createdAt": "2026-01-31T08:00:00Z"}"#
        let s = try SessionCodec.decode(Array(json.utf8), file: "old.json")
        #expect(s.checkpoints.isEmpty)
        #expect(s.reviews.checkin == Self.day("2026-03-31"))
        #expect(s.reviews.formal == Self.day("2026-07-31"))
    }

    @Test func aCheckpointFreezesTheModules() throws {
        var s = try Self.session()
        _ = try s.openGate("Pilot")
        let checkpoint = try s.addCheckpoint(label: "Kick-off", on: Self.today)
        #expect(checkpoint.id == "c1")
        #expect(checkpoint.date == Self.today)
        #expect(checkpoint.state.risks == s.risks)
        #expect(checkpoint.state.actions == s.actions)
        #expect(checkpoint.state.health == s.health)
        #expect(checkpoint.state.stages.first?.draft == nil, "a gate under way is not state")
        try s.rateRisk("r1", likelihood: 5, impact: 5)
        #expect(s.checkpoints[0].state.risks[0].likelihood == 3)
        #expect(try s.addCheckpoint(on: Self.today).id == "c2")
        #expect(try s.addCheckpoint(on: Self.today).id == "c3", "labels are optional and may be left out twice")
        #expect(s.latestCheckpoint?.id == "c3")
    }

    @Test func labelsAreUniqueAndClean() throws {
        var s = try Self.session()
        try s.addCheckpoint(label: "  Kick-off ", on: Self.today)
        #expect(s.checkpoints[0].label == "Kick-off")
        #expect(throws: SessionError.exists(.checkpoint, "kick-off")) {
            try s.addCheckpoint(label: "kick-off", on: Self.today)
        }
        #expect(throws: SessionError.invalidText(field: "checkpoint.label")) {
            try s.addCheckpoint(label: "a\u{7}b", on: Self.today)
        }
        #expect(s.freeCheckpointLabel("follow-up") == "follow-up")
        #expect(s.freeCheckpointLabel("Kick-off") == "Kick-off (2)")
    }

    @Test func checkpointsAreFoundByIDNumberOrLabel() throws {
        var s = try Self.session()
        try s.addCheckpoint(label: "Kick-off", on: Self.today)
        try s.addCheckpoint(label: "Après le pilote", on: Self.today)
        try s.addCheckpoint(label: "Après la revue", on: Self.today)
        #expect(try s.checkpoint("c2").label == "Après le pilote")
        #expect(try s.checkpoint("3").id == "c3")
        #expect(try s.checkpoint("KICK-OFF").id == "c1")
        #expect(try s.checkpoint("apres le pilote").id == "c2")
        #expect(try s.checkpoint("kick").id == "c1")
        #expect(throws: SessionError.ambiguous(.checkpoint, "après", ["c2 Après le pilote", "c3 Après la revue"])) {
            try s.checkpoint("après")
        }
        #expect(throws: SessionError.unknown(.checkpoint, "c9")) { try s.checkpoint("c9") }
        #expect(throws: SessionError.unknown(.checkpoint, "")) { try s.checkpoint("") }
    }

    @Test func aCheckpointSurvivesTheFileAndKeepsItStable() throws {
        var s = try Self.session()
        try s.addCheckpoint(label: "Kick-off", on: Self.today)
        let bytes = try SessionCodec.encode(s)
        #expect(try SessionCodec.decode(bytes, file: "s.json") == s)
        #expect(try SessionCodec.encode(SessionCodec.decode(bytes, file: "s.json")) == bytes)
        // A checkpoint of the state as it is keeps no copy: it is what differs from the state after it (nothing).
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let checkpoint = try #require((object["checkpoints"] as? [[String: Any]])?.first)
        #expect(checkpoint["state"] == nil && checkpoint["changes"] == nil)
        #expect(Set(checkpoint.keys) == ["id", "label", "date", "notes"])
        // An edit after it adds the item's older version to its changes, once.
        let risk = try #require(s.risks.first)
        s.risks[0].mitigation = "Weekly call"
        let edited = try SessionCodec.encode(s)
        let reread = try SessionCodec.decode(edited, file: "s.json")
        #expect(reread == s)
        #expect(reread.checkpoints[0].state.risks.first == risk)
        let after = try #require(try JSONSerialization.jsonObject(with: Data(edited)) as? [String: Any])
        let changes = try #require((after["checkpoints"] as? [[String: Any]])?.first?["changes"] as? [String: Any])
        #expect(Set(changes.keys) == ["risks"])
    }

    @Test func reviewRemindersSayWhatIsDueOrLate() {
        var plan = ReviewPlan(start: Self.day("2026-10-15"))
        #expect(plan.reminders(today: Self.today).isEmpty)
        #expect(plan.upcoming(today: Self.today).map(\.kind) == [.checkin, .formal])
        plan.checkin = Self.day("2026-11-01")
        plan.formal = Self.day("2026-12-05")
        let due = plan.reminders(today: Self.today)
        #expect(due.map(\.kind) == [.checkin, .formal])
        #expect(due.map(\.days) == [-20, 14])
        #expect(due[0].isOverdue && !due[1].isOverdue)
        plan.formal = Self.day("2026-12-06")
        #expect(plan.reminders(today: Self.today).map(\.kind) == [.checkin])
        plan.formal = Self.day("2026-10-01")
        #expect(plan.upcoming(today: Self.today).first?.kind == .formal, "the earlier first")
    }

    @Test func aFollowUpFixesItsAgendaWhenItStarts() throws {
        var s = try Self.session()
        try s.addAction(text: "Soon", due: Self.day("2026-11-28"), on: Self.today)
        try s.addAction(text: "Later", due: Self.day("2026-11-29"), on: Self.today)
        try s.addAction(text: "Undated", on: Self.today)
        for (i, (l, i2)) in [(1, 1), (5, 5), (2, 2), (4, 4), (3, 3), (2, 5)].enumerated() {
            try s.addRisk(.value, "risk \(i)")
            try s.rateRisk("r\(i + 2)", likelihood: l, impact: i2)
        }
        try s.setRiskStatus("r3", .closed)
        try s.setRiskStatus("r5", .watching)
        try s.addRisk(.other, "unrated")
        let draft = s.startFollowUp(on: Self.today)
        #expect(draft.checkpoint == "c1")
        #expect(draft.prefix == "followup.c1.")
        #expect(draft.actions == ["a1", "a2"], "late first, then due within a week")
        #expect(draft.risks == ["r5", "r1", "r7", "r6", "r4"], "open or watched, rated, highest first, five at most")
        #expect(draft.phase == .euphoria)
        try s.completeAction("a1", on: Self.today)
        #expect(s.startFollowUp(on: Self.today) == draft, "one under way is resumed, not replaced")
    }

    /// The scan answered before the last checkpoint (or on a day not known)
    /// is asked again; an answer given since is not; no checkpoint, nothing.
    @Test func aFollowUpAsksAgainTheScanAnsweredBeforeTheLastCheckpoint() throws {
        var s = try Self.session()
        s.scan(.hiddenAgendas, .no, on: Self.day("2026-03-01"))
        s.scan(.notEnoughTime, .unsure, on: Self.day("2026-10-01"))
        s.scan(.noLearning, .yes, on: Self.day("2026-03-01"))
        s.failureScanDays[FailureReason.noLearning.rawValue] = nil  // an older file's answer
        #expect(s.scanToConfirm().isEmpty, "before a first checkpoint there is nothing to confirm")
        try s.addCheckpoint(label: "pilot", on: Self.day("2026-09-01"))
        #expect(s.scanToConfirm() == [.hiddenAgendas, .noLearning])
        let draft = s.startFollowUp(on: Self.today)
        #expect(draft.scan == [.hiddenAgendas, .noLearning])
        let question = QuestionID.followUp(checkpoint: draft.checkpoint, .scan(.hiddenAgendas))
        #expect(QuestionID(question.raw) == question)
        #expect(!question.isAnswered(in: s, since: Self.today))
        s.scan(.hiddenAgendas, .no, on: Self.today)  // confirmed today
        #expect(question.isAnswered(in: s, since: Self.today))
    }

    @Test func finishingAFollowUpKeepsACheckpointAndMovesTheCheckIn() throws {
        var s = try Self.session()
        let draft = s.startFollowUp(on: Self.today)
        s.guide.answer(.followUp(checkpoint: draft.checkpoint, .phase), on: Self.today)
        s.guide.skip(.followUp(checkpoint: draft.checkpoint, .risk("r1", .rate)), on: Self.today)
        s.guide.answer(.context(.purpose), on: Self.today)
        let checkpoint = try s.finishFollowUp(label: "follow-up", on: Self.today)
        #expect(checkpoint.id == "c1")
        #expect(s.checkpoints == [checkpoint])
        // The formal review (2026-09-02) is late: the next check-in comes in a month, not two.
        #expect(s.reviews.checkin == Self.day("2026-12-21"))
        #expect(checkpoint.minutes?.reason == .formalLate)
        #expect(checkpoint.minutes?.checkin == Self.day("2026-12-21"))
        #expect(s.reviews.formal == Self.day("2026-09-02"), "the formal review is the coach's to move")
        #expect(s.reviews.underway == nil)
        #expect(s.guide.answered[draft.prefix + "phase"] == nil)
        #expect(s.guide.skipped[draft.prefix + "risk.r1"] != nil, "skips stay: avoidance is a signal")
        #expect(s.guide.answered["context.purpose"] != nil)
        #expect(s.startFollowUp(on: Self.today).checkpoint == "c2")
    }

    @Test func aDiscardedFollowUpDropsItsAnswersAndItsID() throws {
        var s = try Self.session()
        let draft = s.startFollowUp(on: Self.today)
        s.guide.answer(.followUp(checkpoint: draft.checkpoint, .phase), on: Self.today)
        s.discardFollowUp()
        #expect(s.reviews.underway == nil)
        #expect(s.guide.answered.isEmpty)
        #expect(s.startFollowUp(on: Self.today).checkpoint == "c2", "ids are never handed out twice")
    }

    @Test func gatesAreDueOnceTheirReviewDateHasCome() throws {
        var s = try Self.session()
        try s.addStage(name: "Offer")
        try s.addStage(name: "Brand")
        try s.setReview("Pilot", Self.day("2026-11-01"))
        try s.setReview("Offer", Self.today)
        try s.setReview("Brand", Self.day("2026-11-22"))
        #expect(s.gatesDue(today: Self.today).map(\.name) == ["Pilot", "Offer"])
        s.stages[0].gates.append(GateRecord(date: Self.day("2026-11-02"), assessments: [], verdict: .hold))
        #expect(s.gatesDue(today: Self.today).map(\.name) == ["Offer"], "a gate held since the review date settles it")
    }
}
