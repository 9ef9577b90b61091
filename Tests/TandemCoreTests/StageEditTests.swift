import Foundation
import TandemTestSupport
import Testing

@testable import TandemCore

/// Every edit of the stages and of their gates: it applies, it refuses a
/// number out of range or a text the text rule refuses without changing the
/// session, and its undo wording exists in every language.
@Suite struct StageEditTests {
    static let catalog: PromptCatalog? = try? PromptCatalog.load(from: repositoryRoot + "/Prompts")
    static let day = Day("2026-11-21") ?? Day(Date())

    /// Texts no field takes: control characters, a direction override, a line
    /// break, a paste too long in characters, 20,000 combining marks (few
    /// characters, many bytes), nothing but spaces.
    static let hostile = [
        "A \u{1B}[31mred", "bell\u{07}", "ab\u{202E}dc", "two\nlines", String(repeating: "x", count: 2_001),
        "e" + String(repeating: "\u{301}", count: 20_000), "   ",
    ]

    /// Zoé (p1) and Marc (p2); s1 Trial with two entry conditions, a
    /// commitment, a deliverable and an exit; s2 Pilot, empty.
    static func session() throws -> Session {
        var s = Session(title: "t", language: .en, now: Date(timeIntervalSince1970: 0))
        try s.addPartner(name: "Zoé")
        try s.addPartner(name: "Marc")
        for edit: StageEdit in [
            .add(name: "Trial"), .add(name: "Pilot"), .entry(stage: "s1", Condition(text: "Two proposals sent")),
            .entry(stage: "s1", Condition(text: "Prices agreed", measure: "signed")),
            .commit(stage: "s1", partner: "Zoé", text: "leads"), .deliverable(stage: "s1", text: "A page"),
            .exit(stage: "s1", text: "A month's notice"),
        ] {
            try edit.apply(to: &s)
        }
        return s
    }

    /// The session with a gate under way on s1.
    static func gated() throws -> Session {
        var s = try session()
        try GateEdit.open(stage: "s1").apply(to: &s)
        return s
    }

