import Foundation
@testable import TandemCore
import TandemTestSupport
import Testing

/// What every typed change must do, for any module: its wording is a
/// sentence in both languages, with every placeholder and label filled.
enum EditWording {
    static let catalog: PromptCatalog? = try? PromptCatalog.load(from: repositoryRoot + "/Prompts")

    static func check(_ change: any SessionChange, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let catalog = try #require(catalog, sourceLocation: sourceLocation)
        let phrase = change.wording
        for language in Language.allCases {
            #expect(
                catalog.entries[language]?[phrase.key] != nil, "\(language) lacks \(phrase.key)",
                sourceLocation: sourceLocation)
            for (_, key) in phrase.labels {
                #expect(
                    catalog.entries[language]?[key] != nil, "\(language) lacks \(key)", sourceLocation: sourceLocation)
            }
            let text = phrase.text(catalog, language)
            #expect(!text.contains("{") && !text.contains("["), "\(language): \(text)", sourceLocation: sourceLocation)
        }
    }

    /// A refused change throws and leaves the session exactly as it was.
    static func refuses(
        _ change: any SessionChange, _ session: Session, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var copy = session
        #expect(throws: SessionError.self, "\(change) was accepted", sourceLocation: sourceLocation) {
            try change.apply(to: &copy)
        }
        #expect(copy == session, "\(change) changed the session it refused", sourceLocation: sourceLocation)
    }
}

@Suite struct ContextEditTests {
    static let date = Date(timeIntervalSince1970: 1_790_000_000)

    static func session() throws -> Session {
        var s = Session(title: "t", language: .en, now: Date(timeIntervalSince1970: 0))
        try ContextEdit.addPartner(name: "Zoé", role: "designer").apply(to: &s)
        try ContextEdit.addPartner(name: "Marc", role: "").apply(to: &s)
        return s
    }

    /// Texts no field takes: control characters, a direction override, a
    /// paste too long in characters, 20,000 combining marks (short in characters, long in bytes).
    static let hostile = [
        "A \u{1B}[31mred", "bell\u{07}", "ab\u{202E}dc", String(repeating: "x", count: 10_001),
        "e" + String(repeating: "\u{301}", count: 20_000),
    ]

