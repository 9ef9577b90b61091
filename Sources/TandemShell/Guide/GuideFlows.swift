/// The coaching path, in the order `guide` walks it.
enum GuideFlows {
    static let all: [GuideFlow] = [
        ContextFlow.flow, ExpectationsFlow.flow, MapFlow.flow, StagesFlow.flow, RisksFlow.flow, HealthFlow.flow,
        PhaseFlow.flow,
    ]

    static func find(_ id: String) -> GuideFlow? {
        all.first { $0.id == id }
    }
}
