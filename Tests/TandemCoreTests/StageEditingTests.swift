import Foundation
import Testing

@testable import TandemCore

@Suite struct StageEditingTests {
    static func session() throws -> Session {
        var s = Session(title: "t", language: .en, now: Date(timeIntervalSince1970: 0))
        for name in ["Trial", "Pilot", "Joint offer"] { try s.addStage(name: name) }
        return s
    }

    @Test func stagesAreFoundByIdNameOrUniqueStart() throws {
        let s = try Self.session()
        #expect(try s.stage("s2").name == "Pilot")
        #expect(try s.stage("JOINT OFFER").id == "s3")
        #expect(try s.stage("tri").id == "s1")
        #expect(throws: SessionError.unknown(.stage, "x")) { try s.stage("x") }
        #expect(throws: SessionError.unknown(.stage, "tri")) { try s.stage("tri", exact: true) }
    }

    @Test func aStartSharedByTwoStagesIsAmbiguous() throws {
        var s = try Self.session()
        try s.addStage(name: "Pilot two")
        #expect(throws: SessionError.ambiguous(.stage, "pil", ["Pilot", "Pilot two"])) { try s.stage("pil") }
        #expect(try s.stage("pilot").id == "s2", "an exact name wins over longer ones")
    }

    @Test func namesAreUniqueIgnoringCaseAndAccents() throws {
        var s = try Self.session()
        #expect(throws: SessionError.exists(.stage, "PILOT")) { try s.addStage(name: "PILOT") }
        #expect(throws: SessionError.emptyName) { try s.addStage(name: "  ") }
    }

    @Test func moveReordersAndRemoveNeedsTheExactName() throws {
        var s = try Self.session()
        try s.moveStage("joint", to: 1)
        #expect(s.stages.map(\.id) == ["s3", "s1", "s2"])
        #expect(throws: SessionError.outOfRange(field: "stage.position", value: "4", range: 1...3)) {
            try s.moveStage("s1", to: 4)
        }
        #expect(throws: SessionError.unknown(.stage, "Pil")) { try s.removeStage("Pil") }
        try s.removeStage("Pilot")
        try s.addStage(name: "Brand")
        #expect(s.stages.map(\.id) == ["s3", "s1", "s4"], "ids are never reused")
    }

    @Test func itemsAreDroppedByTheirNumber() throws {
        var s = try Self.session()
        try s.addExit("s1", "first")
        try s.addExit("s1", "second")
        #expect(try s.dropItem("s1", .exit, 1) == "first")
        #expect(s.stages[0].exits == ["second"])
        #expect(throws: SessionError.outOfRange(field: "stage.item", value: "2", range: 1...1)) {
            try s.dropItem("s1", .exit, 2)
        }
    }

    @Test func conditionsGetAMeasureAndADateLater() throws {
        var s = try Self.session()
        try s.addEntry("s1", Condition(text: "Sent"))
        try s.setConditionMeasure("s1", condition: 1, "count")
        try s.setConditionDue("s1", condition: 1, Day("2026-12-01"))
        #expect(s.stages[0].entry == [Condition(text: "Sent", measure: "count", due: Day("2026-12-01"))])
        #expect(throws: SessionError.outOfRange(field: "stage.condition", value: "2", range: 1...1)) {
            try s.setConditionDue("s1", condition: 2, nil)
        }
    }

    @Test func commitmentsNameAPartner() throws {
        var s = try Self.session()
        try s.addPartner(name: "Zoé")
        let added = try s.addCommitment("s1", partner: "zoe", "leads")
        #expect(added.partner.id == "p1")
        #expect(s.stages[0].commitments == [StageCommitment(partner: "p1", text: "leads")])
        #expect(throws: SessionError.unknownPartner("Marc")) { try s.addCommitment("s1", partner: "Marc", "x") }
    }

    @Test func anOlderFileWithoutDraftsStillLoads() throws {
        let json = #"{"id":"s1","name":"Trial"}"#
        let stage = try JSONDecoder().decode(Stage.self, from: Data(json.utf8))
        #expect(stage == Stage(id: "s1", name: "Trial"))
    }
}
