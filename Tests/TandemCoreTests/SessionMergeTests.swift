import Foundation
import TandemTestSupport
import Testing

@testable import TandemCore

/// The three-way merge `tandem merge` does for git, module by module.
@Suite struct SessionMergeTests {
    static func day(_ text: String) -> Day { Day(text) ?? Day.first }
    static let now = Date(timeIntervalSince1970: 1_772_442_000)  // 2026-03-02

    /// A base both branches start from: two partners, a need rated, a risk, an action, a checkpoint.
    static func base() throws -> Session {
        var s = Session(title: "Atelier", language: .en, now: now)
        try s.addPartner(name: "Zoé")
        try s.addPartner(name: "Marc")
        try s.addExpectation(partner: "Zoé", kind: .expectation, text: "Quick answers")
        try s.addNeed(name: "Branding", critical: true)
        try s.rate(partner: "Zoé", need: "Branding", score: 3)
        try s.addStage(name: "Pilot")
        try s.addRisk(.defection, "Marc leaves")
        try s.rateRisk("r1", likelihood: 3, impact: 4)
        try s.addAction(text: "Send the contract", owner: "p1", on: day("2026-03-02"))
        try s.addRule(.money, "Half each")
        try s.logPhase(.euphoria, on: day("2026-03-02"))
        _ = try s.addNote("Met at the studio", at: now)
        try s.addCheckpoint(label: "Kick-off", on: day("2026-03-02"))
        return s
    }

    /// The merge, with each side first written and read back as a file is.
    static func merge(_ base: Session, _ ours: Session, _ theirs: Session) throws -> SessionMerge.Outcome {
        func reread(_ s: Session) throws -> Session { try SessionCodec.decode(SessionCodec.encode(s), file: "s.json") }
        return try SessionMerge.merge(base: reread(base), ours: reread(ours), theirs: reread(theirs))
    }

