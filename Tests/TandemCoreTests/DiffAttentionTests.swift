import Foundation
@testable import TandemCore
import Testing

/// Notes in a diff, diffs between two checkpoints, and what "!" marks.
@Suite struct DiffAttentionTests {
    static let since = SessionDiffTests.since
    static let today = SessionDiffTests.today

    static func instant(_ day: String) -> Date {
        Date(timeIntervalSince1970: Double((Day(day) ?? Day.first).ordinal) * 86_400 + 36_000)
    }

    @Test func notesWrittenSinceTheCheckpointAreListed() throws {
        var s = try SessionDiffTests.base()
        let before = try SessionDiffTests.diff(s)
        #expect(before.notes.isEmpty)
        // Written the day the checkpoint was taken, after it: still "since" (counted, not dated).
        try s.addNote("Julien a dit « on verra » ; à garder", at: Self.instant("2026-07-02"))
        let diff = try SessionDiffTests.diff(s)
        #expect(diff.notes.map(\.text) == ["Julien a dit « on verra » ; à garder"])
        #expect(diff.count == before.count + 1)
    }

    @Test func olderCheckpointsWithoutACountGoByDay() throws {
        var s = try SessionDiffTests.base()
        try s.addNote("before", at: Self.instant("2026-07-01"))
        try s.addNote("after", at: Self.instant("2026-07-03"))
        s.checkpoints[0].notes = nil
        #expect(try SessionDiffTests.diff(s).notes.map(\.text) == ["after"])
        // The count survives the file.
        s.checkpoints[0].notes = 1
        let reread = try SessionCodec.decode(try SessionCodec.encode(s), file: "s.json")
        #expect(reread.checkpoints[0].notes == 1)
        #expect(try SessionDiffTests.diff(reread).notes.map(\.text) == ["after"])
    }

    @Test func twoCheckpointsCompareWhatLayBetweenThem() throws {
        var s = try SessionDiffTests.base()
        try s.addNote("between", at: Self.instant("2026-08-01"))
        try s.addRisk(.distance, "We avoid money")
        let first = try #require(s.checkpoints.first)
        let second = try s.addCheckpoint(label: "later", on: SessionDiffTests.day("2026-09-01"))
        try s.addNote("after both", at: Self.instant("2026-09-02"))
        try s.addRisk(.other, "Not between")
        let diff = SessionDiff(from: first, to: second, in: s)
        #expect(diff.notes.map(\.text) == ["between"])
        #expect(diff.risks.count == 1)
        // The first action fell due (2026-10-15) after the second checkpoint: not late in between.
        #expect(diff.actions.isEmpty)
        #expect(SessionDiff(from: second, to: second, in: s).isEmpty)
    }

    @Test func aCommitmentTurnedLateNeedsAttention() throws {
        var s = try SessionDiffTests.base()
        let marc = try #require(s.expectations.first { $0.kind == .commitment })
        _ = try s.setDue(marc.id, SessionDiffTests.day("2026-09-30"))
        let diff = try SessionDiffTests.diff(s)
        let late = diff.expectations.filter { if case .late = $0 { return true } else { return false } }
        #expect(late.count == 1)
        #expect(late.allSatisfy(SessionDiff.needsAttention))
        // Due after today, or already late at the checkpoint: not "turned late".
        #expect(try SessionDiffTests.diff(s, today: SessionDiffTests.day("2026-09-30")).expectations.count == 1)
        _ = try s.setDue(marc.id, SessionDiffTests.day("2026-06-30"))
        #expect(!(try SessionDiffTests.diff(s).expectations.contains(where: SessionDiff.needsAttention)))
    }

    @Test func risksNeedAttentionWhenTheyEnterHighOrCritical() throws {
        var risk = Risk(id: "r9", zone: .value, text: "x")
        risk.likelihood = 4
        risk.impact = 4
        #expect(SessionDiff.needsAttention(RiskChange.added(risk)))
        #expect(!SessionDiff.needsAttention(RiskChange.added(Risk(id: "r8", zone: .value, text: "x"))))
        let medium = RiskScore(likelihood: 3, impact: 3)
        let high = RiskScore(likelihood: 3, impact: 4)
        let higher = RiskScore(likelihood: 4, impact: 4)
        #expect(SessionDiff.needsAttention(RiskChange.rescored(id: "r1", from: medium, to: high)))
        #expect(SessionDiff.needsAttention(RiskChange.rescored(id: "r1", from: high, to: higher)))
        #expect(SessionDiff.needsAttention(RiskChange.rescored(id: "r1", from: nil, to: high)))
        #expect(!SessionDiff.needsAttention(RiskChange.rescored(id: "r1", from: higher, to: high)))
        #expect(!SessionDiff.needsAttention(RiskChange.rescored(id: "r1", from: nil, to: medium)))
    }

    @Test func crisisAndLowHealthNeedAttention() {
        let euphoria = PhaseEntry(phase: .euphoria, date: Self.since)
        let crisis = PhaseEntry(phase: .crisis, date: Self.today)
        #expect(SessionDiff.needsAttention(PhaseShift(from: euphoria, to: crisis, logged: [crisis])))
        #expect(SessionDiff.needsAttention(PhaseShift(from: nil, to: crisis, logged: [crisis])))
        #expect(!SessionDiff.needsAttention(PhaseShift(from: crisis, to: crisis, logged: [])))
        #expect(!SessionDiff.needsAttention(PhaseShift(from: crisis, to: euphoria, logged: [euphoria])))
        #expect(SessionDiff.needsAttention(HealthShift(partner: "p1", ingredient: .trust, from: 4, to: 2)))
        #expect(SessionDiff.needsAttention(HealthShift(partner: "p1", ingredient: .trust, from: nil, to: 1)))
        #expect(!SessionDiff.needsAttention(HealthShift(partner: "p1", ingredient: .trust, from: 1, to: 2)))
        #expect(!SessionDiff.needsAttention(HealthShift(partner: "p1", ingredient: .trust, from: 4, to: 3)))
    }
}
