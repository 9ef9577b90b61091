import Foundation
@testable import TandemCore
import Testing

@Suite struct PhaseEditTests {
    static let monday = Day("2026-11-16") ?? Day(Date())
    static let tuesday = Day("2026-11-17") ?? Day(Date())

    @Test func everyCaseApplies() throws {
        var s = Session(title: "t", language: .en, now: Date(timeIntervalSince1970: 0))
        try PhaseEdit.note("before any phase").apply(to: &s)  // nothing to note yet
        #expect(s.phases.isEmpty)
        #expect(s.phaseLogResult(.euphoria, note: "", on: Self.monday) == .logged)
        try PhaseEdit.log(.euphoria, note: " great start ", on: Self.monday).apply(to: &s)
        #expect(s.phases == [PhaseEntry(phase: .euphoria, date: Self.monday, note: "great start")])
        #expect(s.phaseLogResult(.euphoria, note: "", on: Self.monday) == .unchanged)
        #expect(s.phaseLogResult(.euphoria, note: "still", on: Self.monday) == .updated)
        #expect(s.phaseLogResult(.crisis, note: "", on: Self.monday) == .corrected(was: .euphoria))
        try PhaseEdit.log(.crisis, note: "", on: Self.monday).apply(to: &s)
        #expect(s.phases == [PhaseEntry(phase: .crisis, date: Self.monday, note: "")])
        try PhaseEdit.note(#"Marc dit « on verra » ; à suivre"#).apply(to: &s)
        #expect(s.currentPhase?.note == #"Marc dit « on verra » ; à suivre"#)
        try PhaseEdit.log(.performance, note: "", on: Self.tuesday).apply(to: &s)
        #expect(s.phases.map(\.phase) == [.crisis, .performance])
        try PhaseEdit.note("").apply(to: &s)
        #expect(s.currentPhase?.note == "")
    }

    @Test func everyCaseRefusesBadInputAndChangesNothing() throws {
        var s = Session(title: "t", language: .en, now: Date(timeIntervalSince1970: 0))
        try s.addPartner(name: "Zoé")
        try PhaseEdit.log(.euphoria, note: "kept", on: Self.monday).apply(to: &s)
        for text in ContextEditTests.hostile + ["two\nlines"] {
            EditWording.refuses(PhaseEdit.log(.crisis, note: text, on: Self.monday), s)
            EditWording.refuses(PhaseEdit.log(.crisis, note: text, on: Self.tuesday), s)
            EditWording.refuses(PhaseEdit.note(text), s)
            EditWording.refuses(PhaseEdit.voice(partner: "Zoé", .crisis, note: text, on: Self.monday), s)
        }
        EditWording.refuses(PhaseEdit.voice(partner: "nobody", .crisis, note: "", on: Self.monday), s)
    }

    @Test(arguments: [
        PhaseEdit.log(.crisis, note: "the split of fees", on: monday), .note("the invoice"),
        .voice(partner: "Zoé", .crisis, note: "fees", on: monday),
    ])
    func everyCaseIsWordedInBothLanguages(_ edit: PhaseEdit) throws {
        try EditWording.check(edit)
        let catalog = try #require(EditWording.catalog)
        if case .log = edit {
            #expect(edit.wording.text(catalog, .en) == "phase crisis declared on 2026-11-16")
            #expect(edit.wording.text(catalog, .fr) == "phase crise déclarée le 2026-11-16")
        }
    }
}
