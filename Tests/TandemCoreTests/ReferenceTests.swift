import Foundation
import Testing
@testable import TandemCore

/// How a typed name finds its item: exact name, id, folded, unique prefix.
@Suite struct ReferenceTests {
    static func session() throws -> Session {
        var s = Session(title: "T", language: .en, now: Date(timeIntervalSince1970: 0))
        try s.addPartner(name: "Zoé")
        try s.addPartner(name: "Zoéline")
        try s.addPartner(name: "Bureau Öko")
        try s.addPartner(name: "Marc")
        try s.addStage(name: "Offre commune")
        try s.addStage(name: "Offre élargie")
        return s
    }

    @Test func exactNameFirstEvenWhenItIsThePrefixOfAnother() throws {
        #expect(try Self.session().resolve(.partner, "Zoé") == Resolution(id: "p1", name: "Zoé", how: .exact))
    }

    @Test func thenTheId() throws {
        #expect(try Self.session().resolve(.partner, "P3").id == "p3")
        #expect(try Self.session().resolve(.stage, "s2").id == "s2")
        #expect(try Self.session().resolve(.stage, "2").id == "s2")
    }

    @Test func thenAFoldedMatch() throws {
        #expect(
            try Self.session().resolve(.partner, "bureau oko") == Resolution(id: "p3", name: "Bureau Öko", how: .folded)
        )
        #expect(try Self.session().resolve(.partner, "zoe").how == .folded)
    }

    @Test func aUniquePrefixIsTakenAndSaidSo() throws {
        #expect(try Self.session().resolve(.partner, "ma") == Resolution(id: "p4", name: "Marc", how: .prefix))
        #expect(
            try Self.session().resolve(.stage, "offre e") == Resolution(id: "s2", name: "Offre élargie", how: .prefix))
    }

    @Test func ambiguityListsTheCandidatesWithIds() throws {
        #expect(throws: SessionError.ambiguous(.stage, "offre", ["Offre commune (s1)", "Offre élargie (s2)"])) {
            try Self.session().resolve(.stage, "offre")
        }
    }

    @Test func unknownNamesSaySo() throws {
        #expect(throws: SessionError.unknownPartner("Léa")) { try Self.session().resolve(.partner, "Léa") }
        #expect(throws: SessionError.unknown(.risk, "r9")) { try Self.session().resolve(.risk, "r9") }
    }
}

@Suite struct RelativeDateTests {
    static let today = Day(year: 2027, month: 1, day: 10)!

    @Test(arguments: [("+3s", 21), ("+3w", 21), ("+10j", 10), ("+10d", 10), ("+10", 10)])
    func relativeUnitsOfBothLanguages(typed: String, days: Int) throws {
        #expect(Day(typed: typed, today: Self.today) == Self.today.adding(days: days))
    }

    @Test func unitsComeFromTheCaller() {
        let english = DateUnits(days: ["d"], weeks: ["w"], months: ["m"])
        #expect(Day(typed: "+3s", today: Self.today, units: english) == nil)
        #expect(Day(typed: "+1m", today: Self.today, units: english) == Self.today.adding(months: 1))
        #expect(Day(typed: "+1x", today: Self.today) == nil)
    }
}

/// One check of typed text for every change.
@Suite struct TextRuleTests {
    @Test(arguments: ["Zoé\u{200B}", "Zoé\u{200E}", "a\u{202E}b", "\u{FEFF}Zoé", "a\u{0007}b", "a\nb", "x\u{0085}y"])
    func refusesInvisibleAndControlCharactersInNames(name: String) {
        #expect(throws: SessionError.invalidText(field: "name")) { try TextRule.name.check(name, field: "name") }
    }

    @Test func countsBytesAsWellAsCharacters() {
        let marks = "e" + String(repeating: "\u{301}", count: 20_000)
        #expect(marks.count == 1)
        #expect(throws: SessionError.invalidText(field: "name")) { try TextRule.name.check(marks, field: "name") }
    }

    @Test func keepsTextAsTyped() throws {
        let typed = "Julien a dit « on verra » ; à garder # \"vraiment\" l'accord 👩‍💻"
        #expect(try TextRule.line.check("  " + typed + " ", field: "note") == typed)
        #expect(try TextRule.text.check("deux\nlignes", field: "note") == "deux\nlignes")
        let mixed = "mixed \u{2067}عربي\u{2069} text"
        #expect(try TextRule.line.check(mixed, field: "note") == mixed)
        #expect(throws: SessionError.emptyText(field: "note")) { try TextRule.line.check("  ", field: "note") }
        #expect(throws: SessionError.invalidText(field: "note")) {
            try TextRule.line.check("a\u{202E}b", field: "note")
        }
    }
}
