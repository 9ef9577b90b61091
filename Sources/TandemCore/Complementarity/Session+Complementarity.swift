extension Session {
    /// Finds a need by id (`n2`) or by name, ignoring case and accents; an
    /// unambiguous start of a name is enough unless `exact` is asked for.
    public func need(_ reference: String, exact: Bool = false) throws(SessionError) -> Need {
        let key = reference.trimmingWhitespace.folded
        if let byID = self.needs.withID(key) { return byID }
        let matching = self.needs.filter { $0.name.folded == key }
        if let only = matching.first, matching.count == 1 { return only }
        if exact || key.isEmpty { throw .unknown(.need, reference) }
        let prefixed = self.needs.filter { $0.name.folded.hasPrefix(key) }
        if prefixed.count == 1, let only = prefixed.first { return only }
        if prefixed.count > 1 { throw .ambiguous(.need, reference, prefixed.map(\.name)) }
        throw .unknown(.need, reference)
    }

    @discardableResult
    public mutating func addNeed(name rawName: String, critical: Bool = false) throws(SessionError) -> Need {
        let name = try Self.cleanName(rawName)
        if self.needs.contains(where: { $0.name.folded == name.folded }) { throw .exists(.need, name) }
        let need = Need(id: nextID(.need), name: name, critical: critical)
        self.needs.append(need)
        return need
    }

    /// Removes a need (named exactly or by id) and its ratings.
    @discardableResult
    public mutating func removeNeed(_ reference: String) throws(SessionError) -> Need {
        let need = try need(reference, exact: true)
        self.needs.removeAll { $0.id == need.id }
        self.ratings.removeAll { $0.need == need.id }
        self.peerRatings.removeAll { $0.need == need.id }
        return need
    }

    @discardableResult
    public mutating func setCritical(_ reference: String, _ critical: Bool) throws(SessionError) -> Need {
        let need = try need(reference)
        guard let index = self.needs.firstIndex(where: { $0.id == need.id }) else { throw .unknown(.need, reference) }
        self.needs[index].critical = critical
        return self.needs[index]
    }

    /// Rates how well a partner covers a need, replacing an earlier rating.
    @discardableResult
    public mutating func rate(partner partnerRef: String, need needRef: String, score: Int, note rawNote: String = "")
        throws(SessionError) -> Rating
    {
        let partner = try partner(partnerRef)
        let need = try need(needRef)
        guard Rating.range.contains(score) else {
            throw .outOfRange(field: "coverage", value: String(score), range: Rating.range)
        }
        let note = rawNote.trimmingWhitespace
        let rating = Rating(
            partner: partner.id, need: need.id, score: score,
            note: note.isEmpty ? "" : try TextRule.line.check(note, field: "map.comment"))
        if let index = self.ratings.firstIndex(where: { $0.partner == partner.id && $0.need == need.id }) {
            self.ratings[index] = rating
        } else {
            self.ratings.append(rating)
        }
        return rating
    }

    /// Records how `by` (another partner, or `PeerRating.coach`) sees a
    /// partner's cover of a need, replacing their earlier view; a partner's
    /// view of themselves is their own rating, so it is refused here.
    @discardableResult
    public mutating func ratePeer(partner partnerRef: String, need needRef: String, by byRef: String, score: Int)
        throws(SessionError) -> PeerRating
    {
        let partner = try partner(partnerRef)
        let need = try need(needRef)
        let by =
            byRef.trimmingWhitespace.lowercased() == PeerRating.coach ? PeerRating.coach : try self.partner(byRef).id
        guard by != partner.id else { throw .unknownPartner(byRef) }
        guard Rating.range.contains(score) else {
            throw .outOfRange(field: "coverage", value: String(score), range: Rating.range)
        }
        let view = PeerRating(partner: partner.id, need: need.id, by: by, score: score)
        if let index = self.peerRatings.firstIndex(where: {
            $0.partner == partner.id && $0.need == need.id && $0.by == by
        }) {
            self.peerRatings[index] = view
        } else {
            self.peerRatings.append(view)
        }
        return view
    }

    @discardableResult
    public mutating func addTrait(partner reference: String, kind: Trait.Kind, text rawText: String)
        throws(SessionError) -> Trait
    {
        let partner = try partner(reference)
        let trait = Trait(partner: partner.id, kind: kind, text: try TextRule.line.check(rawText, field: "trait"))
        self.traits.append(trait)
        return trait
    }
}
