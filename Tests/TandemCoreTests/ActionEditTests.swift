import Foundation
@testable import TandemCore
import TandemTestSupport
import Testing

/// What every typed change of the actions and of the follow-ups must do:
/// word itself in every language, and leave a session it refuses untouched.
enum ActionEditCheck {
    static let catalog: PromptCatalog? = try? PromptCatalog.load(from: repositoryRoot + "/Prompts")

    /// Its wording has its keys (and its label keys) in every language, every placeholder filled.
    static func worded(_ change: any SessionChange, sourceLocation: SourceLocation = #_sourceLocation) throws {
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
            #expect(!text.contains("{") && !text.isEmpty, "\(language): \(text)", sourceLocation: sourceLocation)
        }
    }

    /// It throws, and the session is exactly as it was.
    static func refuses(
        _ change: any SessionChange, _ session: Session, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var copy = session
        #expect(throws: SessionError.self, "\(change) was accepted", sourceLocation: sourceLocation) {
            try change.apply(to: &copy)
        }
        #expect(copy == session, "\(change) changed the session it refused", sourceLocation: sourceLocation)
    }

    /// Texts no field takes: control characters, a direction override, a paste
    /// too long in characters, 20,000 combining marks (one character, 40,000 bytes).
    static let hostile = [
        "A \u{1B}[31mred", "bell\u{07}", "ab\u{202E}dc", "two\nlines", String(repeating: "x", count: 2_001),
        "e" + String(repeating: "\u{301}", count: 20_000), "   ",
    ]
}

@Suite struct ActionEditTests {
    static func day(_ text: String) -> Day { Day(text) ?? Day(Date()) }
    static let today = day("2026-11-21")

    static func session() throws -> Session {
        var s = Session(title: "Atelier", language: .en, now: Date(timeIntervalSince1970: 1_772_442_000))
        try s.addPartner(name: "Zoé")
        try s.addPartner(name: "Marc")
        try s.addPartner(name: "Maria")
        return s
    }

    @Test func everyCaseApplies() throws {
        var s = try Self.session()
        let add = ActionEdit.add(text: "  Send the budget ", owner: "Zoé", due: Self.day("2026-12-01"), on: Self.today)
        #expect(try add.apply(to: &s) == "a1")
        #expect(s.actions[0].text == "Send the budget" && s.actions[0].owner == "p1")
        #expect(s.actions[0].due == Self.day("2026-12-01") && s.actions[0].created == Self.today)
        #expect(
            try ActionEdit.add(text: "Call the bank", owner: "Cabinet Dupont", on: Self.today).apply(to: &s) == "a2")
        #expect(s.actions[1].owner == "Cabinet Dupont", "someone outside is kept as typed")
        #expect(try ActionEdit.add(text: "Ask", owner: "p2", on: Self.today).apply(to: &s) == "a3")
        #expect(s.actions[2].owner == "p2")

        #expect(try ActionEdit.due(id: "a2", Self.day("2026-12-24")).apply(to: &s) == "a2")
        #expect(s.actions[1].due == Self.day("2026-12-24"))
        #expect(try ActionEdit.due(id: "2", nil).apply(to: &s) == "a2")
        #expect(s.actions[1].due == nil)
        #expect(try ActionEdit.owner(id: "a2", owner: "Marc").apply(to: &s) == "a2")
        #expect(s.actions[1].owner == "p2")
        #expect(try ActionEdit.owner(id: "a2", owner: "Marc Dupont").apply(to: &s) == "a2")
        #expect(s.actions[1].owner == "Marc Dupont")
        #expect(try ActionEdit.owner(id: "a2", owner: "").apply(to: &s) == "a2")
        #expect(s.actions[1].owner == "")

        #expect(try ActionEdit.done(ids: ["a1", "a3"], on: Self.today).apply(to: &s) == "a1")
        #expect(s.actions.map(\.done) == [Self.today, nil, Self.today])
        try ActionEdit.done(ids: ["a1"], on: Self.day("2026-11-30")).apply(to: &s)
        #expect(s.actions[0].done == Self.today, "one already done keeps its date")

