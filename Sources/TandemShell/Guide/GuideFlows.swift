import TandemCore

/// The coaching path, in the order `guide` walks it.
enum GuideFlows {
    static let all: [GuideFlow] = Module.allCases.compactMap(\.flow)

    static func find(_ id: String) -> GuideFlow? {
        all.first { $0.id == id }
    }
}

extension GuideFlow {
    /// This module with only its first-meeting questions.
    var firstMeeting: GuideFlow {
        let all = questions
        var flow = GuideFlow(id: id, questions: { s in all(s).filter { $0.id.isInFirstMeeting(s) } }, summary: summary)
        flow.revisable = revisable
        return flow
    }
}
