/// Every edit of the exchange of expectations, as a value: the `expect`
/// commands and the guided exchange change it only through these. Texts are
/// checked by the core's text rule, kinds by the exchange's rules (only an
/// expectation is answered, only by another partner's contribution or
/// commitment; dates and measures belong to commitments).
public enum ExpectationEdit: SessionChange, Equatable {
    /// A new item declared by a partner (id or name), with the effort it takes when said (hours per week).
    case add(partner: String, kind: ExpectationKind, text: String, effort: Int? = nil)
    /// The effort a contribution or commitment takes, hours per week; nil clears it.
    case effort(id: String, Int?)
    case remove(id: String)
    /// One more answer to an expectation; an answer already there changes nothing.
    case link(id: String, answer: String)
    /// One link taken away, or every link when `answer` is nil.
    case unlink(id: String, answer: String?)
    /// The links of an expectation replaced by `answers` (the guided question; empty: none answers it).
    case relink(id: String, answers: [String])
    /// When a commitment is due; nil clears the date.
    case due(id: String, Day?)
    /// The day a commitment was kept; nil: not kept after all.
    case kept(id: String, Day?)
    /// How a commitment will be checked; an empty text clears it.
    case measure(id: String, text: String)
    /// The guided `DATE, MEASURE` answer: what it gives is set, the rest kept.
    case terms(id: String, due: Day?, measure: String)
    /// What a partner hopes to gain personally; an empty text clears it.
    case goals(partner: String, text: String)

    public func apply(to session: inout Session) throws(SessionError) -> String? {
        switch self {
        case .add(let partner, let kind, let text, let effort):
            guard let effort else { return try session.addExpectation(partner: partner, kind: kind, text: text).id }
            // Checked before anything is added, so a refused effort adds nothing.
            guard kind.canAnswer else { throw .unknown(.expectation, text) }
            guard Expectation.effortRange.contains(effort) else {
                throw .outOfRange(field: "effort", value: String(effort), range: Expectation.effortRange)
            }
            let item = try session.addExpectation(partner: partner, kind: kind, text: text)
            return try session.setEffort(item.id, effort).id
        case .effort(let id, let hours):
            return try session.setEffort(id, hours).id
        case .remove(let id):
            return try session.removeExpectation(id).id
        case .link(let id, let answer):
            try session.link(id, to: answer)
            return try session.expectation(id).id
        case .unlink(let id, let answer):
            try session.unlink(id, from: answer)
            return try session.expectation(id).id
        case .relink(let id, let answers):
            return try session.relink(id, to: answers).id
        case .due(let id, let day):
            return try session.setDue(id, day).id
        case .kept(let id, let day):
            return try session.setKept(id, day).id
        case .measure(let id, let text):
            return try session.setMeasure(id, text).id
        case .terms(let id, let due, let measure):
            return try session.setTerms(id, due: due, measure: measure).id
        case .goals(let partner, let text):
            return try session.setPersonalGoals(partner, text).id
        }
    }

    public var wording: Phrase {
        switch self {
        case .add(_, let kind, let text, _):
            return Phrase("undo.expect.add", ["text": text.trimmingWhitespace], labels: ["kind": kind.labelKey])
        case .remove(let id): return Phrase("undo.expect.remove", ["id": id])
        case .link(let id, let answer): return Phrase("undo.expect.link", ["id": id, "answer": answer])
        case .unlink(let id, let answer):
            guard let answer else { return Phrase("undo.expect.unlink.all", ["id": id]) }
            return Phrase("undo.expect.unlink", ["id": id, "answer": answer])
        case .relink(let id, let answers):
            guard !answers.isEmpty else { return Phrase("undo.expect.relink.none", ["id": id]) }
            return Phrase("undo.expect.relink", ["id": id, "answers": answers.joined(separator: ", ")])
        case .due(let id, let day):
            guard let day else { return Phrase("undo.expect.due.cleared", ["id": id]) }
            return Phrase("undo.expect.due", ["id": id, "date": day.description])
        case .kept(let id, let day):
            guard let day else { return Phrase("undo.expect.kept.cleared", ["id": id]) }
            return Phrase("undo.expect.kept", ["id": id, "date": day.description])
        case .measure(let id, let text):
            let measure = text.trimmingWhitespace
            guard !measure.isEmpty else { return Phrase("undo.expect.measure.cleared", ["id": id]) }
            return Phrase("undo.expect.measure", ["id": id, "measure": measure])
        case .terms(let id, _, _): return Phrase("undo.expect.terms", ["id": id])
        case .effort(let id, let hours):
            guard let hours else { return Phrase("undo.expect.effort.cleared", ["id": id]) }
            return Phrase("undo.expect.effort", ["id": id, "hours": String(hours)])
        case .goals(let partner, let text):
            let key = text.trimmingWhitespace.isEmpty ? "undo.expect.goals.cleared" : "undo.expect.goals"
            return Phrase(key, ["partner": partner])
        }
    }

    /// Which rule of the exchange this edit breaks in `session`, or nil when
    /// it breaks none (it may still name an item that does not exist, or
    /// carry a text the text rule refuses): the rules `apply` enforces, said
    /// apart so the shell can word the refusal.
    public func mismatch(in session: Session) -> ExpectationMismatch? {
        func item(_ reference: String) -> Expectation? { try? session.expectation(reference) }
        func commitment(_ id: String) -> ExpectationMismatch? {
            guard let found = item(id), found.kind != .commitment else { return nil }
            return .notCommitment(found)
        }
        switch self {
        case .link(let id, let answer):
            guard let wanted = item(id), let by = item(answer) else { return nil }
            return Session.linkMismatch(wanted, by)
        case .relink(let id, let answers):
            guard let wanted = item(id) else { return nil }
            return answers.lazy.compactMap(item).compactMap { Session.linkMismatch(wanted, $0) }.first
        case .unlink(let id, let answer):
            guard let answer, let wanted = item(id), !wanted.answeredBy.contains(answer.trimmingWhitespace.lowercased())
            else {
                return nil
            }
            return .notLinked(wanted, answer: answer)
        case .due(let id, _), .kept(let id, _), .measure(let id, _), .terms(let id, _, _):
            return commitment(id)
        case .effort(let id, _):
            guard let found = item(id), !found.kind.canAnswer else { return nil }
            return .cannotCarryEffort(found)
        case .add(_, let kind, let text, let effort):
            guard effort != nil, !kind.canAnswer else { return nil }
            return .cannotCarryEffort(Expectation(id: "", partner: "", kind: kind, text: text))
        case .remove, .goals:
            return nil
        }
    }
}
