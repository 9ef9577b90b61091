/// Every edit of the actions, as a value: the `action` commands, accepted
/// suggestions and follow-up answers change actions through it. The text is
/// checked by the core's text rule and an owner resolved by the core's owner
/// rule (a partner by name or id, else the name of someone outside as typed).
public enum ActionEdit: SessionChange, Equatable {
    /// A new open action; `owner` empty for nobody; `origin` names the
    /// analysis that proposed it ("" when the coach typed it).
    case add(text: String, owner: String = "", due: Day? = nil, on: Day, origin: String = "")
    /// Suggestions accepted together, one action each; a text that is already
    /// an open action (or given twice) is not added again.
    case accept(texts: [String], on: Day, origin: String)
    /// Each action marked done on `day`; one already done keeps its date.
    case done(ids: [String], on: Day)
    /// Sets the due date, or clears it (nil).
    case due(id: String, Day?)
    /// Sets who carries it, or clears it ("").
    case owner(id: String, owner: String)
    case remove(id: String)

    /// Returns the id of the action added or changed (the first one, for several).
    public func apply(to session: inout Session) throws(SessionError) -> String? {
        switch self {
        case .add(let text, let owner, let due, let day, let origin):
            return try session.addAction(text: text, owner: owner, due: due, on: day, origin: origin).id
        case .accept(let texts, let day, let origin):
            // Every text is checked before the first is added.
            var fresh: [String] = []
            for raw in texts {
                let text = try Session.cleanActionText(raw)
                if session.openAction(matching: text) == nil, !fresh.contains(where: { $0.folded == text.folded }) {
                    fresh.append(text)
                }
            }
            var first: String?
            for text in fresh {
                let id = try session.addAction(text: text, on: day, origin: origin).id
                if first == nil { first = id }
            }
            return first
        case .done(let ids, let day):
            // Every id is found before the first is marked.
            for id in ids { _ = try session.action(id) }
            for id in ids { try session.completeAction(id, on: day) }
            guard let first = ids.first else { return nil }
            return try session.action(first).id
        case .due(let id, let day):
            return try session.setActionDue(id, to: day).id
        case .owner(let id, let owner):
            return try session.setActionOwner(id, to: owner).id
        case .remove(let id):
            return try session.removeAction(id).id
        }
    }

    public var wording: Phrase {
        switch self {
        case .add(let text, _, _, _, _):
            return Phrase("undo.action.add", ["text": Self.short(text)])
        case .accept(let texts, _, _):
            return texts.count == 1
                ? Phrase("undo.action.accept.one", ["text": Self.short(texts[0])])
                : Phrase("undo.action.accept", ["count": String(texts.count)])
        case .done(let ids, _):
            return Phrase(
                ids.count == 1 ? "undo.action.done.one" : "undo.action.done", ["ids": ids.joined(separator: ", ")])
        case .due(let id, let day):
            guard let day else { return Phrase("undo.action.due.cleared", ["id": id]) }
            return Phrase("undo.action.due", ["id": id, "due": day.description])
        case .owner(let id, let owner):
            let name = owner.trimmingWhitespace
            guard !name.isEmpty else { return Phrase("undo.action.owner.cleared", ["id": id]) }
            return Phrase("undo.action.owner", ["id": id, "owner": Self.short(name)])
        case .remove(let id):
            return Phrase("undo.action.remove", ["id": id])
        }
    }

    /// A text as the undo line shows it: one line, the start of a long one.
    static func short(_ text: String) -> String {
        text.trimmingWhitespace.split(whereSeparator: \.isNewline).joined(separator: " ").truncated(to: 60)
    }
}
