import Foundation
@testable import TandemCore
import Testing

@Suite struct HealthAnalysisTests {
    static let day = Day("2026-11-21") ?? Day(Date())

    static func session(_ names: [String] = ["Zoé", "Marc"]) throws -> Session {
        var s = Session(title: "t", language: .en, now: Date(timeIntervalSince1970: 0))
        for name in names { try s.addPartner(name: name) }
        return s
    }

    @Test(arguments: [
        (4, 1, HealthBand.strength), (5, 1, HealthBand.strength), (8, 2, .strength), (7, 2, .discuss), (3, 1, .discuss),
        (6, 2, .discuss), (5, 2, .concern), (2, 1, .concern), (79, 20, .discuss), (59, 20, .concern),
    ])
    func bands(_ sum: Int, _ count: Int, _ band: HealthBand) {
        #expect(HealthBand(sum: sum, count: count) == band)
    }

    @Test func meanIsNeverRoundedIntoABetterBand() {
        // 3.95 is "discuss": shown as 3.9, not 4.0.
        var row = IngredientHealth(ingredient: .trust, scores: [:])
        for i in 0..<20 { row.scores["p\(i)"] = i == 0 ? 3 : 4 }
        #expect(row.band == .discuss)
        #expect(row.meanTenths == 39)
        row.scores = ["a": 3, "b": 4]
        #expect(row.meanTenths == 35)
        row.scores = ["a": 3, "b": 4, "c": 4]
        #expect(row.meanTenths == 37)
        row.scores = ["a": 2, "b": 3, "c": 3, "d": 4, "e": 2]
        #expect(row.meanTenths == 28)
        row.scores = [:]
        #expect(row.meanTenths == nil && row.band == nil)
    }

    /// The gaps, counted and listed without enumerating every pair, are the
    /// first of those every pair makes, in the same order (widest first, then
    /// ingredient and partner order); who is apart is everyone in one of them.
    @Test(arguments: [2, 3, 5, 9, 14])
    func gapsAreTheFirstOfEveryPairs(_ partners: Int) throws {
        var s = try Self.session((1...partners).map { "Partner \($0)" })
        var seed: UInt64 = UInt64(partners)
        for p in 1...partners {
            for ingredient in Ingredient.allCases {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                guard seed >> 61 != 0 else { continue }  // some left unrated
                try s.rateHealth(partner: "p\(p)", ingredient: ingredient, score: Int(seed >> 33) % 5 + 1, on: Self.day)
            }
        }
        let a = HealthAnalysis(s)
        var all: [PerceptionGap] = []
        for row in a.rows {
            for (i, x) in a.partners.enumerated() {
                for y in a.partners.dropFirst(i + 1) {
                    guard let sx = row.scores[x], let sy = row.scores[y], abs(sx - sy) >= 2 else { continue }
                    let (low, high) =
                        sx <= sy
                        ? (PartnerScore(x, sx), PartnerScore(y, sy)) : (PartnerScore(y, sy), PartnerScore(x, sx))
                    all.append(PerceptionGap(ingredient: row.ingredient, low: low, high: high))
                }
            }
        }
        let sorted = all.enumerated().sorted { ($0.element.size, -$0.offset) > ($1.element.size, -$1.offset) }.map(
            \.element)
        #expect(a.gapCount == all.count)
        #expect(a.gaps == Array(sorted.prefix(PerceptionGap.listed)))
        for ingredient in Ingredient.allCases {
            let sides = Set(all.filter { $0.ingredient == ingredient }.flatMap { [$0.low.partner, $0.high.partner] })
            #expect(a.apart[ingredient] ?? [] == sides)
        }
    }

