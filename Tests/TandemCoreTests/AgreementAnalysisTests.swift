import Foundation
import Testing

@testable import TandemCore

/// The analysis of the working agreement: which topics this partnership
/// needs written (friends or family: money and exits; technological:
/// results; commercial: who invoices; deciding or acting together: decisions
/// and deadlock; open risks a rule would answer), silent when the rule is there.
@Suite struct AgreementAnalysisTests {
    static func session(
        _ relationship: Relationship? = nil, _ type: PartnershipType? = nil, _ level: PartnershipLevel? = nil
    ) -> Session {
        var s = Session(title: "t", language: .en, now: Date(timeIntervalSince1970: 0))
        s.context.relationship = relationship
        s.context.type = type
        s.context.level = level
        return s
    }

    static func missing(_ s: Session) -> [RuleTopic: [AgreementReason]] {
        var out: [RuleTopic: [AgreementReason]] = [:]
        for case .missing(let topic, let reasons, _) in AgreementAnalysis.findings(in: s) { out[topic] = reasons }
        return out
    }

    @Test func anEmptyAgreementWithoutContextSaysOnlyThatNothingIsWritten() {
        #expect(AgreementAnalysis.findings(in: Self.session()) == [.noRules])
        // Distant partners, an industrial consultation: nothing in particular is due.
        #expect(AgreementAnalysis.findings(in: Self.session(.distant, .industrial, .consult)) == [.noRules])
    }

    @Test(arguments: [Relationship.friends, .family])
    func friendsAndFamilyNeedMoneyAndExitsInWriting(relationship: Relationship) {
        let s = Self.session(relationship)
        #expect(Self.missing(s) == [.money: [.close(relationship)], .duration: [.close(relationship)]])
        #expect(Self.missing(Self.session(.acquaintances)).isEmpty)
    }

    @Test func aTechnologicalPartnershipNeedsResultsAndACommercialOneWhoInvoices() {
        #expect(Self.missing(Self.session(nil, .technological)) == [.results: [.type(.technological)]])
        #expect(Self.missing(Self.session(nil, .commercial)) == [.money: [.type(.commercial)]])
        #expect(Self.missing(Self.session(nil, .network)).isEmpty)
        // Friends in business: both reasons are said for money.
        #expect(Self.missing(Self.session(.friends, .commercial))[.money] == [.close(.friends), .type(.commercial)])
    }

    @Test(arguments: [PartnershipLevel.decide, .act])
    func decidingOrActingTogetherNeedsDecisionsAndDeadlock(level: PartnershipLevel) {
        #expect(
            Self.missing(Self.session(nil, nil, level)) == [.decisions: [.level(level)], .deadlock: [.level(level)]])
    }

    @Test(arguments: [PartnershipLevel.inform, .consult, .support])
    func lighterLevelsDoNotAskForDecisionRules(level: PartnershipLevel) {
        #expect(Self.missing(Self.session(nil, nil, level)).isEmpty)
    }

    @Test func aWrittenRuleSilencesItsTopic() throws {
        var s = Self.session(.friends, .technological, .act)
        try AgreementEdit.add(topic: .money, text: "Half each, invoiced by Zoé").apply(to: &s)
        try AgreementEdit.add(topic: .results, text: "Code under MIT, both names").apply(to: &s)
        let missing = Self.missing(s)
        #expect(missing[.money] == nil)
        #expect(missing[.results] == nil)
        #expect(Set(missing.keys) == [.duration, .decisions, .deadlock])
        let findings = AgreementAnalysis.findings(in: s)
        #expect(!findings.contains(.noRules))
        #expect(findings.last == .notWritten([.communication, .confidentiality, .recognition]))
    }

    @Test func openRisksPointToTheRuleThatWouldAnswerThem() throws {
        var s = Self.session()
        try s.addRisk(.value, "Who values the evenings")
        try s.addRisk(.value, "Fees left unsaid", reason: .powerImbalance)
        try s.addRisk(.evaluation, "No agreed measure")
        try s.addRisk(.other, "The van breaks down")
        let closed = try s.addRisk(.defection, "Marc leaves")
        try s.setRiskStatus(closed.id, .closed)
        #expect(
            Self.missing(s) == [
                .money: [.risks(["r1", "r2"])], .decisions: [.risks(["r2"])], .results: [.risks(["r3"])],
            ])
        try AgreementEdit.add(topic: .money, text: "A day rate for everyone").apply(to: &s)
        #expect(AgreementAnalysis.findings(in: s).contains(.answers(.money, rules: ["g1"], risks: ["r1", "r2"])))
        #expect(AgreementAnalysis.topics(answering: s.risks[1]) == [.money, .decisions])
        #expect(AgreementAnalysis.topics(answering: s.risks[3]).isEmpty)
    }

    @Test func aSkippedTopicIsSaidEvenWithoutAReason() {
        var s = Self.session()
        s.guide.skip(.agreement(.confidentiality), on: Day(s.createdAt))
        #expect(
            AgreementAnalysis.findings(in: s) == [.noRules, .missing(.confidentiality, reasons: [], skipped: true)])
    }

    @Test func everyTopicWrittenIsComplete() throws {
        var s = Self.session(.family, .technological, .act)
        for topic in RuleTopic.allCases { try AgreementEdit.add(topic: topic, text: "A rule").apply(to: &s) }
        #expect(AgreementAnalysis.findings(in: s) == [.complete])
    }

    @Test func theWordingOfEveryFindingExistsInBothLanguages() throws {
        let catalog = try #require(StageEditTests.catalog)
        var s = Self.session(.friends, .commercial, .decide)
        try s.addRisk(.value, "Fees")
        s.guide.skip(.agreement(.recognition), on: Day(s.createdAt))
        for language in Language.allCases {
            let t = Wording(catalog: catalog, language: language)
            let texts = Findings.agreement(s, t).map(\.text)
            #expect(texts.count == 6)
            #expect(!texts.contains { $0.contains("[") }, "\(texts)")
        }
        let en = Findings.agreement(s, Wording(catalog: catalog, language: .en)).map(\.text)
        #expect(en[1].hasPrefix("No rule on decisions yet. At the level \"decide\""))
        #expect(en[3].contains("who invoices the client") && en[3].hasSuffix("A rule here would answer r1."))
    }
}
