import Foundation
@testable import TandemCore
import Testing

/// What each document may and may not say, whatever its wording.
@Suite struct DocumentContentTests {
    static func render(_ kind: DocumentKind, _ language: Language) throws -> String {
        kind.render(
            try ExportFixture.session(), catalog: try ExportGoldenTests.catalog(), language: language,
            today: ExportFixture.today)
    }

    @Test(arguments: Language.allCases)
    func proposalKeepsTheCoachsNotesOut(_ language: Language) throws {
        let text = try Self.render(.proposal, language)
        let session = try ExportFixture.session()
        // No internal ids (p1, e4, s2, r3, a1 …) anywhere, charts included.
        #expect(text.range(of: #"\b[pensra][0-9]+\b"#, options: .regularExpression) == nil)
        // Nothing the partners said to the coach alone.
        for secret in session.partners.map(\.personalGoals).filter({ !$0.isEmpty }) + session.notes.map(\.text) {
            #expect(!text.contains(Markdown.escape(secret)), "\(secret)")
        }
        for word in ["perception", "euphori", "crisis", "crise", "health", "santé", "skipped", "passée"] {
            #expect(!text.lowercased().contains(word), "\(word)")
        }
        // What it must hold: every contribution, commitment, stage and open risk.
        for item in session.expectations where item.kind == .contribution || item.kind == .commitment {
            #expect(text.contains(Markdown.escape(item.text)))
        }
        for stage in session.stages { #expect(text.contains(Markdown.escape(stage.name))) }
        for risk in session.risks where risk.status != .closed { #expect(text.contains(Markdown.escape(risk.text))) }
        #expect(!text.contains("Domain name already taken"))  // closed
        #expect(text.contains("```mermaid\ngantt"))
        #expect(text.contains("```mermaid\nquadrantChart"))
    }

    @Test(arguments: Language.allCases)
    func reportSaysEverything(_ language: Language) throws {
        let text = try Self.render(.report, language)
        let session = try ExportFixture.session()
        for id in session.partners.map(\.id) + session.expectations.map(\.id) + session.risks.map(\.id) {
            #expect(text.contains(id), "\(id)")
        }
        #expect(text.contains("Move from one-off gigs to recurring income"))
        #expect(text.contains("Zoé Martin 2, Marc Keller 4"))  // a perception gap
        #expect(text.contains("```mermaid\ntimeline"))  // the phases
        #expect(text.contains("| a2 | 2026-03-08 |"))  // an overdue action
    }

    /// Each partner on a line of their own; whom they speak for as its own phrase, not pasted after "for".
    @Test func partnersAreListedWithWhomTheySpeakFor() throws {
        #expect(
            try Self.render(.proposal, .en).contains(
                "- Zoé Martin — designer\n- Marc Keller — web developer; speaks for: Bureau Öko\n"))
        #expect(
            try Self.render(.proposal, .fr).contains(
                "- Marc Keller — web developer\u{A0}; représente\u{A0}: Bureau Öko\n"))
    }

    /// Next steps hold the coach's typed actions only, without ids; the
    /// actions the health or phase check suggested stay in the coach's report.
    @Test(arguments: Language.allCases)
    func nextStepsLeaveTheCoachsActionsOut(_ language: Language) throws {
        let proposal = try Self.render(.proposal, language)
        // The next steps come before the signatures, the last section.
        let sections = proposal.components(separatedBy: "\n## ")
        let next = try #require(sections.dropLast().last)
        #expect(next.contains("Draft a shared price list"))
        #expect(!next.contains("Talk through leadership and decisions"))
        #expect(next.range(of: #"\b[pensra][0-9]+\b"#, options: .regularExpression) == nil)
        #expect(try Self.render(.report, language).contains("Talk through leadership and decisions"))
    }

    /// A date already past is not promised: the proposal asks for a new one.
    @Test func pastDatesAreNotPromised() throws {
        var session = try ExportFixture.session()
        let commitment = try #require(session.expectations.first { $0.kind == .commitment && $0.due != nil })
        try session.setDue(commitment.id, Day("2026-02-28"))
        session.stages[0].review = Day("2026-03-01")
        let text = DocumentKind.proposal.render(
            session, catalog: try ExportGoldenTests.catalog(), language: .en, today: ExportFixture.today)
        #expect(!text.contains("2026-02-28"))
        #expect(!text.contains("together on 1 March 2026"))  // the chart may still draw it as a past span
        #expect(text.contains(Markdown.escape(commitment.text) + " (a new date to agree together"))
        #expect(text.contains("A new date to review this stage together is still to be set."))
        let report = DocumentKind.report.render(
            session, catalog: try ExportGoldenTests.catalog(), language: .en, today: ExportFixture.today)
        #expect(report.contains("due 28 February 2026, 15 days late"))
    }

    @Test func everyBlockIsSeparatedAndTheFileEndsWithOneNewline() throws {
        for kind in DocumentKind.allCases {
            let text = try Self.render(kind, .en)
            #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
            #expect(!text.contains("\n\n\n"))
            #expect(!text.contains("[doc."), "a key without text")
        }
    }
}
