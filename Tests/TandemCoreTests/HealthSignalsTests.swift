@testable import TandemCore
import Testing

/// The health findings a coach would sign: a low score is named even when the
/// mean is fine, a gap is never a strength, a partner lower on every point is said.
@Suite struct HealthSignalsTests {
    static let day = HealthAnalysisTests.day

    static func rated(_ scores: [String: [Ingredient: Int]], names: [String] = ["Zoé", "Marc", "Ana"]) throws
        -> Session
    {
        var s = try HealthAnalysisTests.session(names)
        for (name, ingredients) in scores.sorted(by: { $0.key < $1.key }) {
            for (ingredient, score) in ingredients.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                try s.rateHealth(partner: name, ingredient: ingredient, score: score, on: Self.day)
            }
        }
        return s
    }

    @Test func aLowScoreIsNamedEvenWhenTheMeanIsFine() throws {
        // Trust: 5, 5, 2 — mean 4.0, a strength by the mean; Ana's 2 must still be said.
        let s = try Self.rated(["Zoé": [.trust: 5], "Marc": [.trust: 5], "Ana": [.trust: 2]])
        let analysis = HealthAnalysis(s)
        #expect(analysis.lowScores.map(\.partner) == ["p3"])
        #expect(analysis.lowScores.map(\.score) == [2])
        // Ana is 3 points from the others: a gap, so trust is not a strength.
        #expect(!analysis.strengths.contains(.trust))
        #expect(analysis.toDiscuss.contains(.trust))
        #expect(analysis.band(of: analysis.rows[1]) == .discuss)
        #expect(analysis.rows[1].band == .strength, "the mean's own band is kept")
    }

    @Test func noLowScoreNoGapStaysQuiet() throws {
        let s = try Self.rated([
            "Zoé": [.trust: 4, .care: 5], "Marc": [.trust: 5, .care: 4], "Ana": [.trust: 4, .care: 4],
        ])
        let analysis = HealthAnalysis(s)
        #expect(analysis.lowScores.isEmpty)
        #expect(analysis.strengths == [.trust, .care])
        #expect(analysis.lowerThanOthers.isEmpty)
    }

    @Test func aPartnerLowerOnEveryPointIsSaid() throws {
        let marc: [Ingredient: Int] = [.vision: 2, .trust: 3, .care: 3]
        let others: [Ingredient: Int] = [.vision: 4, .trust: 4, .care: 5]
        let s = try Self.rated(["Zoé": others, "Marc": marc, "Ana": others])
        let lower = HealthAnalysis(s).lowerThanOthers
        #expect(lower.map(\.partner) == ["p2"])
        #expect(lower.first?.mine == 26 && lower.first?.others == 43)
        // Higher than the others on one point: not "consistently lower".
        var mixed = marc
        mixed[.care] = 5
        #expect(HealthAnalysis(try Self.rated(["Zoé": others, "Marc": mixed, "Ana": others])).lowerThanOthers.isEmpty)
        // Two shared points are not enough to say it.
        let two = try Self.rated(
            ["Zoé": [.vision: 4, .trust: 4], "Marc": [.vision: 2, .trust: 2]], names: ["Zoé", "Marc"])
        #expect(HealthAnalysis(two).lowerThanOthers.isEmpty)
    }
}
