extension Session {
    /// Finds a rule by its id (`g3`, or just `3`).
    public func rule(_ reference: String) throws(SessionError) -> Rule {
        self.rules[try ruleIndex(reference)]
    }

    public func ruleIndex(_ reference: String) throws(SessionError) -> Int {
        let key = reference.trimmingWhitespace.lowercased()
        let id = key.allSatisfy(\.isNumber) && !key.isEmpty ? IDKind.rule.prefix + key : key
        guard let index = self.rules.firstIndex(where: { $0.id == id }) else { throw .unknown(.rule, reference) }
        return index
    }

    /// The rules on one topic, in the order they were written.
    public func rulesAbout(_ topic: RuleTopic) -> [Rule] {
        self.rules.filter { $0.topic == topic }
    }

    @discardableResult
    public mutating func addRule(_ topic: RuleTopic, _ text: String) throws(SessionError) -> Rule {
        guard text.contains(where: { $0.isLetter || $0.isNumber }) else { throw .emptyName }
        let rule = Rule(id: nextID(.rule), topic: topic, text: text)
        self.rules.append(rule)
        return rule
    }

    @discardableResult
    public mutating func removeRule(_ reference: String) throws(SessionError) -> Rule {
        self.rules.remove(at: try ruleIndex(reference))
    }
}