    func refuses(_ edit: any SessionChange, _ session: Session, sourceLocation: SourceLocation = #_sourceLocation) {
        var copy = session
        #expect(throws: SessionError.self, "\(edit) was accepted", sourceLocation: sourceLocation) {
            try edit.apply(to: &copy)
        }
        #expect(copy == session, "\(edit) changed the session it refused", sourceLocation: sourceLocation)
    }

    static let stageEdits: [StageEdit] = [
        .add(name: "Brand"), .rename(stage: "s2", name: "Joint offer"), .move(stage: "s2", position: 1),
        .remove(stage: "s2"),
        .entry(stage: "s1", Condition(text: "Sent", measure: "count", due: day)),
        .measure(stage: "s1", condition: 1, text: "count"),
        .due(stage: "s1", condition: 1, day), .due(stage: "s1", condition: 1, nil),
        .commit(stage: "s1", partner: "Marc", text: "prices"), .deliverable(stage: "s1", text: "A case study"),
        .exit(stage: "s1", text: "Clients stay"), .review(stage: "s1", day), .review(stage: "s1", nil),
        .drop(stage: "s1", .entry, number: 1), .drop(stage: "s1", .commitment, number: 1),
        .drop(stage: "s1", .deliverable, number: 1), .drop(stage: "s1", .exit, number: 1),
    ]

    static let gateEdits: [GateEdit] = [
        .open(stage: "s1"), .assess(stage: "s1", condition: 1, .met),
        .evidence(stage: "s1", condition: 1, text: "two sent"),
        .verdict(stage: "s1", .hold), .note(stage: "s1", text: "one more month"), .close(stage: "s1", on: day),
        .discard(stage: "s1"),
    ]

    @Test func everyStageEditAppliesAndReturnsItsStage() throws {
        var s = try Self.session()
        #expect(try StageEdit.add(name: "  Brand ").apply(to: &s) == "s3")
        #expect(s.stages.last?.name == "Brand")
        #expect(try StageEdit.rename(stage: "Brand", name: "Shared brand").apply(to: &s) == "s3")
        #expect(s.stages.last?.name == "Shared brand")
        #expect(try StageEdit.move(stage: "s3", position: 1).apply(to: &s) == "s3")
        #expect(s.stages.map(\.id) == ["s3", "s1", "s2"])
        #expect(
            try StageEdit.entry(stage: "s3", Condition(text: " Logo ", measure: " approved ", due: Self.day)).apply(
                to: &s) == "s3")
        #expect(s.stages[0].entry == [Condition(text: "Logo", measure: "approved", due: Self.day)])
        #expect(try StageEdit.measure(stage: "s3", condition: 1, text: "signed").apply(to: &s) == "s3")
        #expect(try StageEdit.due(stage: "s3", condition: 1, nil).apply(to: &s) == "s3")
        #expect(s.stages[0].entry == [Condition(text: "Logo", measure: "signed")])
        #expect(try StageEdit.commit(stage: "s3", partner: "Marc", text: "the site").apply(to: &s) == "s3")
        #expect(s.stages[0].commitments == [StageCommitment(partner: "p2", text: "the site")])
        try StageEdit.deliverable(stage: "s3", text: "A logo").apply(to: &s)
        try StageEdit.exit(stage: "s3", text: "Each keeps their work").apply(to: &s)
        try StageEdit.review(stage: "s3", Self.day).apply(to: &s)
        #expect(s.stages[0].deliverables == ["A logo"] && s.stages[0].exits == ["Each keeps their work"])
        #expect(s.stages[0].review == Self.day)
        for part in StagePart.allCases {
            #expect(try StageEdit.drop(stage: "s3", part, number: 1).apply(to: &s) == "s3")
            #expect(s.stages[0].count(of: part) == 0)
        }
        #expect(try StageEdit.remove(stage: "Shared brand").apply(to: &s) == "s3")
        #expect(s.stages.map(\.id) == ["s1", "s2"])
    }

    @Test func everyGateEditAppliesAndTheCloseRecordsThePass() throws {
        var s = try Self.session()
        #expect(try GateEdit.open(stage: "Trial").apply(to: &s) == "s1")
        #expect(s.stages[0].draft?.number == 1)
        try GateEdit.assess(stage: "s1", condition: 1, .met).apply(to: &s)
        try GateEdit.evidence(stage: "s1", condition: 1, text: " two sent ").apply(to: &s)
        try GateEdit.assess(stage: "s1", condition: 2, .notMet).apply(to: &s)
        try GateEdit.verdict(stage: "s1", .advance).apply(to: &s)  // over the proposal
        try GateEdit.note(stage: "s1", text: "one more month").apply(to: &s)
        #expect(try s.proposedVerdict("s1", on: Self.day) == .hold)
        #expect(try GateEdit.close(stage: "s1", on: Self.day).apply(to: &s) == "s1")
        let record = try #require(s.stages[0].gates.last)
        #expect(record.verdict == .advance && record.note == "one more month" && record.date == Self.day)
        #expect(record.assessments.first?.evidence == "two sent")
        #expect(s.stages[0].draft == nil)
        try GateEdit.open(stage: "s1").apply(to: &s)
        try GateEdit.discard(stage: "s1").apply(to: &s)
        #expect(s.stages[0].draft == nil && s.stages[0].gates.count == 1)
    }

    @Test func numbersOutOfRangeChangeNothing() throws {
        let s = try Self.session()
        for position in [0, 3, -1, Int.max, Int.min] { refuses(StageEdit.move(stage: "s1", position: position), s) }
        for number in [0, 3, -1, Int.max, Int.min] {
            refuses(StageEdit.measure(stage: "s1", condition: number, text: "count"), s)
            refuses(StageEdit.due(stage: "s1", condition: number, nil), s)
            refuses(StageEdit.drop(stage: "s1", .entry, number: number), s)
        }
        refuses(StageEdit.drop(stage: "s1", .exit, number: 2), s)
        refuses(StageEdit.drop(stage: "s2", .deliverable, number: 1), s)  // an empty part has no item 1
        var copy = s
        #expect(throws: SessionError.outOfRange(field: "stage.condition", value: "3", range: 1...2)) {
            try StageEdit.drop(stage: "s1", .entry, number: 3).apply(to: &copy)
        }
        #expect(throws: SessionError.outOfRange(field: "stage.item", value: "2", range: 1...1)) {
            try StageEdit.drop(stage: "s1", .exit, number: 2).apply(to: &copy)
        }
        let gated = try Self.gated()
        for number in [0, 3, Int.max] {
            refuses(GateEdit.assess(stage: "s1", condition: number, .met), gated)
            refuses(GateEdit.evidence(stage: "s1", condition: number, text: "x"), gated)
        }
    }

    @Test func textsTheTextRuleRefusesChangeNothing() throws {
        let s = try Self.session()
        var gated = try Self.gated()
        try GateEdit.assess(stage: "s1", condition: 1, .met).apply(to: &gated)
        for text in Self.hostile {
            refuses(StageEdit.add(name: text), s)
            refuses(StageEdit.rename(stage: "s2", name: text), s)
            refuses(StageEdit.entry(stage: "s1", Condition(text: text)), s)
            refuses(StageEdit.measure(stage: "s1", condition: 1, text: text), s)
            refuses(StageEdit.commit(stage: "s1", partner: "p1", text: text), s)
            refuses(StageEdit.deliverable(stage: "s1", text: text), s)
            refuses(StageEdit.exit(stage: "s1", text: text), s)
            refuses(GateEdit.evidence(stage: "s1", condition: 1, text: text), gated)
            refuses(GateEdit.note(stage: "s1", text: text), gated)
            if !text.trimmingCharacters(in: .whitespaces).isEmpty {
                refuses(StageEdit.entry(stage: "s1", Condition(text: "Sent", measure: text)), s)
            }
        }
        refuses(StageEdit.add(name: "Tri\u{200B}al"), s)  // an invisible character is never in a name
        refuses(StageEdit.add(name: String(repeating: "n", count: 201)), s)
    }

    @Test func referencesTheCoreRefuses() throws {
        let s = try Self.session()
        refuses(StageEdit.add(name: "TRIAL"), s)  // the same name up to case
        refuses(StageEdit.rename(stage: "s2", name: "trial"), s)
        refuses(StageEdit.remove(stage: "Tri"), s)  // a start of a name removes nothing
        refuses(StageEdit.remove(stage: "s9"), s)
        refuses(StageEdit.commit(stage: "s1", partner: "Léa", text: "x"), s)
        refuses(StageEdit.exit(stage: "Nowhere", text: "x"), s)
        // No gate under way: nothing to assess, decide or close.
        refuses(GateEdit.assess(stage: "s1", condition: 1, .met), s)
        refuses(GateEdit.verdict(stage: "s1", .advance), s)
        refuses(GateEdit.note(stage: "s1", text: "x"), s)
        refuses(GateEdit.close(stage: "s1", on: Self.day), s)
        refuses(GateEdit.evidence(stage: "s1", condition: 1, text: "x"), try Self.gated())  // not assessed yet
        refuses(GateEdit.open(stage: "s9"), s)
    }

    @Test(arguments: stageEdits.map { $0 as any SessionChange } + gateEdits.map { $0 as any SessionChange })
    func everyCaseIsWordedInBothLanguages(edit: any SessionChange) throws {
        let catalog = try #require(Self.catalog)
        for language in Language.allCases {
            #expect(catalog.entries[language]?[edit.wording.key] != nil, "\(language) lacks \(edit.wording.key)")
            let text = edit.wording.text(catalog, language)
            #expect(!text.contains("{") && !text.contains("[") && !text.isEmpty, "\(language): \(text)")
        }
    }

    @Test func theWordingSaysTheItem() throws {
        let catalog = try #require(Self.catalog)
        let drop = StageEdit.drop(stage: "s1", .deliverable, number: 2)
        #expect(drop.wording.text(catalog, .en) == "deliverable 2 of stage s1 removed")
        #expect(drop.wording.text(catalog, .fr) == "retrait\u{A0}: livrable 2 de l'étape s1")
        #expect(StageEdit.add(name: "Pilot").wording.text(catalog, .fr) == "étape ajoutée\u{A0}: «\u{A0}Pilot\u{A0}»")
        #expect(StageEdit.review(stage: "s2", nil).wording.text(catalog, .en) == "review date of stage s2 cleared")
        let assess = GateEdit.assess(stage: "s1", condition: 2, .notMet)
        #expect(assess.wording.text(catalog, .en) == "condition 2 of stage s1 assessed: not met")
        #expect(assess.wording.text(catalog, .fr) == "condition 2 de l'étape s1 évaluée\u{A0}: non remplie")
    }
}
