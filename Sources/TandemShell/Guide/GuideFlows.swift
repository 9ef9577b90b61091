import TandemCore

/// The coaching path, in the order `guide` walks it.
enum GuideFlows {
    static let all: [GuideFlow] = Module.allCases.compactMap(\.flow)

    /// The steps of `guide first`, with only their first-meeting questions: every
    /// module but the health check and the phase, which have none there
    /// (`QuestionID.isInFirstMeeting`) and wait for the whole path.
    static let firstMeeting: [GuideFlow] = all.filter { $0.id != "health" && $0.id != "phase" }.map(\.firstMeeting)

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
