import Foundation
import TandemTestSupport
import Testing

@testable import TandemCore

/// Every edit of the complementarity map: it applies, it refuses a score off
/// the 0–3 scale or a text the text rule refuses without changing the
/// session, and its undo wording exists in every language.
@Suite struct MapEditTests {
    /// Zoé (p1) and Marc (p2); n1 Clients (critical), n2 Design.
    static func session() throws -> Session {
        var s = Session(title: "t", language: .en, now: Date(timeIntervalSince1970: 0))
        try s.addPartner(name: "Zoé")
        try s.addPartner(name: "Marc")
        try MapEdit.addNeed(name: "Clients", critical: true).apply(to: &s)
        try MapEdit.addNeed(name: "Design", critical: false).apply(to: &s)
        return s
    }

    func refuses(_ edit: MapEdit, _ session: Session, sourceLocation: SourceLocation = #_sourceLocation) {
        var copy = session
        #expect(throws: SessionError.self, "\(edit) was accepted", sourceLocation: sourceLocation) {
            try edit.apply(to: &copy)
        }
        #expect(copy == session, "\(edit) changed the session it refused", sourceLocation: sourceLocation)
    }

    static let every: [MapEdit] = [
        .addNeed(name: "Sales", critical: false), .addNeed(name: "Sales", critical: true), .removeNeed(id: "n2"),
        .critical(need: "n2", true), .critical(need: "n1", false),
        .rate(partner: "p1", need: "n1", score: 3, note: "knows every buyer"),
        .trait(partner: "p1", .strength, text: "Fast"), .trait(partner: "p2", .weakness, text: "Little time"),
        .ratePeer(partner: "p1", need: "n1", by: "p2", score: 1),
        .ratePeer(partner: "p1", need: "n1", by: PeerRating.coach, score: 2),
    ]

    /// Another's view of a partner's cover sits beside the partner's own
    /// rating, one per rater; a partner cannot be their own "other", a score
    /// off the scale or an unknown rater changes nothing, and the views go
    /// with their need or partner.
    @Test func anotherPartnersViewIsKeptApartFromTheOwnRating() throws {
        var s = try Self.session()
        try MapEdit.rate(partner: "Zoé", need: "Clients", score: 3, note: "").apply(to: &s)
        #expect(try MapEdit.ratePeer(partner: "Zoé", need: "Clients", by: "Marc", score: 1).apply(to: &s) == "n1")
        try MapEdit.ratePeer(partner: "Zoé", need: "Clients", by: "Marc", score: 0).apply(to: &s)
        try MapEdit.ratePeer(partner: "Zoé", need: "Clients", by: "coach", score: 3).apply(to: &s)
        #expect(
            s.peerRatings == [
                PeerRating(partner: "p1", need: "n1", by: "p2", score: 0),
                PeerRating(partner: "p1", need: "n1", by: "coach", score: 3),
            ])
        #expect(s.rating(partner: "p1", need: "n1")?.score == 3, "the own rating is untouched")
        refuses(.ratePeer(partner: "Zoé", need: "Clients", by: "Zoé", score: 1), s)
        refuses(.ratePeer(partner: "Zoé", need: "Clients", by: "Léa", score: 1), s)
        refuses(.ratePeer(partner: "Zoé", need: "Clients", by: "Marc", score: 4), s)
        var withoutMarc = s
        try withoutMarc.removePartner("Marc")
        #expect(withoutMarc.peerRatings.map(\.by) == ["coach"])
        try MapEdit.removeNeed(id: "n1").apply(to: &s)
        #expect(s.peerRatings.isEmpty)
    }

    @Test func everyCaseAppliesAndSaysWhatItChanged() throws {
        var s = try Self.session()
        #expect(try MapEdit.addNeed(name: "  Sales ", critical: false).apply(to: &s) == "n3")
        #expect(s.needs.last?.name == "Sales")
        #expect(try MapEdit.critical(need: "Sales", true).apply(to: &s) == "n3")
        #expect(s.needs.last?.critical == true)
        for score in Rating.range {
            #expect(try MapEdit.rate(partner: "Zoé", need: "n3", score: score, note: "").apply(to: &s) == "n3")
        }
        try MapEdit.rate(partner: "p2", need: "n3", score: 1, note: " rarely writes ").apply(to: &s)
        #expect(s.ratings.map(\.score) == [3, 1])  // a new rating replaces the partner's earlier one
        #expect(s.ratings.last?.note == "rarely writes")
        #expect(try MapEdit.trait(partner: "Marc", .weakness, text: "Little time").apply(to: &s) == "p2")
        #expect(s.traits.last == Trait(partner: "p2", kind: .weakness, text: "Little time"))
        #expect(try MapEdit.removeNeed(id: "n3").apply(to: &s) == "n3")
        #expect(s.needs.map(\.id) == ["n1", "n2"])
        #expect(s.ratings.isEmpty)  // its ratings go with it
    }

    @Test func aScoreOffTheScaleChangesNothing() throws {
        let s = try Self.session()
        for score in [-1, 4, 5, Int.max, Int.min] {
            refuses(.rate(partner: "p1", need: "n1", score: score, note: ""), s)
        }
        var copy = s
        #expect(throws: SessionError.outOfRange(field: "coverage", value: "4", range: 0...3)) {
            try MapEdit.rate(partner: "p1", need: "n1", score: 4, note: "").apply(to: &copy)
        }
    }

    @Test func textsTheTextRuleRefusesChangeNothing() throws {
        let s = try Self.session()
        for text in ExpectationEditTests.hostile {
            refuses(.addNeed(name: text, critical: false), s)
            refuses(.trait(partner: "p1", .strength, text: text), s)
            if !text.trimmingCharacters(in: .whitespaces).isEmpty {
                refuses(.rate(partner: "p1", need: "n1", score: 2, note: text), s)
            }
        }
        refuses(.addNeed(name: "Ben\u{200D}ch", critical: false), s)  // a joiner is never in a name
        refuses(.addNeed(name: String(repeating: "n", count: 201), critical: false), s)
    }

    @Test func namesAndReferencesTheCoreRefuses() throws {
        let s = try Self.session()
        refuses(.addNeed(name: "design", critical: false), s)  // the same name up to case
        refuses(.removeNeed(id: "Des"), s)  // a start of a name removes nothing
        refuses(.removeNeed(id: "n9"), s)
        refuses(.critical(need: "Nowhere", true), s)
        refuses(.rate(partner: "Léa", need: "n1", score: 2, note: ""), s)
        refuses(.rate(partner: "p1", need: "n9", score: 2, note: ""), s)
        refuses(.trait(partner: "p9", .weakness, text: "x"), s)
    }

    @Test(arguments: every)
    func everyCaseIsWordedInBothLanguages(edit: MapEdit) throws {
        let catalog = try #require(ExpectationEditTests.catalog)
        for language in Language.allCases {
            #expect(catalog.entries[language]?[edit.wording.key] != nil, "\(language) lacks \(edit.wording.key)")
            let text = edit.wording.text(catalog, language)
            #expect(!text.contains("{") && !text.contains("[") && !text.isEmpty, "\(language): \(text)")
        }
    }

    @Test func theWordingSaysTheItem() throws {
        let catalog = try #require(ExpectationEditTests.catalog)
        let rate = MapEdit.rate(partner: "p1", need: "n2", score: 3, note: "")
        #expect(rate.wording.text(catalog, .en) == "p1 rated 3 on n2")
        #expect(rate.wording.text(catalog, .fr) == "note 3 de p1 sur n2")
        #expect(
            MapEdit.addNeed(name: "Sales", critical: true).wording.text(catalog, .en)
                == "critical need added: \"Sales\"")
        #expect(
            MapEdit.trait(partner: "p2", .weakness, text: "Little time").wording.text(catalog, .fr)
                == "faiblesse de p2\u{A0}: «\u{A0}Little time\u{A0}»")
    }
}
