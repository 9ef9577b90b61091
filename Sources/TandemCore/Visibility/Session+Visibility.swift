extension Session {
    /// Whether `id` names an item that can be private; throws when it names nothing or an item always shared.
    func checkVisibilityTarget(_ id: String) throws(SessionError) {
        if shownTo(id) != nil { return }
        for kind in IDKind.allCases where named(kind).contains(where: { $0.id == id }) {
            throw .alwaysShared(id)
        }
        throw .unknown(IDKind.allCases.first { id.hasPrefix($0.prefix) } ?? .expectation, id)
    }

    /// The visibility of the expectation, risk, rule or action `id`; nil for any other id.
    public func shownTo(_ id: String) -> Visibility? {
        if let item = self.expectations.withID(id) { return item.shownTo }
        if let item = self.risks.withID(id) { return item.shownTo }
        if let item = self.rules.withID(id) { return item.shownTo }
        if let item = self.actions.withID(id) { return item.shownTo }
        return nil
    }

    /// Sets the item's visibility; the file keeps it only when it differs from the item's default.
    mutating func setVisibility(_ id: String, _ visibility: Visibility) {
        if let i = self.expectations.firstIndex(where: { $0.id == id }) {
            let item = self.expectations[i]
            self.expectations[i].visibility = visibility == item.defaultVisibility ? nil : visibility
        } else if let i = self.risks.firstIndex(where: { $0.id == id }) {
            self.risks[i].visibility = visibility == self.risks[i].defaultVisibility ? nil : visibility
        } else if let i = self.rules.firstIndex(where: { $0.id == id }) {
            self.rules[i].visibility = visibility == self.rules[i].defaultVisibility ? nil : visibility
        } else if let i = self.actions.firstIndex(where: { $0.id == id }) {
            self.actions[i].visibility = visibility == self.actions[i].defaultVisibility ? nil : visibility
        }
    }
}
