import Foundation
import TandemTestSupport
import Testing

@testable import TandemCore

/// Every edit of the risk register: it applies, it refuses a rating off the
/// 1–5 scale or a text the text rule refuses without changing the session,
/// and its undo wording exists in every language.
@Suite struct RiskEditTests {
    /// Zoé (p1) and Marc (p2); r1 a defection risk, r2 one from the scan.
    static func session() throws -> Session {
        var s = Session(title: "t", language: .en, now: Date(timeIntervalSince1970: 0))
        try s.addPartner(name: "Zoé")
        try s.addPartner(name: "Marc")
        try RiskEdit.add(zone: .defection, text: "Marc takes a job", reason: nil).apply(to: &s)
        try RiskEdit.add(zone: FailureReason.hiddenAgendas.zone, text: "Zoé courts the clients", reason: .hiddenAgendas)
            .apply(to: &s)
        return s
    }

    func refuses(_ edit: RiskEdit, _ session: Session, sourceLocation: SourceLocation = #_sourceLocation) {
        var copy = session
        #expect(throws: SessionError.self, "\(edit) was accepted", sourceLocation: sourceLocation) {
            try edit.apply(to: &copy)
        }
        #expect(copy == session, "\(edit) changed the session it refused", sourceLocation: sourceLocation)
    }

    static let every: [RiskEdit] = [
        .add(zone: .value, text: "Fees", reason: nil),
        .add(zone: .distance, text: "Unsaid", reason: .poorCommunication),
        .reword(id: "r1", text: "Marc leaves"), .rate(id: "r1", likelihood: 4, impact: 5),
        .mitigate(id: "r1", text: "Three months' notice"), .owner(id: "r1", owner: "Zoé"),
        .owner(id: "r1", owner: "our lawyer"),
        .status(id: "r1", .watching), .remove(id: "r2"),
        .scan(.noLearning, .unsure, on: Day(year: 2026, month: 3, day: 3)!),
    ]

    @Test func everyCaseAppliesAndReturnsItsRisk() throws {
        var s = try Self.session()
        #expect(try RiskEdit.add(zone: .value, text: "  Fees ", reason: nil).apply(to: &s) == "r3")
        #expect(s.risks.last?.text == "Fees")
        #expect(try RiskEdit.reword(id: "3", text: "Who pays the fees").apply(to: &s) == "r3")
        #expect(s.risks.last?.text == "Who pays the fees")
        for likelihood in Risk.scale {
            for impact in Risk.scale {
                #expect(try RiskEdit.rate(id: "r3", likelihood: likelihood, impact: impact).apply(to: &s) == "r3")
            }
        }
        #expect(s.risks.last?.score == 25)
        #expect(try RiskEdit.mitigate(id: "r3", text: " A fee grid ").apply(to: &s) == "r3")
        #expect(s.risks.last?.mitigation == "A fee grid")
        #expect(try RiskEdit.owner(id: "r3", owner: "Marc").apply(to: &s) == "r3")
        #expect(s.risks.last?.owner == "p2")  // a partner is kept by id
        try RiskEdit.owner(id: "r3", owner: "our accountant").apply(to: &s)
        #expect(s.risks.last?.owner == "our accountant")
        #expect(try RiskEdit.status(id: "r3", .mitigated).apply(to: &s) == "r3")
        #expect(s.risks.last?.status == .mitigated)
        #expect(try RiskEdit.scan(.noLearning, .yes, on: Day(year: 2026, month: 3, day: 3)!).apply(to: &s) == nil)
        #expect(s.failureScan[FailureReason.noLearning.rawValue] == .yes)
        #expect(try RiskEdit.remove(id: "r3").apply(to: &s) == "r3")
        #expect(s.risks.map(\.id) == ["r1", "r2"])
    }

    @Test func aRatingOffTheScaleChangesNothing() throws {
        let s = try Self.session()
        for value in [0, 6, -1, Int.max, Int.min] {
            refuses(.rate(id: "r1", likelihood: value, impact: 3), s)
            refuses(.rate(id: "r1", likelihood: 3, impact: value), s)
        }
        var copy = s
        #expect(throws: SessionError.outOfRange(field: "risk.impact", value: "0", range: 1...5)) {
            try RiskEdit.rate(id: "r1", likelihood: 2, impact: 0).apply(to: &copy)
        }
    }

    @Test func textsTheTextRuleRefusesChangeNothing() throws {
        let s = try Self.session()
        for text in StageEditTests.hostile {
            refuses(.add(zone: .value, text: text, reason: nil), s)
            refuses(.reword(id: "r1", text: text), s)
            refuses(.mitigate(id: "r1", text: text), s)
            refuses(.owner(id: "r1", owner: text), s)
        }
        refuses(.add(zone: .value, text: "???", reason: nil), s)  // no letter, no digit
        refuses(.owner(id: "r1", owner: "Bob\u{200D}"), s)  // an invisible character is never in a name
        refuses(.owner(id: "r1", owner: String(repeating: "o", count: 201)), s)
    }

    @Test func referencesTheCoreRefuses() throws {
        let s = try Self.session()
        refuses(.rate(id: "r9", likelihood: 1, impact: 1), s)
        refuses(.reword(id: "x", text: "y"), s)
        refuses(.status(id: "r9", .closed), s)
        refuses(.remove(id: "r9"), s)
        var twoMs = s
        try twoMs.addPartner(name: "Mara")
        refuses(.owner(id: "r1", owner: "Ma"), twoMs)  // Marc or Mara: ambiguous
    }

    @Test(arguments: every)
    func everyCaseIsWordedInBothLanguages(edit: RiskEdit) throws {
        let catalog = try #require(StageEditTests.catalog)
        for language in Language.allCases {
            #expect(catalog.entries[language]?[edit.wording.key] != nil, "\(language) lacks \(edit.wording.key)")
            let text = edit.wording.text(catalog, language)
            #expect(!text.contains("{") && !text.contains("[") && !text.isEmpty, "\(language): \(text)")
        }
    }

    @Test func theWordingSaysTheItem() throws {
        let catalog = try #require(StageEditTests.catalog)
        let rate = RiskEdit.rate(id: "r2", likelihood: 4, impact: 5)
        #expect(rate.wording.text(catalog, .en) == "risk r2 rated 4 × 5")
        #expect(rate.wording.text(catalog, .fr) == "risque r2 évalué 4 × 5")
        #expect(
            RiskEdit.status(id: "r1", .watching).wording.text(catalog, .fr) == "risque r1 désormais sous surveillance")
        #expect(
            RiskEdit.scan(.noLearning, .yes, on: Day(year: 2026, month: 3, day: 3)!).wording.text(catalog, .en)
                == "scan of \"no learning\" answered yes")
        #expect(
            RiskEdit.add(zone: .value, text: "Fees", reason: nil).wording.text(catalog, .fr)
                == "risque ajouté (valeur)\u{A0}: «\u{A0}Fees\u{A0}»")
    }
}
