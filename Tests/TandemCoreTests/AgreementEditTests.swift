import Foundation
import TandemTestSupport
import Testing

@testable import TandemCore

/// Every edit of the working agreement: it applies and returns its rule,
/// refuses a text the text rule refuses or an unknown id without changing
/// the session, hands out ids that are never reused, and its undo wording
/// exists in every language.
@Suite struct AgreementEditTests {
    static func session() throws -> Session {
        var s = Session(title: "t", language: .en, now: Date(timeIntervalSince1970: 0))
        try AgreementEdit.add(topic: .money, text: "Each invoices her own days").apply(to: &s)
        try AgreementEdit.add(topic: .decisions, text: "Big choices by consent").apply(to: &s)
        return s
    }

    func refuses(_ edit: AgreementEdit, _ session: Session, sourceLocation: SourceLocation = #_sourceLocation) {
        var copy = session
        #expect(throws: SessionError.self, "\(edit) was accepted", sourceLocation: sourceLocation) {
            try edit.apply(to: &copy)
        }
        #expect(copy == session, "\(edit) changed the session it refused", sourceLocation: sourceLocation)
    }

    @Test func addKeepsTheTopicAndTheTextAndRemoveTakesTheRule() throws {
        var s = try Self.session()
        #expect(s.rules.map(\.id) == ["g1", "g2"])
        #expect(try AgreementEdit.add(topic: .results, text: "  Code « à nous deux » ; MIT ").apply(to: &s) == "g3")
        #expect(s.rules.last == Rule(id: "g3", topic: .results, text: "Code « à nous deux » ; MIT"))
        #expect(s.rulesAbout(.money).map(\.id) == ["g1"])
        #expect(try AgreementEdit.remove(id: "2").apply(to: &s) == "g2")
        #expect(s.rules.map(\.id) == ["g1", "g3"])
        // An id is never handed out twice, even after a removal.
        #expect(try AgreementEdit.add(topic: .decisions, text: "Zoé leads on design").apply(to: &s) == "g4")
    }

    @Test func badTextOrUnknownIdsChangeNothing() throws {
        let s = try Self.session()
        refuses(.add(topic: .money, text: "   "), s)
        refuses(.add(topic: .money, text: "..."), s)
        refuses(.add(topic: .money, text: "line\nbreak"), s)
        refuses(.add(topic: .money, text: String(repeating: "x", count: TextRule.line.maxCharacters + 1)), s)
        refuses(.remove(id: "g9"), s)
        refuses(.remove(id: "r1"), s)
        refuses(.remove(id: ""), s)
    }

    @Test func anOlderFileWithoutRulesOpensAndRulesRoundTrip() throws {
        let old = #"{"schemaVersion": 1, "title": "Old", "createdAt": "2026-01-01T00:00:00Z"}"#
        #expect(try SessionCodec.decode(Array(old.utf8), file: "old.json").rules.isEmpty)
        let s = try Self.session()
        let bytes = try SessionCodec.encode(s)
        #expect(String(decoding: bytes, as: UTF8.self).contains(#""topic" : "money""#))
        let again = try SessionCodec.decode(bytes, file: "s.json")
        #expect(again.rules == s.rules)
        #expect(again.counters["rule"] == 2)
    }

    @Test func aFileWithARuleIdTwiceIsNotTrusted() throws {
        var s = try Self.session()
        s.rules[1].id = "g1"
        #expect(s.integrityProblem() == "the rule id \"g1\" is used twice")
    }

    @Test func everyWordingExistsInEveryLanguage() throws {
        let catalog = try #require(StageEditTests.catalog)
        #expect(
            AgreementEdit.add(topic: .money, text: "50/50").wording.text(catalog, .fr)
                == "règle ajoutée (argent)\u{00A0}: «\u{00A0}50/50\u{00A0}»")
        for edit in [AgreementEdit.add(topic: .money, text: "x"), .remove(id: "g1")] {
            let phrase = edit.wording
            for language in Language.allCases {
                #expect(catalog.entries[language]?[phrase.key] != nil, "\(phrase.key) in \(language)")
                for (_, key) in phrase.labels { #expect(catalog.entries[language]?[key] != nil) }
            }
        }
    }
}
