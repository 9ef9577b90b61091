extension Session {
    /// Changes one item of a module's list in place and returns it as it is now:
    /// `try update(\.actions, actionIndex(reference)) { $0.due = due }`.
    mutating func update<Item>(
        _ list: WritableKeyPath<SessionState, [Item]>, _ index: Int, _ change: (inout Item) throws(SessionError) -> Void
    ) throws(SessionError) -> Item {
        try change(&state[keyPath: list][index])
        return state[keyPath: list][index]
    }
}
