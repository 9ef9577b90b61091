extension Session {
    /// Finds a risk by its id (`r3`, or just `3`).
    public func risk(_ reference: String) throws(SessionError) -> Risk {
        self.risks[try riskIndex(reference)]
    }

    public func riskIndex(_ reference: String) throws(SessionError) -> Int {
        let key = reference.trimmingWhitespace.lowercased()
        let id = key.allSatisfy(\.isNumber) && !key.isEmpty ? "r" + key : key
        guard let index = self.risks.firstIndex(where: { $0.id == id }) else { throw .unknown(.risk, reference) }
        return index
    }

    @discardableResult
    public mutating func addRisk(_ zone: RiskZone, _ text: String, reason: FailureReason? = nil) throws(SessionError)
        -> Risk
    {
        let text = text.trimmingWhitespace
        guard text.contains(where: { $0.isLetter || $0.isNumber }) else { throw .emptyName }
        let risk = Risk(id: nextID(.risk), zone: zone, text: text, reason: reason)
        self.risks.append(risk)
        return risk
    }

    /// Rewords a risk, keeping its id, rating, owner and mitigation: the
    /// guide's "Now: … (Enter keeps it)" question edits the risk it created.
    @discardableResult
    public mutating func rewordRisk(_ reference: String, _ text: String) throws(SessionError) -> Risk {
        let index = try riskIndex(reference)
        let text = text.trimmingWhitespace
        guard text.contains(where: { $0.isLetter || $0.isNumber }) else { throw .emptyName }
        self.risks[index].text = text
        return self.risks[index]
    }

    /// Rates a risk, each number on the 1–5 scale; returns the risk as rated.
    @discardableResult
    public mutating func rateRisk(_ reference: String, likelihood: Int, impact: Int) throws(SessionError) -> Risk {
        let index = try riskIndex(reference)
        for (field, value) in [("risk.likelihood", likelihood), ("risk.impact", impact)]
        where !Risk.scale.contains(value) {
            throw .outOfRange(field: field, value: String(value), range: Risk.scale)
        }
        self.risks[index].likelihood = likelihood
        self.risks[index].impact = impact
        return self.risks[index]
    }

    @discardableResult
    public mutating func mitigateRisk(_ reference: String, _ text: String) throws(SessionError) -> Risk {
        return try update(\.risks, riskIndex(reference)) { $0.mitigation = text }
    }

    /// Gives a risk an owner: a partner (stored by id) when one matches the
    /// name, otherwise the text as typed (an accountant, a lawyer, "both").
    @discardableResult
    public mutating func assignRisk(_ reference: String, owner: String) throws(SessionError) -> Risk {
        let index = try riskIndex(reference)
        let text = owner.trimmingWhitespace
        guard text.contains(where: { $0.isLetter || $0.isNumber }) else { throw .emptyName }
        do {
            self.risks[index].owner = try partner(text).id
        } catch .ambiguousPartner(let name, let matches) {
            throw .ambiguousPartner(name, matches)
        } catch {
            self.risks[index].owner = text
        }
        return self.risks[index]
    }

    @discardableResult
    public mutating func setRiskStatus(_ reference: String, _ status: RiskStatus) throws(SessionError) -> Risk {
        return try update(\.risks, riskIndex(reference)) { $0.status = status }
    }

    @discardableResult
    public mutating func removeRisk(_ reference: String) throws(SessionError) -> Risk {
        self.risks.remove(at: try riskIndex(reference))
    }

    /// Records the scan's answer for `reason`, given (or confirmed) on `day`.
    public mutating func scan(_ reason: FailureReason, _ answer: ScanAnswer, on day: Day) {
        self.failureScan[reason.rawValue] = answer
        self.failureScanDays[reason.rawValue] = day
    }

    /// The day the scan's answer for `reason` was given or last confirmed; nil in older files.
    public func scanDay(_ reason: FailureReason) -> Day? {
        self.failureScan[reason.rawValue] == nil ? nil : self.failureScanDays[reason.rawValue]
    }

    /// The owner as a reader sees it: the partner's name, or the text.
    public func ownerName(of risk: Risk) -> String {
        self.partners.withID(risk.owner)?.name ?? risk.owner
    }
}
