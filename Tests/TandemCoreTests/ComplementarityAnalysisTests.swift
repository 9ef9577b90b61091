import Foundation
import Testing

@testable import TandemCore

/// Gaps, overlaps, dependencies and the summary of the complementarity map.
@Suite struct ComplementarityAnalysisTests {
    /// Zoé (p1), Marc (p2), Öko (p3); needs Clients (n1, critical), Design (n2), Accounting (n3, critical).
    func team() throws -> Session {
        var s = Session(title: "t", language: .en, now: Date(timeIntervalSince1970: 0))
        for name in ["Zoé", "Marc", "Öko"] { try s.addPartner(name: name) }
        try s.addNeed(name: "Clients", critical: true)
        try s.addNeed(name: "Design")
        try s.addNeed(name: "Accounting", critical: true)
        return s
    }

    func rate(_ s: inout Session, _ table: [String: [Int]]) throws {
        for (need, scores) in table {
            for (partner, score) in zip(["p1", "p2", "p3"], scores) {
                try s.rate(partner: partner, need: need, score: score)
            }
        }
    }

    @Test func gapsAreNeedsNobodyCoversAtTwo() throws {
        var s = try team()
        try rate(&s, ["Clients": [1, 1, 0], "Design": [1, 0, 1], "Accounting": [2, 0, 0]])
        #expect(
            ComplementarityAnalysis.gaps(in: s) == [
                .init(need: "n1", critical: true), .init(need: "n2", critical: false),
            ])
    }

    @Test func unratedNeedsAreNotGaps() throws {
        let s = try team()
        #expect(ComplementarityAnalysis.gaps(in: s).isEmpty)
        #expect(ComplementarityAnalysis.unrated(in: s).count == 3)
        #expect(
            ComplementarityAnalysis.unrated(in: s).first
                == .init(need: "n1", partners: ["p1", "p2", "p3"], skipped: []))
    }

    @Test func skippedRatingsAreNoted() throws {
        var s = try team()
        s.guide.skip(
            .rate(need: "n2", partner: "p3"), on: Day(year: 2026, month: 1, day: 1)!)
        try rate(&s, ["Clients": [1, 1, 1], "Accounting": [1, 1, 1]])
        try s.rate(partner: "Zoé", need: "Design", score: 2)
        #expect(ComplementarityAnalysis.unrated(in: s) == [.init(need: "n2", partners: ["p2", "p3"], skipped: ["p3"])])
    }

    @Test func overlapsAreTwoLeads() throws {
        var s = try team()
        try rate(&s, ["Clients": [3, 2, 0], "Design": [3, 3, 3], "Accounting": [3, 0, 0]])
        #expect(ComplementarityAnalysis.overlaps(in: s) == [.init(need: "n2", partners: ["p1", "p2", "p3"])])
    }

    @Test func dependenciesAreCriticalNeedsOnOnePartner() throws {
        var s = try team()
        try rate(&s, ["Clients": [3, 1, 1], "Design": [3, 0, 0], "Accounting": [2, 2, 0]])
        // Design rests on Zoé alone but is not critical; Accounting has two partners.
        #expect(ComplementarityAnalysis.dependencies(in: s) == [.init(need: "n1", partner: "p1")])
        try s.setCritical("Design", true)
        #expect(ComplementarityAnalysis.dependencies(in: s).map(\.need) == ["n1", "n2"])
        try s.rate(partner: "Öko", need: "Clients", score: 2)
        #expect(ComplementarityAnalysis.dependencies(in: s).map(\.need) == ["n2"])
    }

    func english() throws -> Wording {
        Wording(catalog: try #require(ActionEditCheck.catalog), language: .en)
    }

    /// The case that motivated it: Zoé alone covered two critical needs and
    /// the map said "Dependency" twice, then the risks said it again. Now one
    /// sentence per partner, and none in the risk review once a defection
    /// risk is named.
    @Test func aDependencyIsSaidOncePerPartner() throws {
        var s = try team()
        try rate(&s, ["Clients": [3, 1, 1], "Design": [2, 2, 0], "Accounting": [2, 1, 0]])
        #expect(ComplementarityAnalysis.reliances(in: s) == [.init(partner: "p1", needs: ["n1", "n3"])])
        let texts = Findings.map(s, try english()).map(\.text)
        #expect(
            texts.filter { $0.contains("Dependency") } == [
                "Dependency: the critical needs Clients and Accounting rest on Zoé only. If Zoé steps back, the partnership loses them — this feeds the defection risk; plan a stage or an exit for them in \"risks\"."
            ])
        #expect(!texts.contains { $0.contains("Mutual") })
    }

    /// Each partner the only cover of some critical need: said as the point
    /// of the complementarity and its defection risk, in one sentence.
    @Test func aMutualDependencyIsTheHeartOfTheComplementarity() throws {
        var s = try team()
        try rate(&s, ["Clients": [3, 1, 1], "Design": [2, 2, 0], "Accounting": [0, 3, 1]])
        let reliances = ComplementarityAnalysis.reliances(in: s)
        #expect(reliances == [.init(partner: "p1", needs: ["n1"]), .init(partner: "p2", needs: ["n3"])])
        #expect(ComplementarityAnalysis.isMutual(reliances))
        let texts = Findings.map(s, try english()).map(\.text)
        #expect(texts.filter { $0.contains("ependency") }.count == 1)
        #expect(
            texts.contains {
                $0.hasPrefix(
                    "Mutual dependency: Clients: Zoé only; Accounting: Marc only. This is the point of your complementarity"
                )
            })
    }

    /// Two leads on one need may be a backup as much as a turf: said neutrally, not as a warning.
    @Test func anOverlapIsWordedNeutrally() throws {
        var s = try team()
        try rate(&s, ["Design": [3, 3, 0]])
        let overlap = try #require(Findings.map(s, try english()).first { $0.text.hasPrefix("Overlap") })
        #expect(overlap.tone == .plain)
        #expect(overlap.text.contains("redundancy") && overlap.text.contains("turf"))
    }

    /// The case that motivated it: Zoé rated herself lead on Clients, Marc
    /// thought she barely covered it, and the map showed only Zoé's 3. Two
    /// points apart is a perception gap; one is not; no own rating, no gap.
    @Test func aSelfRatingOthersDoNotShareIsAPerceptionGap() throws {
        var s = try team()
        try rate(&s, ["Clients": [3, 1, 0], "Design": [2, 2, 0]])
        try s.ratePeer(partner: "Zoé", need: "Clients", by: "Marc", score: 1)
        try s.ratePeer(partner: "Zoé", need: "Design", by: "Marc", score: 1)
        try s.ratePeer(partner: "Öko", need: "Accounting", by: "coach", score: 3)
        #expect(
            ComplementarityAnalysis.perceptionGaps(in: s) == [
                .init(need: "n1", partner: "p1", own: 3, by: "p2", seen: 1)
            ])
        let texts = Findings.map(s, try english()).map(\.text)
        #expect(texts.contains { $0.hasPrefix("Perception gap on Clients: Zoé rates their own cover 3, Marc sees 1.") })
        try s.ratePeer(partner: "Marc", need: "Design", by: "coach", score: 0)
        #expect(
            ComplementarityAnalysis.perceptionGaps(in: s).last
                == .init(need: "n2", partner: "p2", own: 2, by: "coach", seen: 0))
        #expect(Findings.map(s, try english()).contains { $0.text.contains("the coach sees 0") })
    }

    @Test func removedPartnersDoNotCover() throws {
        var s = try team()
        try rate(&s, ["Clients": [0, 3, 0]])
        try s.removePartner("Marc")
        #expect(ComplementarityAnalysis.dependencies(in: s).isEmpty)
        #expect(ComplementarityAnalysis.gaps(in: s) == [.init(need: "n1", critical: true)])
    }

    @Test func summaryAndPassengers() throws {
        var s = try team()
        try rate(&s, ["Clients": [3, 1, 0], "Design": [2, 1, 0], "Accounting": [0, 1, 3]])
        let summary = ComplementarityAnalysis.summary(in: s)
        #expect(summary.needs == 3 && summary.covered == 3 && summary.critical == 2 && summary.criticalCovered == 2)
        #expect(summary.shares.map(\.covered) == [2, 0, 1])
        #expect(summary.shares.map(\.led) == [1, 0, 1])
        #expect(ComplementarityAnalysis.passengers(in: s) == ["p2"])
    }

    @Test func ratingsAreReplacedAndChecked() throws {
        var s = try team()
        try s.rate(partner: "Zoé", need: "Clients", score: 1, note: "some")
        try s.rate(partner: "zoe", need: "n1", score: 3)
        #expect(s.ratings == [Rating(partner: "p1", need: "n1", score: 3)])
        #expect(throws: SessionError.outOfRange(field: "coverage", value: "4", range: 0...3)) {
            try s.rate(partner: "Zoé", need: "Clients", score: 4)
        }
        #expect(throws: SessionError.exists(.need, "design")) { try s.addNeed(name: "design") }
        #expect(throws: SessionError.unknown(.need, "Acc")) { try s.removeNeed("Acc") }
        try s.removeNeed("Clients")
        #expect(s.ratings.isEmpty)
    }

    @Test func needsAreFoundByIdNameOrPrefix() throws {
        var s = try team()
        try s.addNeed(name: "Accueil")
        #expect(try s.need("n2").name == "Design")
        #expect(try s.need("design").id == "n2")
        #expect(try s.need("Accou").id == "n3")
        #expect(throws: SessionError.ambiguous(.need, "Acc", ["Accounting", "Accueil"])) { try s.need("Acc") }
    }
}
