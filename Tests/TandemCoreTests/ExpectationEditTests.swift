import Foundation
import TandemTestSupport
import Testing

@testable import TandemCore

/// Every edit of the exchange of expectations: it applies, it refuses what
/// the core's rules refuse without changing the session, and its undo
/// wording exists in every language.
@Suite struct ExpectationEditTests {
    static let catalog: PromptCatalog? = try? PromptCatalog.load(from: repositoryRoot + "/Prompts")
    static let day = Day("2027-03-31") ?? Day(Date())

    /// Texts no field takes: control characters, a direction override, a paste
    /// too long in characters, 20,000 combining marks (few characters, many bytes).
    static let hostile = [
        "A \u{1B}[31mred", "bell\u{07}", "ab\u{202E}dc", "two\nlines", String(repeating: "x", count: 2_001),
        "e" + String(repeating: "\u{301}", count: 20_000), "   ",
    ]

    /// Zoé (p1) and Marc (p2); e1 Zoé's expectation, e2 Marc's contribution,
    /// e3 Marc's commitment, e4 Zoé's commitment, e5 Zoé's concern.
    static func session() throws -> Session {
        var s = Session(title: "t", language: .en, now: Date(timeIntervalSince1970: 0))
        try s.addPartner(name: "Zoé")
        try s.addPartner(name: "Marc")
        for (partner, kind, text) in [
            ("p1", ExpectationKind.expectation, "Clients in the north"), ("p2", .contribution, "Buyers"),
            ("p2", .commitment, "Two pilots"), ("p1", .commitment, "Mockups"), ("p1", .concern, "Cash flow"),
        ] {
            try ExpectationEdit.add(partner: partner, kind: kind, text: text).apply(to: &s)
        }
        return s
    }

