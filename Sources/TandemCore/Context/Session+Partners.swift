extension Session {
    /// The longest name or text field accepted, so a stray paste cannot bloat a session.
    public static let maxNameLength = 200

    /// Finds a partner by id (`p2`) or by name, ignoring case and accents; an
    /// unambiguous start of a name is enough unless `exact` is asked for.
    public func partner(_ reference: String, exact: Bool = false) throws(SessionError) -> Partner {
        // The cheap exact match first: scripts name partners exactly, thousands of times.
        if let byName = self.partners.first(where: { $0.name == reference }) { return byName }
        let key = reference.folded
        if let byID = self.partners.withID(reference.lowercased()) { return byID }
        let matching = self.partners.filter { $0.name.folded == key }
        if let only = matching.first, matching.count == 1 { return only }
        if exact { throw .unknownPartner(reference) }
        let prefixed = self.partners.filter { $0.name.folded.hasPrefix(key) }
        if prefixed.count == 1, let only = prefixed.first { return only }
        if prefixed.count > 1 { throw .ambiguousPartner(reference, prefixed.map(\.name)) }
        throw .unknownPartner(reference)
    }

    /// Adds a partner; the role (what they bring, as typed) may be empty.
    @discardableResult
    public mutating func addPartner(name rawName: String, role rawRole: String = "") throws(SessionError) -> Partner {
        let name = try Self.partnerName(rawName)
        let role = try TextRule.line.check(rawRole, field: "role", allowEmpty: true)
        if self.partners.contains(where: { $0.name.folded == name.folded }) { throw .partnerExists(name) }
        let partner = Partner(id: nextID(.partner), name: name, role: role)
        self.partners.append(partner)
        return partner
    }

    /// Removes a partner and everything only they declared or rated; returns
    /// the partner and how many such items went with them (undo restores all).
    @discardableResult
    public mutating func removePartner(_ reference: String) throws(SessionError) -> (partner: Partner, items: Int) {
        let partner = try partner(reference, exact: true)
        let id = partner.id
        let items = itemsDeclared(by: id)
        let removedExpectations = Set(self.expectations.filter { $0.partner == id }.map(\.id))
        self.partners.removeAll { $0.id == id }
        self.expectations.removeAll { $0.partner == id }
        for index in self.expectations.indices {
            self.expectations[index].answeredBy.removeAll { removedExpectations.contains($0) }
        }
        self.ratings.removeAll { $0.partner == id }
        self.peerRatings.removeAll { $0.partner == id || $0.by == id }
        self.traits.removeAll { $0.partner == id }
        self.health.removeAll { $0.partner == id }
        self.phaseVoices.removeAll { $0.partner == id }
        for index in self.stages.indices { self.stages[index].commitments.removeAll { $0.partner == id } }
        for index in self.risks.indices where self.risks[index].owner == id { self.risks[index].owner = "" }
        for index in self.actions.indices where self.actions[index].owner == id { self.actions[index].owner = "" }
        if self.context.author == id { self.context.author = nil }
        return (partner, items)
    }

    /// How many items only this partner declared or rated (expectations,
    /// ratings, traits, health ratings, stage commitments): what removing them takes.
    public func itemsDeclared(by partnerID: String) -> Int {
        self.expectations.count(where: { $0.partner == partnerID })
            + self.ratings.count(where: { $0.partner == partnerID })
            + self.traits.count(where: { $0.partner == partnerID })
            + self.health.count(where: { $0.partner == partnerID })
            + self.stages.reduce(0) { $0 + $1.commitments.count(where: { $0.partner == partnerID }) }
    }

    /// Records whom a partner speaks for (a company, a department, themselves).
    @discardableResult
    public mutating func setRepresents(_ reference: String, _ rawText: String) throws(SessionError) -> Partner {
        let text = try TextRule.line.check(rawText, field: "represents")
        let owner = try partner(reference)
        guard let index = self.partners.firstIndex(where: { $0.id == owner.id }) else {
            throw .unknownPartner(reference)
        }
        self.partners[index].represents = text
        return self.partners[index]
    }

    @discardableResult
    public mutating func renamePartner(_ reference: String, to rawName: String) throws(SessionError) -> (
        old: String, new: String
    ) {
        let partner = try partner(reference)
        let name = try Self.partnerName(rawName)
        if self.partners.contains(where: { $0.id != partner.id && $0.name.folded == name.folded }) {
            throw .partnerExists(name)
        }
        guard let index = self.partners.firstIndex(where: { $0.id == partner.id }) else {
            throw .unknownPartner(reference)
        }
        self.partners[index].name = name
        return (partner.name, name)
    }

    /// A partner name that cannot be taken for a partner id (`p3`).
    static func partnerName(_ raw: String) throws(SessionError) -> String {
        let name = try cleanName(raw)
        let lowered = name.lowercased()
        if lowered.first == "p", lowered.count > 1, lowered.dropFirst().allSatisfy(\.isASCII),
            Int(lowered.dropFirst()) != nil
        {
            throw .nameLooksLikeID(name)
        }
        return name
    }

    /// Trims a name and checks it is neither empty, too long nor made of control characters.
    public static func cleanName(_ raw: String) throws(SessionError) -> String {
        let name = raw.trimmingWhitespace
        guard !name.isEmpty, name.contains(where: { $0.isLetter || $0.isNumber }) else { throw .emptyName }
        return try TextRule.name.check(name, field: "name")
    }
}

extension String {
    public var trimmingWhitespace: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