    @Test func everyFieldOfTheModulesSaysHowItMerges() throws {
        let encoded = try JSONEncoder().encode(SessionState())
        let keys = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any]).keys
        let declared = Set(Module.allCases.flatMap(\.mergedFields).map(\.field))
        #expect(Set(keys) == declared)
    }

    @Test func aCheckpointKeepsEveryFieldOfTheModules() {
        let fields = Set(Mirror(reflecting: SessionState()).children.compactMap(\.label))
        let kept = Set(
            Mirror(reflecting: StateDelta(from: SessionState(), later: SessionState())).children.compactMap(\.label))
        #expect(fields == kept, "a field of SessionState that StateDelta does not keep is lost by checkpoints")
    }

    @Test func bothSidesAdditionsAreKeptAndCollidingIDsRenumberedWithTheirReferences() throws {
        let base = try Self.base()
        var ours = base
        var theirs = base
        try ours.addPartner(name: "Léa")  // p3 on our side
        try ours.addRisk(.value, "Léa's share is unclear")  // r2
        try ours.addAction(text: "Ask Léa", owner: "p3", on: Self.day("2026-03-05"))  // a2
        _ = try ours.addNote("Ours", at: Self.now.addingTimeInterval(60))
        try theirs.addPartner(name: "Karim")  // p3 on theirs too: becomes p4
        try theirs.addExpectation(partner: "Karim", kind: .commitment, text: "Hosting")  // e2, partner p3 → p4
        try theirs.rate(partner: "Karim", need: "Branding", score: 1)
        try theirs.addRisk(.distance, "Karim is a friend")  // r2 → r3
        try theirs.assignRisk("r2", owner: "p3")
        try theirs.addAction(text: "Call Karim", owner: "p3", on: Self.day("2026-03-06"))  // a2 → a3
        _ = try theirs.addNote("Theirs", at: Self.now.addingTimeInterval(120))
        try theirs.addCheckpoint(label: "With Karim", on: Self.day("2026-03-06"))  // c2, its copy renumbered too
        let outcome = try Self.merge(base, ours, theirs)
        let merged = outcome.session
        #expect(merged.partners.map(\.id) == ["p1", "p2", "p3", "p4"])
        #expect(merged.partners.map(\.name) == ["Zoé", "Marc", "Léa", "Karim"])
        #expect(merged.expectations.last?.partner == "p4")
        #expect(merged.ratings.contains { $0.partner == "p4" && $0.score == 1 })
        #expect(merged.risks.map(\.id) == ["r1", "r2", "r3"])
        #expect(merged.risks.last?.owner == "p4")
        #expect(merged.actions.map(\.id) == ["a1", "a2", "a3"])
        #expect(merged.actions.map(\.owner) == ["p1", "p3", "p4"])
        #expect(merged.notes.map(\.text) == ["Met at the studio", "Ours", "Theirs"])
        #expect(merged.checkpoints.map(\.id) == ["c1", "c2"])
        let copy = try #require(merged.checkpoints.last?.state)
        #expect(copy.partners.last?.id == "p4" && copy.actions.last?.owner == "p4" && copy.risks.last?.id == "r3")
        #expect(merged.conflicts.isEmpty)
        #expect(outcome.renumbered.map(\.to).sorted() == ["a3", "p4", "r3"])
        #expect(merged.counters["partner"] == 4 && merged.counters["risk"] == 3)
        #expect(merged.integrityProblem() == nil)
    }

    @Test func deletionsAreAppliedAndOneChangeMadeOnBothSidesIsTakenOnce() throws {
        let base = try Self.base()
        var ours = base
        var theirs = base
        try theirs.removeAction("a1")
        try theirs.removeRule("g1")
        try ours.rateRisk("r1", likelihood: 5, impact: 5)
        try theirs.rateRisk("r1", likelihood: 5, impact: 5)
        try ours.mitigateRisk("r1", "Weekly call")
        try theirs.setPurpose("Websites for bakeries")
        let merged = try Self.merge(base, ours, theirs).session
        #expect(merged.actions.isEmpty && merged.rules.isEmpty)
        #expect(merged.risks[0].likelihood == 5 && merged.risks[0].impact == 5)
        #expect(merged.risks[0].mitigation == "Weekly call")
        #expect(merged.context.purpose == "Websites for bakeries")
        #expect(merged.conflicts.isEmpty)
        // The checkpoint made before the deletion still holds the action.
        #expect(merged.checkpoints[0].state.actions.map(\.id) == ["a1"])
    }

    @Test func healthAndPhasesAddedOnBothSidesAreAllKept() throws {
        let base = try Self.base()
        var ours = base
        var theirs = base
        try ours.rateHealth(partner: "Zoé", ingredient: .trust, score: 4, on: Self.day("2026-04-01"))
        try theirs.rateHealth(partner: "Marc", ingredient: .trust, score: 2, on: Self.day("2026-04-02"))
        try theirs.logPhase(.crisis, note: "Money", on: Self.day("2026-04-02"))
        try ours.addTrait(partner: "Zoé", kind: .strength, text: "Design")
        let merged = try Self.merge(base, ours, theirs).session
        #expect(merged.health.map(\.score) == [4, 2])
        #expect(merged.phases.map(\.phase) == [.euphoria, .crisis])
        #expect(merged.traits.count == 1)
        #expect(merged.conflicts.isEmpty)
    }

    @Test func aFieldChangedDifferentlyIsRecordedAndSettled() throws {
        let base = try Self.base()
        var ours = base
        var theirs = base
        try ours.rateRisk("r1", likelihood: 5, impact: 4)
        try theirs.rateRisk("r1", likelihood: 2, impact: 4)
        try ours.rate(partner: "Zoé", need: "Branding", score: 2)
        try theirs.rate(partner: "Zoé", need: "Branding", score: 1)
        try ours.mitigateRisk("r1", "Ours")
        try theirs.mitigateRisk("r1", "Theirs")
        var merged = try Self.merge(base, ours, theirs).session
        #expect(merged.conflicts.map(\.place) == ["ratings p1/n1 score", "risks r1 likelihood", "risks r1 mitigation"])
        #expect(merged.conflicts.map(\.id) == ["x1", "x2", "x3"])
        #expect(merged.risks[0].likelihood == 5 && merged.ratings[0].score == 2)  // ours meanwhile
        // The merged file is valid and keeps its conflicts.
        let reread = try SessionCodec.decode(SessionCodec.encode(merged), file: "s.json")
        #expect(reread == merged)
        try merged.settleConflict("x2", .theirs)
        #expect(merged.risks[0].likelihood == 2)
        #expect(throws: SessionError.conflictValue(id: "x1", value: "many")) {
            try merged.settleConflict("1", .value("many"))
        }
        #expect(merged.conflicts.count == 2)
        try merged.settleConflict("1", .value("3"))
        #expect(merged.ratings[0].score == 3)
        try merged.settleConflict("x3", .value("Both: a weekly call"))
        #expect(merged.risks[0].mitigation == "Both: a weekly call")
        #expect(merged.conflicts.isEmpty)
        #expect(throws: SessionError.unknownConflict("x1")) { try merged.settleConflict("x1", .ours) }
    }

    @Test func conflictsLeftByAnEarlierMergeStay() throws {
        let base = try Self.base()
        var ours = base
        var theirs = base
        try ours.setPurpose("Ours")
        try theirs.setPurpose("Theirs")
        let first = try Self.merge(base, ours, theirs).session
        #expect(first.conflicts.map(\.place) == ["context purpose"])
        var later = first
        try later.addRisk(.other, "New")
        let second = try Self.merge(first, later, first).session
        #expect(second.conflicts.map(\.place) == ["context purpose"])
    }
}