        #expect(try ActionEdit.remove(id: "a2").apply(to: &s) == "a2")
        #expect(s.actions.map(\.id) == ["a1", "a3"])
    }

    @Test func acceptAddsEachSuggestionOnce() throws {
        var s = try Self.session()
        try ActionEdit.add(text: "Talk about trust", on: Self.today).apply(to: &s)
        let accept = ActionEdit.accept(
            texts: ["talk about TRUST", "Share the load", "share the load", "Plan a review"], on: Self.today,
            origin: "health")
        #expect(try accept.apply(to: &s) == "a2")
        #expect(s.actions.map(\.text) == ["Talk about trust", "Share the load", "Plan a review"])
        #expect(s.actions.map(\.origin) == ["", "health", "health"])
        #expect(s.actions[1].isPrivate)
        var same = s
        #expect(try accept.apply(to: &same) == nil, "all of them are open already")
        #expect(same == s)
    }

    @Test func badInputIsRefusedWithoutAChange() throws {
        var s = try Self.session()
        try ActionEdit.add(text: "Send the budget", on: Self.today).apply(to: &s)
        for text in ActionEditCheck.hostile {
            ActionEditCheck.refuses(ActionEdit.add(text: text, on: Self.today), s)
            ActionEditCheck.refuses(ActionEdit.accept(texts: ["Fine", text], on: Self.today, origin: "phase"), s)
        }
        for owner in ["Bell\u{07}", "ab\u{202E}dc", "zero\u{200B}width", String(repeating: "x", count: 201), "Ma"] {
            ActionEditCheck.refuses(ActionEdit.add(text: "Fine", owner: owner, on: Self.today), s)
            ActionEditCheck.refuses(ActionEdit.owner(id: "a1", owner: owner), s)
        }
        for id in ["a9", "", "x"] {
            ActionEditCheck.refuses(ActionEdit.due(id: id, Self.today), s)
            ActionEditCheck.refuses(ActionEdit.owner(id: id, owner: "Zoé"), s)
            ActionEditCheck.refuses(ActionEdit.remove(id: id), s)
        }
        ActionEditCheck.refuses(ActionEdit.done(ids: ["a1", "a9"], on: Self.today), s)  // a1 is not marked either
        #expect(throws: SessionError.invalidText(field: "action.text")) {
            try ActionEdit.add(text: "bell\u{07}", on: Self.today).apply(to: &s)
        }
        #expect(throws: SessionError.ambiguous(.partner, "Ma", ["Marc (p2)", "Maria (p3)"])) {
            try ActionEdit.owner(id: "a1", owner: "Ma").apply(to: &s)
        }
    }

    @Test func everyCaseIsWordedInBothLanguages() throws {
        let edits: [ActionEdit] = [
            .add(text: "Send the budget", owner: "Zoé", due: Self.today, on: Self.today),
            .add(text: String(repeating: "long ", count: 40), on: Self.today),
            .accept(texts: ["One"], on: Self.today, origin: "health"),
            .accept(texts: ["One", "Two"], on: Self.today, origin: "phase"),
            .done(ids: ["a1"], on: Self.today), .done(ids: ["a1", "a3"], on: Self.today),
            .due(id: "a1", Self.today), .due(id: "a1", nil),
            .owner(id: "a1", owner: "Cabinet Dupont"), .owner(id: "a1", owner: ""), .remove(id: "a1"),
        ]
        for edit in edits { try ActionEditCheck.worded(edit) }
        let catalog = try #require(ActionEditCheck.catalog)
        let nb = "\u{A0}"
        #expect(ActionEdit.due(id: "a3", Self.today).wording.text(catalog, .en) == "due date of a3 set to 2026-11-21")
        #expect(
            ActionEdit.done(ids: ["a1", "a3"], on: Self.today).wording.text(catalog, .fr)
                == "actions a1, a3 marquées faites")
        #expect(
            ActionEdit.add(text: "Envoyer le budget", on: Self.today).wording.text(catalog, .fr)
                == "action ajoutée\(nb): «\(nb)Envoyer le budget\(nb)»")
        #expect(
            ActionEdit.owner(id: "a2", owner: "Cabinet Dupont").wording.text(catalog, .en)
                == "a2 given to Cabinet Dupont")
    }
}
