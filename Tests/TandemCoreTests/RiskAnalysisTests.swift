import Foundation
import Testing

@testable import TandemCore

@Suite struct RiskAnalysisTests {
    @Test(arguments: [
        (1, RiskBand.low), (4, .low), (5, .medium), (9, .medium), (10, .high), (12, .high), (15, .high),
        (16, .critical), (25, .critical),
    ])
    func scoresFallInTheirBand(score: Int, band: RiskBand) {
        #expect(RiskBand(score: score) == band)
    }

    @Test func everyCellOfTheMapHasTheBandOfItsScore() {
        #expect(RiskAnalysis.band(likelihood: 1, impact: 4) == .low)
        #expect(RiskAnalysis.band(likelihood: 3, impact: 3) == .medium)
        #expect(RiskAnalysis.band(likelihood: 5, impact: 2) == .high)
        #expect(RiskAnalysis.band(likelihood: 4, impact: 4) == .critical)
    }

    static func risk(_ id: String, _ l: Int?, _ i: Int?, status: RiskStatus = .open, zone: RiskZone = .other) -> Risk {
        var r = Risk(id: id, zone: zone, text: id)
        r.likelihood = l
        r.impact = i
        r.status = status
        return r
    }

    @Test func sortsByScoreThenImpactThenIdWithUnratedAndClosedLast() {
        let risks = [
            Self.risk("r1", 2, 2), Self.risk("r2", nil, nil), Self.risk("r3", 5, 5, status: .closed),
            Self.risk("r4", 4, 3), Self.risk("r5", 3, 4), Self.risk("r10", 2, 2), Self.risk("r6", 5, 4),
            Self.risk("r7", nil, nil),
        ]
        #expect(RiskAnalysis.sorted(risks).map(\.id) == ["r6", "r5", "r4", "r1", "r10", "r2", "r7", "r3"])
    }

    @Test func theHeatMapPlacesRatedOpenRisksByLikelihoodAndImpact() {
        let map = RiskAnalysis.heatMap([
            Self.risk("r1", 4, 2), Self.risk("r10", 4, 2), Self.risk("r2", 4, 2), Self.risk("r3", nil, nil),
            Self.risk("r4", 5, 5, status: .closed), Self.risk("r5", 1, 5),
        ])
        #expect(map[3][1] == ["r1", "r2", "r10"])
        #expect(map[0][4] == ["r5"])
        #expect(map[4][4] == [], "closed risks leave the map")
        #expect(map.flatMap { $0 }.flatMap { $0 }.count == 4)
    }

    static func session() throws -> Session {
        var s = Session(title: "t", language: .en, now: Date(timeIntervalSince1970: 0))
        try s.addPartner(name: "Zoé")
        try s.addPartner(name: "Marc")
        for zone in RiskAnalysis.coreZones { try s.addRisk(zone, "a risk of \(zone.rawValue)") }
        for id in ["r1", "r2", "r3", "r4"] { try s.rateRisk(id, likelihood: 1, impact: 2) }
        for reason in FailureReason.allCases { s.scan(reason, .no, on: Day(year: 2026, month: 3, day: 3)!) }
        return s
    }

    @Test func aReviewedRegisterHasOnlyTheCleanScan() throws {
        #expect(RiskAnalysis.findings(in: try Self.session(), dependencies: []) == [.scanClear])
    }

    @Test func anEmptyRegisterSaysSoAndNamesTheFourZones() {
        let s = Session(title: "t", language: .en, now: Date(timeIntervalSince1970: 0))
        let findings = RiskAnalysis.findings(in: s, dependencies: [])
        #expect(findings.first == RiskFinding.noRisks)
        #expect(findings.contains(.zoneNotDiscussed(.value, close: false, skipped: false)))
        #expect(findings.last == .scanOpen(count: 10))
    }