/// Files of schema 1 (the examples as they were, the shell's fixtures) open and are saved in schema 2.
@Suite struct SchemaMigrationTests {
    static var files: [String] {
        let fixtures = repositoryRoot + "/Tests/TandemShellTests/Transcripts/fixtures"
        var paths = ["atelier-zoe-marc.json", "hearing-screening-app.json"].map {
            repositoryRoot + "/Tests/TandemCoreTests/Fixtures/schema1/" + $0
        }
        paths += ["atelier-zoe-marc.json", "hearing-screening-app.json", "minimal.json"].map {
            repositoryRoot + "/Tests/Fuzz/Corpus/decoder/" + $0
        }
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: fixtures)) ?? []
        for folder in folders.sorted() where !folder.hasPrefix("conflicts.") {  // written by tandem merge, schema 2
            for file in ((try? FileManager.default.contentsOfDirectory(atPath: fixtures + "/" + folder)) ?? []).sorted()
            where file.hasSuffix(".json") && !["broken.json", "future.json"].contains(file) {
                paths.append(fixtures + "/" + folder + "/" + file)
            }
        }
        return paths
    }

    @Test func everyEarlierFileOpensAndIsSavedInTheNewFormat() throws {
        #expect(Self.files.count >= 15)
        for path in Self.files {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            let old = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
            #expect((old["schemaVersion"] as? Int) == 1, "\(path)")
            let session = try SessionCodec.decode(bytes, file: path)
            let saved = try SessionCodec.encode(session)
            let new = try #require(try JSONSerialization.jsonObject(with: Data(saved)) as? [String: Any])
            #expect((new["schemaVersion"] as? Int) == 2)
            #expect(new["updatedAt"] == nil)
            for checkpoint in (new["checkpoints"] as? [[String: Any]]) ?? [] { #expect(checkpoint["state"] == nil) }
            let again = try SessionCodec.decode(saved, file: path)
            #expect(again == session, "\(path)")
            #expect(again.checkpoints.map(\.state) == session.checkpoints.map(\.state))
            #expect(try SessionCodec.encode(again) == saved)
            // The date `sessions` shows is worked out from the items, never earlier than the file said.
            if let updated = old["updatedAt"] as? String {
                #expect(Day(session.updatedAt).description >= String(updated.prefix(10)) || session.notes.isEmpty)
            }
            if saved.count > 30_000 { #expect(saved.count * 10 < bytes.count * 7, "\(path): \(saved.count)") }
        }
    }

    @Test func aCheckpointsChangesThatDoNotFitAreRefused() throws {
        var session = try SessionMergeTests.base()
        try session.logPhase(.crisis, on: SessionMergeTests.day("2026-04-01"))
        let text = String(decoding: try SessionCodec.encode(session), as: UTF8.self)
        #expect(text.contains("\"phases\" : {\n          \"count\" : 1\n"))
        let broken = text.replacingOccurrences(of: "\"count\" : 1", with: "\"count\" : 9")
        #expect(throws: StoreError.self) { try SessionCodec.decode(Array(broken.utf8), file: "s.json") }
    }

    @Test func conflictMarkersArePointedAt() throws {
        let bytes = try SessionCodec.encode(try SessionMergeTests.base())
        var lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        lines.insert("<<<<<<< HEAD", at: 3)
        lines.insert("=======", at: 5)
        lines.insert(">>>>>>> theirs", at: 7)
        let marked = Array(lines.joined(separator: "\n").utf8)
        #expect(throws: StoreError.corrupt(file: "s.json", reason: .conflictMarkers(line: 4))) {
            try SessionCodec.decode(marked, file: "s.json")
        }
    }
}