    @Test func bandsAndGapsAcrossPartners() throws {
        var s = try Self.session()
        let scores: [(Ingredient, Int, Int)] = [
            (.vision, 4, 5), (.trust, 2, 5), (.leadership, 3, 4), (.objectives, 2, 3), (.care, 3, 3), (.values, 5, 3),
            (.decisions, 1, 2),
        ]
        for (ingredient, zoe, marc) in scores {
            try s.rateHealth(partner: "Zoé", ingredient: ingredient, score: zoe, on: Self.day)
            try s.rateHealth(partner: "Marc", ingredient: ingredient, score: marc, on: Self.day)
        }
        let a = HealthAnalysis(s)
        // Values (5 and 3) has a mean of 4.0 but a perception gap: to discuss, never a strength.
        #expect(a.strengths == [.vision])
        #expect(a.toDiscuss == [.trust, .leadership, .care, .values])
        #expect(a.concerns == [.objectives, .decisions])
        // Widest first; the lower score is on the left.
        #expect(
            a.gaps == [
                PerceptionGap(ingredient: .trust, low: PartnerScore("p1", 2), high: PartnerScore("p2", 5)),
                PerceptionGap(ingredient: .values, low: PartnerScore("p2", 3), high: PartnerScore("p1", 5)),
            ])
        #expect(a.missing.isEmpty)
        #expect(a.topics.map(\.ingredient) == [.trust, .objectives, .values, .decisions])
        #expect(a.topics.allSatisfy { $0.partners == ["p1", "p2"] })
    }

    @Test func oneBelowTheThresholdIsNoGap() throws {
        var s = try Self.session()
        try s.rateHealth(partner: "p1", ingredient: .care, score: 3, on: Self.day)
        try s.rateHealth(partner: "p2", ingredient: .care, score: 4, on: Self.day)
        #expect(HealthAnalysis(s).gaps.isEmpty)
    }

    @Test func threePartnersGiveOneGapPerPairAndTopicsNameOnlyThem() throws {
        var s = try Self.session(["Zoé", "Marc", "Léa"])
        try s.rateHealth(partner: "Zoé", ingredient: .trust, score: 3, on: Self.day)
        try s.rateHealth(partner: "Marc", ingredient: .trust, score: 5, on: Self.day)
        try s.rateHealth(partner: "Léa", ingredient: .trust, score: 4, on: Self.day)
        let a = HealthAnalysis(s)
        #expect(a.gaps.count == 1)
        #expect(a.gaps.first?.low == PartnerScore("p1", 3))
        #expect(a.topics == [HealthTopic(ingredient: .trust, partners: ["p1", "p2"])])
        #expect(a.missing["p3"] == [.vision, .leadership, .objectives, .care, .values, .decisions])
    }

    @Test func latestRatingCountsAndEarlierOnesAreKept() throws {
        var s = try Self.session()
        let before = try #require(Day("2026-06-01"))
        try s.rateHealth(partner: "Zoé", ingredient: .trust, score: 4, on: before)
        try s.rateHealth(partner: "Zoé", ingredient: .trust, score: 2, on: Self.day)
        try s.rateHealth(partner: "Zoé", ingredient: .care, score: 3, on: Self.day)
        try s.rateHealth(partner: "Zoé", ingredient: .care, score: 4, on: Self.day)  // same day: a correction
        #expect(s.health.count == 3)
        let a = HealthAnalysis(s)
        #expect(a.rows.first { $0.ingredient == .trust }?.scores == ["p1": 2])
        #expect(a.rows.first { $0.ingredient == .care }?.scores == ["p1": 4])
        #expect(a.changes == [HealthChange(partner: "p1", ingredient: .trust, from: 4, to: 2, since: before)])
    }

    @Test func removedPartnersNoLongerCount() throws {
        var s = try Self.session()
        try s.rateHealth(partner: "Zoé", ingredient: .vision, score: 1, on: Self.day)
        try s.rateHealth(partner: "Marc", ingredient: .vision, score: 5, on: Self.day)
        try s.removePartner("Marc")
        let a = HealthAnalysis(s)
        #expect(a.gaps.isEmpty)
        #expect(a.concerns == [.vision])
    }

    @Test func ratingsOutsideTheScaleOrForUnknownPartnersAreRefused() throws {
        var s = try Self.session()
        #expect(throws: SessionError.outOfRange(field: "health.score", value: "6", range: 1...5)) {
            try s.rateHealth(partner: "Zoé", ingredient: .vision, score: 6, on: Self.day)
        }
        #expect(throws: SessionError.unknownPartner("Léa")) {
            try s.rateHealth(partner: "Léa", ingredient: .vision, score: 3, on: Self.day)
        }
        #expect(s.health.isEmpty)
    }
}

extension HealthAnalysisTests {
    @Test func skippedQuestionsAreToldApartFromMissingOnes() throws {
        var s = try Self.session()
        try s.rateHealth(partner: "Zoé", ingredient: .vision, score: 4, on: Self.day)
        s.guide.skip(.health(partner: "p1", .trust), on: Self.day)
        // Rated since: not avoided.
        s.guide.skip(.health(partner: "p1", .vision), on: Self.day)
        let a = HealthAnalysis(s)
        #expect(a.skipped == ["p1": [.trust]])
        #expect(a.missing["p1"] == [.leadership, .objectives, .care, .values, .decisions])
        #expect(a.missing["p2"] == Ingredient.allCases)
    }
}
