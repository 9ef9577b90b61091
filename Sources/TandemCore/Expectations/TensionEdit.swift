/// Every edit of the tensions between expectations and of the safeguards of
/// concerns, as a value: `tension`, `expect safeguard` and the guided
/// exchange change them only through these.
public enum TensionEdit: SessionChange, Equatable {
    /// Two declared items that pull against each other, with what is at stake.
    case add(first: String, second: String, note: String)
    /// Settled by a rule (g…) or a commitment (e…); nil reopens it.
    case settle(id: String, by: String?)
    case remove(id: String)
    /// What answers a concern — risks (their mitigation), rules, commitments; empty clears them.
    case safeguards(concern: String, [String])

    public func apply(to session: inout Session) throws(SessionError) -> String? {
        switch self {
        case .add(let first, let second, let note):
            let text = try TextRule.line.check(note, field: "tension.note", allowEmpty: true)
            return try session.addTension(first, second, note: text).id
        case .settle(let id, let answer):
            return try session.settleTension(id, by: answer).id
        case .remove(let id):
            return try session.removeTension(id).id
        case .safeguards(let concern, let references):
            return try session.setSafeguards(concern, references).id
        }
    }

    public var wording: Phrase {
        switch self {
        case .add(let first, let second, _):
            return Phrase("undo.tension.add", ["first": first, "second": second])
        case .settle(let id, let answer):
            guard let answer else { return Phrase("undo.tension.reopen", ["id": id]) }
            return Phrase("undo.tension.settle", ["id": id, "by": answer])
        case .remove(let id): return Phrase("undo.tension.remove", ["id": id])
        case .safeguards(let concern, let references):
            guard !references.isEmpty else { return Phrase("undo.safeguard.cleared", ["id": concern]) }
            return Phrase("undo.safeguard", ["id": concern, "list": references.joined(separator: ", ")])
        }
    }

    /// Which rule of tensions and safeguards this edit breaks in `session`,
    /// or nil (it may still name something that does not exist): said apart
    /// so the shell can word the refusal.
    public func problem(in session: Session) -> TensionProblem? {
        func item(_ reference: String) -> Expectation? { try? session.expectation(reference) }
        func settling(_ reference: String) -> TensionProblem? {
            guard let found = item(reference), found.kind != .commitment else { return nil }
            return .notCommitment(found.id)
        }
        switch self {
        case .add(let first, let second, _):
            guard let a = item(first), let b = item(second) else { return nil }
            if a.id == b.id { return .samePair(a.id) }
            if let same = session.tensions.first(where: { Set($0.between) == [a.id, b.id] }) {
                return .recorded(same.id)
            }
            return nil
        case .settle(_, let answer):
            return answer.flatMap(settling)
        case .safeguards(let concern, let references):
            if let found = item(concern), found.kind != .concern { return .notConcern(found.id) }
            return references.lazy.filter { !$0.lowercased().hasPrefix(IDKind.risk.prefix) }.compactMap(settling).first
        case .remove:
            return nil
        }
    }
}

/// Why an edit of tensions or safeguards does not fit what it names.
public enum TensionProblem: Equatable, Sendable {
    /// A tension needs two different items.
    case samePair(String)
    /// These two are already recorded as a tension (its id).
    case recorded(String)
    /// Only a commitment (or a rule) settles a tension or guards a concern.
    case notCommitment(String)
    /// Safeguards belong to concerns.
    case notConcern(String)
}
