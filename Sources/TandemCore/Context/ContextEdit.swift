import FoundationEssentials

/// Every edit of the partnership's context, as a value: who the partners are
/// (their names, roles, whom they speak for; what they hope for themselves is
/// an expectation, `ExpectationEdit.goals`),
/// the type, level and closeness of the partnership, its purpose and vision,
/// and the coach's notes. The commands and the context guide change it only
/// through these; the texts are checked here, once, by the core's text rule.
public enum ContextEdit: SessionChange, Equatable {
    case addPartner(name: String, role: String)
    /// `id` is a partner's id or name (resolved as `partner` resolves it).
    case renamePartner(id: String, name: String)
    /// Takes everything only that partner declared or rated with them; the
    /// whole name or the id, never a start of a name.
    case removePartner(id: String)
    case represents(partner: String, text: String)
    case type(PartnershipType)
    case level(PartnershipLevel)
    case relationship(Relationship)
    case purpose(String)
    case vision(String)
    /// The session's title, as typed (its file keeps its name).
    case title(String)
    case note(String, at: Date)
    /// The partner who writes the proposal (name or id), or nobody (nil): the partners together.
    case author(String?)
    /// The decision the proposal asks for; "" goes back to the one drawn from the next gate.
    case ask(String)

    public func apply(to session: inout Session) throws(SessionError) -> String? {
        switch self {
        case .addPartner(let name, let role):
            return try session.addPartner(name: name, role: role).id
        case .renamePartner(let id, let name):
            let partner = try session.partner(id)
            try session.renamePartner(partner.id, to: name)
            return partner.id
        case .removePartner(let id):
            return try session.removePartner(id).partner.id
        case .represents(let partner, let text):
            return try session.setRepresents(partner, text).id
        case .type(let type):
            session.context.type = type
            return nil
        case .level(let level):
            session.context.level = level
            return nil
        case .relationship(let relationship):
            session.context.relationship = relationship
            return nil
        case .purpose(let text):
            try session.setPurpose(text)
            return nil
        case .vision(let text):
            try session.setVision(text)
            return nil
        case .title(let text):
            try session.setTitle(text)
            return nil
        case .note(let text, let date):
            try session.addNote(text, at: date)
            return nil
        case .author(let reference):
            guard let reference else {
                session.context.author = nil
                return nil
            }
            let partner = try session.partner(reference)
            session.context.author = partner.id
            return partner.id
        case .ask(let text):
            try session.setAsk(text)
            return nil
        }
    }

    public var wording: Phrase {
        switch self {
        case .addPartner(let name, _): return Phrase("undo.context.partner.add", ["name": Self.short(name)])
        case .renamePartner(let id, let name):
            return Phrase("undo.context.partner.rename", ["id": id, "name": Self.short(name)])
        case .removePartner(let id): return Phrase("undo.context.partner.remove", ["id": id])
        case .represents(let partner, _): return Phrase("undo.context.represents", ["id": partner])
        case .type(let type): return Phrase("undo.context.type", [:], labels: ["type": type.labelKey])
        case .level(let level): return Phrase("undo.context.level", [:], labels: ["level": level.labelKey])
        case .relationship(let relationship):
            return Phrase("undo.context.relationship", [:], labels: ["relationship": relationship.labelKey])
        case .purpose(let text): return Phrase("undo.context.purpose", ["text": Self.short(text)])
        case .vision(let text): return Phrase("undo.context.vision", ["text": Self.short(text)])
        case .title(let text): return Phrase("undo.context.title", ["text": Self.short(text)])
        case .note(let text, _): return Phrase("undo.context.note", ["text": Self.short(text)])
        case .author(let reference):
            guard let reference else { return Phrase("undo.context.author.cleared") }
            return Phrase("undo.context.author", ["name": Self.short(reference)])
        case .ask(let text):
            return text.trimmingWhitespace.isEmpty
                ? Phrase("undo.context.ask.cleared") : Phrase("undo.context.ask", ["text": Self.short(text)])
        }
    }

    /// A text as the undo line shows it: one line, the start of a long one.
    static func short(_ text: String) -> String {
        text.trimmingWhitespace.split(whereSeparator: \.isNewline).joined(separator: " ").truncated(to: 60)
    }
}
