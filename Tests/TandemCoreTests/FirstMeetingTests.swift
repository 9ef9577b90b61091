@testable import TandemCore
import Testing

/// Which questions `guide first` asks: the essentials of a first meeting.
@Suite struct FirstMeetingTests {
    @Test func theFirstMeetingKeepsTheEssentials() throws {
        var s = try CheckpointTests.session()  // Zoé, Marc; Branding critical; stage Pilot; risk r1
        try s.addNeed(name: "Accounting", critical: false)
        try s.addStage(name: "Offer")
        let pilot = try #require(s.stages.first?.id)
        let offer = try #require(s.stages.last?.id)
        let branding = try #require(s.needs.first?.id)
        let accounting = try #require(s.needs.last?.id)
        let asked: [QuestionID] = [
            .context(.purpose), .context(.partners), .declared(partner: "p1", .expectation),
            .declared(partner: "p2", .commitment), .needs, .rate(need: branding, partner: "p1"), .stageNames,
            .stage(pilot, .entry), .stage(pilot, .exit), .agreement(.money), .agreement(.decisions),
            .zone(.defection), .risk("r1", .rate),
        ]
        for id in asked { #expect(id.isInFirstMeeting(s), "\(id.raw)") }
        let later: [QuestionID] = [
            .represents(partner: "p1"), .declared(partner: "p1", .concern), .goals(partner: "p1"),
            .terms(expectation: "e1"), .link(expectation: "e1"), .tensions, .rate(need: accounting, partner: "p1"),
            .trait(.strength, partner: "p1"), .stage(pilot, .review), .stage(offer, .entry),
            .commit(stage: pilot, partner: "p1"), .agreement(.duration), .scan(.notEnoughTime),
            .risk("r1", .mitigation), .health(partner: "p1", .trust), .phase,
        ]
        for id in later { #expect(!id.isInFirstMeeting(s), "\(id.raw)") }
    }
}
