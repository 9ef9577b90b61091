/// The coaching path, in the order `guide` walks it.
enum GuideFlows {
    static let all: [GuideFlow] = [ContextFlow.flow]

    static func find(_ id: String) -> GuideFlow? {
        all.first { $0.id == id }
    }
}