    @Test func seriousRisksNeedAMitigationAndAnOwner() throws {
        var s = try Self.session()
        try s.rateRisk("r1", likelihood: 4, impact: 4)
        try s.rateRisk("r2", likelihood: 2, impact: 5)
        try s.assignRisk("r2", owner: "Marc")
        try s.rateRisk("r3", likelihood: 3, impact: 3)  // medium: nothing required
        #expect(
            RiskAnalysis.findings(in: s, dependencies: []) == [
                .unmitigated(risk: "r1", band: .critical), .unowned(risk: "r1", band: .critical),
                .unmitigated(risk: "r2", band: .high), .scanClear,
            ])
        try s.mitigateRisk("r1", "notice period")
        try s.setRiskStatus("r2", .mitigated)
        try s.setRiskStatus("r1", .closed)
        #expect(RiskAnalysis.findings(in: s, dependencies: []) == [.scanClear])
    }

    @Test func unratedRisksAreListedUnlessClosed() throws {
        var s = try Self.session()
        try s.addRisk(.other, "new")
        try s.addRisk(.other, "old")
        try s.setRiskStatus("r6", .closed)
        #expect(RiskAnalysis.findings(in: s, dependencies: []) == [.unrated(["r5"]), .scanClear])
    }

    @Test func zonesWithoutRisksAreNamedMoreFirmlyBetweenFriends() throws {
        var s = try Self.session()
        try s.removeRisk("r2")
        s.context.relationship = .family
        s.guide.skip(.zone(.distance), on: Day("2026-11-21")!)
        #expect(
            RiskAnalysis.findings(in: s, dependencies: []) == [
                .zoneNotDiscussed(.distance, close: true, skipped: true), .scanClear,
            ])
        try s.removeRisk("r3")
        #expect(
            RiskAnalysis.findings(in: s, dependencies: []).contains(
                .zoneNotDiscussed(.value, close: false, skipped: false)))
    }

    @Test func skippedQuestionsOnMoneyExitsOrEvaluationFromAnyModuleAreSignals() throws {
        var s = try Self.session()
        let day = Day("2026-11-21")!
        for id in [
            "stages.s1.exit", "expectations.p1.contribution", "gate.s1.1.2", "expectations.p1.goals", "context.purpose",
        ] {
            s.guide.skip(QuestionID(id), on: day)
        }
        s.guide.answer(.stage("s2", .exit), on: day)
        #expect(
            RiskAnalysis.findings(in: s, dependencies: []) == [
                .avoided(.money, questions: ["expectations.p1.contribution"], close: false),
                .avoided(.exits, questions: ["stages.s1.exit"], close: false),
                .avoided(.evaluation, questions: ["gate.s1.1.2"], close: false),
                .scanClear,
            ])
    }

    @Test(arguments: [
        ("stages.s1.exit", AvoidanceTopic.exits), ("risks.zone.defection", .exits),
        ("risks.zone.distance", .distance), ("context.relationship", .distance),
        ("risks.zone.value", .money), ("expectations.p2.commitment", .money), ("stages.s1.commit.p1", .money),
        ("risks.scan.power-imbalance", .money),
        ("gate.s3.2.verdict", .evaluation), ("stages.s1.entry", .evaluation), ("stages.s1.review", .evaluation),
        ("risks.scan.no-evaluation", .evaluation), ("health.p1.trust", .evaluation),
    ])
    func questionIdsMapToTopics(id: String, topic: AvoidanceTopic) {
        #expect(AvoidanceTopic.of(id) == topic)
    }

    @Test(arguments: ["context.purpose", "expectations.p1.goals", "map.needs", "risks.r1.owner", "stages.names"])
    func otherQuestionsHaveNoTopic(id: String) {
        #expect(AvoidanceTopic.of(id) == nil)
    }

    /// The map says each dependency; the review says it only while no
    /// defection risk is named (the case that motivated it: the same
    /// dependency said in the map, again in the risks, and a third time in
    /// the report's two sections).
    @Test func aCriticalNeedOnOnePartnerAsksForADefectionRiskOnce() throws {
        var s = try Self.session()
        #expect(RiskAnalysis.findings(in: s, dependencies: [("n1", "p1")]) == [.scanClear])
        try s.removeRisk("r1")
        #expect(
            RiskAnalysis.findings(in: s, dependencies: [("n1", "p1"), ("n2", "p2")]).filter {
                if case .dependencyWithoutRisk = $0 { return true } else { return false }
            } == [.dependencyWithoutRisk([.init(need: "n1", partner: "p1"), .init(need: "n2", partner: "p2")])])
    }

    @Test func theDependenciesComeFromTheComplementarityMap() throws {
        var s = try Self.session()
        s.needs = [Need(id: "n1", name: "Sales", critical: true), Need(id: "n2", name: "Design")]
        s.ratings = [
            Rating(partner: "p1", need: "n1", score: 3), Rating(partner: "p2", need: "n1", score: 1),
            Rating(partner: "p1", need: "n2", score: 3),
        ]
        try s.removeRisk("r1")
        #expect(RiskAnalysis.findings(in: s).contains(.dependencyWithoutRisk([.init(need: "n1", partner: "p1")])))
    }

    @Test func theScanFlagsReasonsAndThoseWithoutARisk() throws {
        var s = try Self.session()
        s.scan(.hiddenAgendas, .yes, on: Day(year: 2026, month: 3, day: 3)!)
        s.scan(.noEvaluation, .unsure, on: Day(year: 2026, month: 3, day: 3)!)
        s.failureScan[FailureReason.noLearning.rawValue] = nil
        try s.addRisk(.defection, "a side project", reason: .hiddenAgendas)
        try s.rateRisk("r5", likelihood: 1, impact: 1)
        #expect(
            RiskAnalysis.findings(in: s, dependencies: []) == [
                .scanFlagged(yes: [.hiddenAgendas], unsure: [.noEvaluation], withoutRisk: [.noEvaluation]),
                .scanOpen(count: 1),
            ])
    }

    @Test func ratingsOutsideTheScaleAreRefused() throws {
        var s = try Self.session()
        #expect(throws: SessionError.outOfRange(field: "risk.impact", value: "6", range: 1...5)) {
            try s.rateRisk("r1", likelihood: 5, impact: 6)
        }
        #expect(throws: SessionError.unknown(.risk, "r9")) { try s.rateRisk("r9", likelihood: 1, impact: 1) }
        #expect(try s.risk("3").id == "r3", "a bare number is a risk id")
    }

    @Test func ownersArePartnersWhenANameMatchesAndTextOtherwise() throws {
        var s = try Self.session()
        #expect(try s.assignRisk("r1", owner: "zo").owner == "p1")
        #expect(try s.assignRisk("r1", owner: "our lawyer").owner == "our lawyer")
        try s.addPartner(name: "Mara")
        #expect(throws: SessionError.ambiguousPartner("Ma", ["Marc", "Mara"])) { try s.assignRisk("r1", owner: "Ma") }
    }

    /// Each reason of the scan in the zone of seed 003 it feeds; "unclear
    /// goal" was filed under "other", though without a clear goal the partners
    /// cannot agree on evaluating the results.
    @Test(arguments: [
        (FailureReason.noSharedVision, RiskZone.other), (.powerImbalance, .value), (.unclearGoal, .evaluation),
        (.unclearRoles, .value), (.differentValues, .other), (.notEnoughTime, .defection),
        (.hiddenAgendas, .defection), (.poorCommunication, .other), (.noEvaluation, .evaluation),
        (.noLearning, .other),
    ])
    func eachReasonFeedsItsZone(reason: FailureReason, zone: RiskZone) {
        #expect(reason.zone == zone)
    }

    /// The day each scan answer was given is kept, and a later answer moves it.
    @Test func scanAnswersAreDated() throws {
        var s = try Self.session()
        s.failureScanDays = [:]  // as an older file has it: answered, day unknown
        #expect(s.failureScan[FailureReason.hiddenAgendas.rawValue] != nil && s.scanDay(.hiddenAgendas) == nil)
        s.scan(.hiddenAgendas, .yes, on: Day(year: 2026, month: 3, day: 3)!)
        #expect(s.scanDay(.hiddenAgendas) == Day(year: 2026, month: 3, day: 3)!)
        s.scan(.hiddenAgendas, .no, on: Day(year: 2026, month: 9, day: 1)!)
        #expect(s.scanDay(.hiddenAgendas) == Day(year: 2026, month: 9, day: 1)!)
        #expect(s.failureScan[FailureReason.hiddenAgendas.rawValue] == ScanAnswer.no)
    }
}