    @Test func everyCaseApplies() throws {
        var s = try Self.session()
        #expect(try ContextEdit.addPartner(name: "  Bureau Öko ", role: "design, print").apply(to: &s) == "p3")
        #expect(s.partners.last?.name == "Bureau Öko")
        #expect(s.partners.last?.role == "design, print")
        #expect(try ContextEdit.renamePartner(id: "p3", name: "Öko Lab").apply(to: &s) == "p3")
        #expect(s.partners.last?.name == "Öko Lab")
        #expect(try ContextEdit.represents(partner: "p1", text: "her own studio").apply(to: &s) == "p1")
        #expect(s.partners[0].represents == "her own studio")
        #expect(try ContextEdit.removePartner(id: "p3").apply(to: &s) == "p3")
        #expect(s.partners.map(\.name) == ["Zoé", "Marc"])
        try ContextEdit.type(.network).apply(to: &s)
        try ContextEdit.level(.act).apply(to: &s)
        try ContextEdit.relationship(.friends).apply(to: &s)
        #expect(s.context.type == .network && s.context.level == .act && s.context.relationship == .friends)
        try ContextEdit.purpose(#"Win "larger" contracts ; together"#).apply(to: &s)
        try ContextEdit.vision(" « Un atelier reconnu » ").apply(to: &s)
        #expect(s.context.purpose == #"Win "larger" contracts ; together"#)
        #expect(s.context.vision == "« Un atelier reconnu »")
        try ContextEdit.note("first line\nsecond line", at: Self.date).apply(to: &s)
        #expect(s.notes == [Note(text: "first line\nsecond line", date: Self.date)])
        try ContextEdit.title(#" Atelier « Zoé » ; "& Marc" "#).apply(to: &s)
        #expect(s.title == #"Atelier « Zoé » ; "& Marc""#)
    }

    @Test func removingTakesWhatOnlyThatPartnerDeclared() throws {
        var s = try Self.session()
        try s.rateHealth(partner: "Marc", ingredient: .trust, score: 4, on: Day("2026-11-21") ?? Day(Date()))
        #expect(s.itemsDeclared(by: "p2") == 1)
        EditWording.refuses(ContextEdit.removePartner(id: "Ma"), s)  // a start of a name is not enough
        try ContextEdit.removePartner(id: "Marc").apply(to: &s)
        #expect(s.health.isEmpty)
    }

    @Test func everyCaseRefusesBadInputAndChangesNothing() throws {
        let s = try Self.session()
        for text in Self.hostile {
            EditWording.refuses(ContextEdit.addPartner(name: text, role: ""), s)
            EditWording.refuses(ContextEdit.addPartner(name: "Léa", role: text), s)
            EditWording.refuses(ContextEdit.renamePartner(id: "p1", name: text), s)
            EditWording.refuses(ContextEdit.represents(partner: "p1", text: text), s)
            EditWording.refuses(ContextEdit.purpose(text), s)
            EditWording.refuses(ContextEdit.vision(text), s)
            EditWording.refuses(ContextEdit.note(text, at: Self.date), s)
            EditWording.refuses(ContextEdit.title(text), s)
        }
        EditWording.refuses(ContextEdit.title("two\nlines"), s)
        EditWording.refuses(ContextEdit.title("Zoé\u{200B}"), s)  // a title prints as what it is
        // A line break belongs in a note only.
        EditWording.refuses(ContextEdit.purpose("two\nlines"), s)
        EditWording.refuses(ContextEdit.addPartner(name: "Léa", role: "two\nlines"), s)
        for empty in ["", "   ", "\t"] {
            EditWording.refuses(ContextEdit.addPartner(name: empty, role: ""), s)
            EditWording.refuses(ContextEdit.purpose(empty), s)
            EditWording.refuses(ContextEdit.vision(empty), s)
            EditWording.refuses(ContextEdit.title(empty), s)
            EditWording.refuses(ContextEdit.note(empty, at: Self.date), s)
            EditWording.refuses(ContextEdit.represents(partner: "p1", text: empty), s)
        }
        EditWording.refuses(ContextEdit.addPartner(name: "zoe", role: ""), s)  // exists, folded
        EditWording.refuses(ContextEdit.addPartner(name: "p7", role: ""), s)  // reads as an id
        EditWording.refuses(ContextEdit.renamePartner(id: "p1", name: "MARC"), s)
        EditWording.refuses(ContextEdit.renamePartner(id: "p9", name: "Léa"), s)
        EditWording.refuses(ContextEdit.removePartner(id: "p9"), s)
        EditWording.refuses(ContextEdit.represents(partner: "Léa", text: "her studio"), s)
    }

    static let all: [ContextEdit] = [
        .addPartner(name: "Léa", role: "coach"), .renamePartner(id: "p1", name: "Zoé Martin"), .removePartner(id: "p2"),
        .represents(partner: "p1", text: "her studio"), .type(.industrial),
        .level(.decide), .relationship(.family), .purpose("Win tenders"), .vision("Known for tenders"),
        .title("Atelier Zoé & Marc (copy)"),
        .note("Julien said \"we'll see\" ; keep it", at: date),
    ]

    @Test(arguments: all)
    func everyCaseIsWordedInBothLanguages(_ edit: ContextEdit) throws {
        try EditWording.check(edit)
    }

    @Test func wordingSaysWhatChanged() throws {
        let catalog = try #require(EditWording.catalog)
        #expect(ContextEdit.level(.act).wording.text(catalog, .en) == "level set to act")
        #expect(ContextEdit.level(.act).wording.text(catalog, .fr) == "niveau d'engagement\u{A0}: agir")
        #expect(ContextEdit.removePartner(id: "p2").wording.text(catalog, .en) == "partner p2 removed")
        let long = ContextEdit.note(String(repeating: "word ", count: 100) + "\nend", at: Self.date).wording
        #expect(long.text(catalog, .en).count < 80)
        #expect(!long.text(catalog, .en).contains("\n"))
    }
}
