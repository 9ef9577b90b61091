extension Session {
    /// Finds an action by its id (`a3`, or just `3`).
    public func action(_ reference: String) throws(SessionError) -> Action {
        let typed = reference.trimmingWhitespace.lowercased()
        let id = typed.allSatisfy(\.isNumber) && !typed.isEmpty ? "a" + typed : typed
        guard let found = self.actions.withID(id) else { throw .unknown(.action, reference) }
        return found
    }

    /// Adds an open action. The owner is a partner (by name or id, stored as
    /// the id) or, for someone outside the partnership, the name as typed.
    @discardableResult
    public mutating func addAction(
        text raw: String, owner: String = "", due: Day? = nil, on day: Day, origin: String = ""
    ) throws(SessionError) -> Action {
        let text = try Self.cleanActionText(raw)
        let ownerID = try resolveOwner(owner)
        let action = Action(id: nextID(.action), text: text, owner: ownerID, due: due, created: day, origin: origin)
        self.actions.append(action)
        return action
    }

    /// Marks an action done; returns it as it was before (its `done` says whether it already was).
    @discardableResult
    public mutating func completeAction(_ reference: String, on day: Day) throws(SessionError) -> Action {
        let index = try actionIndex(reference)
        let before = self.actions[index]
        if before.done == nil { self.actions[index].done = day }
        return before
    }

    @discardableResult
    public mutating func removeAction(_ reference: String) throws(SessionError) -> Action {
        let index = try actionIndex(reference)
        return self.actions.remove(at: index)
    }

    /// Sets or clears (nil) the due date.
    @discardableResult
    public mutating func setActionDue(_ reference: String, to due: Day?) throws(SessionError) -> Action {
        return try update(\.actions, actionIndex(reference)) { $0.due = due }
    }

    /// Sets or clears (empty) the owner.
    @discardableResult
    public mutating func setActionOwner(_ reference: String, to owner: String) throws(SessionError) -> Action {
        let index = try actionIndex(reference)
        let owner = try resolveOwner(owner)
        return try update(\.actions, index) { $0.owner = owner }
    }

    /// The partner's name when the owner is a partner id, else the text as stored.
    public func ownerName(_ owner: String) -> String {
        self.partners.withID(owner)?.name ?? owner
    }

    /// An open action with the same text (accents and case aside), if any, so
    /// a suggestion accepted twice does not become two actions.
    public func openAction(matching text: String) -> Action? {
        let key = text.trimmingWhitespace.folded
        let index = lookup.cached(\.openActionsByText) {
            var positions: [String: Int] = [:]
            for (index, action) in self.actions.enumerated() where action.done == nil {
                let folded = action.text.folded
                if positions[folded] == nil { positions[folded] = index }
            }
            return positions
        }
        return index[key].map { self.actions[$0] }
    }

    private func actionIndex(_ reference: String) throws(SessionError) -> Int {
        let found = try action(reference)
        guard let index = self.actions.firstIndex(where: { $0.id == found.id }) else {
            throw .unknown(.action, reference)
        }
        return index
    }

    /// The owner rule: a partner by name or id (found as every reference is:
    /// exact, id, folded, unique start) becomes the partner id; several
    /// partners that fit are refused, with their ids; anything else is kept as
    /// typed, the name of someone outside.
    private func resolveOwner(_ raw: String) throws(SessionError) -> String {
        let owner = raw.trimmingWhitespace
        guard !owner.isEmpty else { return "" }
        do {
            return try resolve(.partner, owner).id
        } catch {
            switch error {
            case .ambiguous, .ambiguousPartner: throw error
            default: return try Self.cleanName(owner)
            }
        }
    }

    static func cleanActionText(_ raw: String) throws(SessionError) -> String {
        try TextRule.line.check(raw, field: "action.text")
    }
}
