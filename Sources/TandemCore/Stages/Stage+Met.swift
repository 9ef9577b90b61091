extension Stage {
    /// The day of the first gate that found `condition` met, if one did.
    public func metOn(_ condition: Condition) -> Day? {
        gates.first { gate in
            gate.assessments.contains { $0.condition == condition.text && $0.status == .met }
        }?.date
    }
}