    /// A refused edit throws and leaves the session exactly as it was.
    func refuses(_ edit: ExpectationEdit, _ session: Session, sourceLocation: SourceLocation = #_sourceLocation) {
        var copy = session
        #expect(throws: SessionError.self, "\(edit) was accepted", sourceLocation: sourceLocation) {
            try edit.apply(to: &copy)
        }
        #expect(copy == session, "\(edit) changed the session it refused", sourceLocation: sourceLocation)
    }

    /// The wording's key and labels exist in every language and fill every placeholder.
    func worded(_ edit: ExpectationEdit, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let catalog = try #require(Self.catalog, sourceLocation: sourceLocation)
        for language in Language.allCases {
            let entries = catalog.entries[language] ?? [:]
            #expect(
                entries[edit.wording.key] != nil, "\(language) lacks \(edit.wording.key)",
                sourceLocation: sourceLocation)
            for key in edit.wording.labels.values {
                #expect(entries[key] != nil, "\(language) lacks \(key)", sourceLocation: sourceLocation)
            }
            let text = edit.wording.text(catalog, language)
            #expect(
                !text.contains("{") && !text.contains("[") && !text.isEmpty, "\(language): \(text)",
                sourceLocation: sourceLocation)
        }
    }

    static let every: [ExpectationEdit] = [
        .add(partner: "p1", kind: .interest, text: "Visibility"), .remove(id: "e5"), .link(id: "e1", answer: "e2"),
        .unlink(id: "e1", answer: nil), .relink(id: "e1", answers: ["e2", "e3"]), .relink(id: "e1", answers: []),
        .due(id: "e3", day), .due(id: "e3", nil), .kept(id: "e3", day), .kept(id: "e3", nil),
        .measure(id: "e3", text: "two signed letters"), .measure(id: "e3", text: ""),
        .terms(id: "e4", due: day, measure: "three mockups"), .goals(partner: "p1", text: "A portfolio"),
        .goals(partner: "p1", text: ""),
    ]

    @Test func everyCaseAppliesAndSaysWhatItChanged() throws {
        var s = try Self.session()
        #expect(try ExpectationEdit.add(partner: "Marc", kind: .interest, text: "  Visibility ").apply(to: &s) == "e6")
        #expect(s.expectations.last?.text == "Visibility")
        #expect(try ExpectationEdit.link(id: "e1", answer: "e2").apply(to: &s) == "e1")
        #expect(try ExpectationEdit.link(id: "E1", answer: "e3").apply(to: &s) == "e1")
        // Already there: nothing changes.
        #expect(try ExpectationEdit.link(id: "e1", answer: "e3").apply(to: &s) == "e1")
        #expect(s.expectations[0].answeredBy == ["e2", "e3"])
        #expect(try ExpectationEdit.unlink(id: "e1", answer: "e2").apply(to: &s) == "e1")
        #expect(s.expectations[0].answeredBy == ["e3"])
        try ExpectationEdit.unlink(id: "e1", answer: nil).apply(to: &s)
        #expect(s.expectations[0].answeredBy.isEmpty)
        #expect(try ExpectationEdit.relink(id: "e1", answers: ["e3", "E2", "e3"]).apply(to: &s) == "e1")
        #expect(s.expectations[0].answeredBy == ["e3", "e2"])
        try ExpectationEdit.relink(id: "e1", answers: []).apply(to: &s)
        #expect(s.expectations[0].answeredBy.isEmpty)
        #expect(try ExpectationEdit.due(id: "e3", Self.day).apply(to: &s) == "e3")
        #expect(s.expectations[2].due == Self.day)
        try ExpectationEdit.kept(id: "e3", Self.day).apply(to: &s)
        #expect(s.expectations[2].kept == Self.day)
        try ExpectationEdit.kept(id: "e3", nil).apply(to: &s)
        #expect(s.expectations[2].kept == nil)
        try ExpectationEdit.measure(id: "e3", text: " two signed letters ").apply(to: &s)
        #expect(s.expectations[2].measure == "two signed letters")
        try ExpectationEdit.measure(id: "e3", text: "").apply(to: &s)
        #expect(s.expectations[2].measure.isEmpty)
        #expect(try ExpectationEdit.terms(id: "e4", due: nil, measure: "three mockups").apply(to: &s) == "e4")
        try ExpectationEdit.terms(id: "e4", due: Self.day, measure: "").apply(to: &s)
        #expect(s.expectations[3].due == Self.day)
        #expect(s.expectations[3].measure == "three mockups")  // a date alone keeps the measure
        #expect(try ExpectationEdit.goals(partner: "Zoé", text: "A portfolio").apply(to: &s) == "p1")
        #expect(s.partners[0].personalGoals == "A portfolio")
        try ExpectationEdit.goals(partner: "p1", text: "").apply(to: &s)
        #expect(s.partners[0].personalGoals.isEmpty)
        try ExpectationEdit.link(id: "e1", answer: "e2").apply(to: &s)
        #expect(try ExpectationEdit.remove(id: "e2").apply(to: &s) == "e2")
        #expect(!s.expectations.contains { $0.id == "e2" })
        #expect(s.expectations[0].answeredBy.isEmpty)  // the links to it go with it
    }

    @Test func textsTheTextRuleRefusesChangeNothing() throws {
        let s = try Self.session()
        for text in Self.hostile {
            refuses(.add(partner: "p1", kind: .concern, text: text), s)
            // Blank clears a measure or goals (and leaves a guided measure out): not a refusal.
            if !text.trimmingCharacters(in: .whitespaces).isEmpty {
                refuses(.terms(id: "e4", due: Self.day, measure: text), s)  // the date is not set either
                refuses(.measure(id: "e3", text: text), s)
                refuses(.goals(partner: "p1", text: text), s)
            }
        }
    }

    @Test func theRulesOfTheExchangeAreTheCoresAndSaidApart() throws {
        let s = try Self.session()
        let refused: [(ExpectationEdit, ExpectationMismatch?)] = [
            (.link(id: "e2", answer: "e3"), .notExpectation(s.expectations[1])),
            (.link(id: "e1", answer: "e5"), .cannotAnswer(s.expectations[4])),
            (.link(id: "e1", answer: "e4"), .samePartner(s.expectations[3], expectation: "e1")),
            (.relink(id: "e1", answers: ["e2", "e4"]), .samePartner(s.expectations[3], expectation: "e1")),
            (.unlink(id: "e1", answer: "e2"), .notLinked(s.expectations[0], answer: "e2")),
            (.due(id: "e1", Self.day), .notCommitment(s.expectations[0])),
            (.kept(id: "e2", Self.day), .notCommitment(s.expectations[1])),
            (.measure(id: "e5", text: "x"), .notCommitment(s.expectations[4])),
            (.terms(id: "e1", due: Self.day, measure: ""), .notCommitment(s.expectations[0])),
            (.link(id: "e1", answer: "e99"), nil), (.remove(id: "e99"), nil),
            (.add(partner: "Léa", kind: .concern, text: "x"), nil),
            (.goals(partner: "p9", text: "x"), nil), (.due(id: "e99", nil), nil),
        ]
        for (edit, mismatch) in refused {
            refuses(edit, s)
            #expect(edit.mismatch(in: s) == mismatch, "\(edit)")
        }
        for edit in Self.every { #expect(edit.mismatch(in: s) == nil, "\(edit)") }
    }

    @Test(arguments: every)
    func everyCaseIsWordedInBothLanguages(edit: ExpectationEdit) throws {
        try worded(edit)
    }

    @Test func theWordingSaysTheItem() throws {
        let catalog = try #require(Self.catalog)
        let add = ExpectationEdit.add(partner: "p1", kind: .commitment, text: "Deliver the mockups")
        #expect(add.wording.text(catalog, .en) == "commitment added: \"Deliver the mockups\"")
        #expect(add.wording.text(catalog, .fr) == "ajout (engagement) de «\u{A0}Deliver the mockups\u{A0}»")
        #expect(ExpectationEdit.due(id: "e3", Self.day).wording.text(catalog, .en) == "e3 due on 2027-03-31")
        #expect(ExpectationEdit.link(id: "e1", answer: "e2").wording.text(catalog, .fr) == "lien de e2 vers e1")
    }
}
