import TandemTestSupport
import Foundation
import Testing

@testable import TandemCore

/// The stage chart follows the stages' real dates: a passed stage ends on
/// the day its gate passed it, the next starts there, dated conditions are
/// milestones on their due day, and the table under the chart says the same.
@Suite struct ChartsTests {
    static func session() throws -> Session {
        // The session began on 2026-01-05.
        var s = Session(title: "t", language: .en, now: Date(timeIntervalSince1970: 1_767_571_200))
        try s.addPartner(name: "Zoé")
        try s.addStage(name: "Trial")
        try s.addStage(name: "Pilot")
        try s.addStage(name: "Brand")
        try s.setReview("s1", Day("2026-03-31"))
        try s.setReview("s2", Day("2026-09-30"))
        try s.setReview("s3", Day("2027-03-31"))
        try s.addEntry("s2", Condition(text: "Three clients", due: Day("2026-06-15")))
        try s.addEntry("s2", Condition(text: "A price list"))
        // Passed early, on 2026-03-20.
        s.stages[0].gates = [GateRecord(date: Day("2026-03-20")!, assessments: [], verdict: .advance)]
        return s
    }

    static func wording() throws -> Wording {
        Wording(catalog: try PromptCatalog.load(from: repositoryRoot + "/Prompts"), language: .en)
    }

    @Test func barsFollowTheRealDates() throws {
        let charts = Charts(session: try Self.session(), t: try Self.wording(), today: Day("2026-06-01")!)
        let spans = charts.stageSpans()
        #expect(spans.map(\.start) == [Day("2026-01-05")!, Day("2026-03-20")!, Day("2026-09-30")!])
        #expect(spans.map(\.end) == [Day("2026-03-20")!, Day("2026-09-30")!, Day("2027-03-31")!])
        // Passed, then the one under way, then one still to come.
        #expect(spans.map(\.state) == [.done, .active, .planned])
        let lines = try #require(charts.stages())
        #expect(lines.contains("    1. Trial :done, stage1, 2026-01-05, 2026-03-20"))
        #expect(lines.contains("    2. Pilot :active, stage2, 2026-03-20, 2026-09-30"))
        #expect(lines.contains("    Stage 2, condition 1 due :milestone, stage2c1, 2026-06-15, 0d"))
        #expect(!lines.contains { $0.contains("stage2c2") }, "an undated condition has no milestone")
    }

    @Test func aConditionMetAtAGateIsADoneMilestone() throws {
        var s = try Self.session()
        s.stages[1].gates = [
            GateRecord(
                date: Day("2026-06-20")!, assessments: [.init(condition: "Three clients", status: .met)],
                verdict: .hold)
        ]
        let charts = Charts(session: s, t: try Self.wording(), today: Day("2026-06-01")!)
        #expect(s.stages[1].metOn(s.stages[1].entry[0]) == Day("2026-06-20"))
        #expect(s.stages[1].metOn(s.stages[1].entry[1]) == nil)
        let lines = try #require(charts.stages())
        #expect(lines.contains("    Stage 2, condition 1 due :done, milestone, stage2c1, 2026-06-15, 0d"))
    }

    @Test func theTableUnderTheChartSaysTheSame() throws {
        var s = try Self.session()
        s.stages[1].gates = [GateRecord(date: Day("2026-09-30")!, assessments: [], verdict: .hold)]
        var doc = MarkdownDocument()
        Charts(session: s, t: try Self.wording(), today: Day("2026-06-01")!).stageTable(&doc)
        #expect(
            doc.text == """
                | Stage | From | Until | State |
                | --- | --- | --- | --- |
                | 1\\. Trial | 2026-01-05 | 2026-03-20 | passed |
                | 2\\. Pilot | 2026-03-20 | 2026-09-30 | on hold |
                | 3\\. Brand | 2026-09-30 | 2027-03-31 | planned |

                """)
    }

    /// Without a review date for every stage there is no calendar to draw:
    /// a timeline of numbered stages instead, and the table still lists them.
    @Test func anUndatedStageGivesATimeline() throws {
        var s = try Self.session()
        s.stages[2].review = nil
        let charts = Charts(session: s, t: try Self.wording(), today: Day("2026-06-01")!)
        #expect(try #require(charts.stages()).first == "timeline")
        #expect(charts.stageSpans().last?.end == nil)
    }

    @Test func theMetadataBlockGivesPandocATitle() {
        var doc = MarkdownDocument()
        doc.metadata(title: "Zoé \"Z\" & Marc \\ \n---", language: "fr")
        doc.heading(1, "Zoé")
        #expect(
            doc.text == """
                ---
                pagetitle: "Zoé \\"Z\\" & Marc \\\\ ---"
                lang: fr
                ---

                # Zoé

                """)
    }
}
