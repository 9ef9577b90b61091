import Foundation
@testable import TandemCore
import Testing

@Suite struct HealthEditTests {
    static let day = Day("2026-11-21") ?? Day(Date())
    static let later = Day("2026-12-21") ?? Day(Date())

    @Test func rateApplies() throws {
        var s = try ContextEditTests.session()
        #expect(try HealthEdit.rate(partner: "Zoé", ingredient: .trust, score: 2, on: Self.day).apply(to: &s) == "p1")
        #expect(try HealthEdit.rate(partner: "p1", ingredient: .trust, score: 4, on: Self.day).apply(to: &s) == "p1")
        #expect(s.health.map(\.score) == [4])  // the same day corrects
        try HealthEdit.rate(partner: "p1", ingredient: .trust, score: 5, on: Self.later).apply(to: &s)
        #expect(s.health.map(\.score) == [4, 5])  // a later day keeps both
        #expect(s.latestHealth()["p1"]?[.trust]?.score == 5)
        for score in HealthRating.scale {
            try HealthEdit.rate(partner: "Marc", ingredient: .care, score: score, on: Self.day).apply(to: &s)
        }
        #expect(s.latestHealth()["p2"]?[.care]?.score == 5)
    }

    @Test func rateRefusesAScoreOffTheScaleOrAnUnknownPartner() throws {
        var s = try ContextEditTests.session()
        try HealthEdit.rate(partner: "Zoé", ingredient: .trust, score: 3, on: Self.day).apply(to: &s)
        for score in [0, 6, 9, -1, Int.max, Int.min] {
            EditWording.refuses(HealthEdit.rate(partner: "Zoé", ingredient: .trust, score: score, on: Self.day), s)
        }
        EditWording.refuses(HealthEdit.rate(partner: "Léa", ingredient: .trust, score: 3, on: Self.day), s)
        EditWording.refuses(HealthEdit.rate(partner: "p\u{1B}1", ingredient: .trust, score: 3, on: Self.day), s)
        var copy = s
        #expect(throws: SessionError.outOfRange(field: "health.score", value: "6", range: 1...5)) {
            try HealthEdit.rate(partner: "Zoé", ingredient: .trust, score: 6, on: Self.day).apply(to: &copy)
        }
    }

    @Test func rateIsWordedInBothLanguages() throws {
        let edit = HealthEdit.rate(partner: "p1", ingredient: .leadership, score: 4, on: Self.day)
        try EditWording.check(edit)
        let catalog = try #require(EditWording.catalog)
        #expect(edit.wording.text(catalog, .en) == "health rating of p1 for respect & leadership: 4")
        #expect(
            edit.wording.text(catalog, .fr) == "note de santé de p1 pour «\u{A0}respect et leadership\u{A0}»\u{A0}: 4")
    }
}
