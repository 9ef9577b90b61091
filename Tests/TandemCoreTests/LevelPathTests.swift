import Foundation
import Testing

@testable import TandemCore

/// The level shapes the path: informing or consulting each other leaves out
/// the questions about joint work; deciding, acting or supporting together
/// (or no level set) asks everything.
@Suite struct LevelPathTests {
    static let joint: [QuestionID] = [
        .commit(stage: "s1", partner: "p1"), .effort(expectation: "e4"), .trait(.strength, partner: "p1"),
        .stage("s1", .deliverables), .agreement(.deadlock),
        .followUp(checkpoint: "c2", .commit(stage: "s1", partner: "p2")),
    ]
    static let always: [QuestionID] = [
        .context(.purpose), .declared(partner: "p1", .commitment), .terms(expectation: "e4"),
        .stage("s1", .entry), .stage("s1", .exit), .agreement(.money), .agreement(.results), .zone(.defection),
        .scan(.hiddenAgendas), .phaseVoice(partner: "p1"), .health(partner: "p1", .trust),
    ]

    /// The case that motivated it: two associations that only share
    /// information were asked, partner by partner, what they commit to each
    /// stage and how many hours a week it takes.
    @Test(arguments: [PartnershipLevel.inform, .consult])
    func aShortPathLeavesOutJointWork(level: PartnershipLevel) {
        for id in Self.joint { #expect(!id.isInPath(at: level), "\(id.raw) asked at \(level)") }
        for id in Self.always { #expect(id.isInPath(at: level), "\(id.raw) left out at \(level)") }
    }

    @Test(arguments: [PartnershipLevel?.none, .decide, .act, .support])
    func otherLevelsAskEverything(level: PartnershipLevel?) {
        for id in Self.joint + Self.always { #expect(id.isInPath(at: level)) }
    }
}
