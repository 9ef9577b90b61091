import TandemCore

/// The coaching path, in the order `guide` walks it.
enum GuideFlows {
    static let all: [GuideFlow] = Module.allCases.compactMap(\.flow)

    static func find(_ id: String) -> GuideFlow? {
        all.first { $0.id == id }
    }
}
