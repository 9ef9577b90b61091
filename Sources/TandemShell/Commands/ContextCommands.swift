import Foundation
import TandemCore

/// partner, set, note.
enum ContextCommands {
    static let setFields = ["type", "level", "purpose", "vision", "relationship"]

    static let all: [Command] = [
        Command(
            "partner", group: .context, subcommands: ["add", "list", "remove", "rename"], needsSession: true,
            complete: { shell, args in
                switch args.count {
                case 0: return ["add", "list", "remove", "rename"]
                case 1 where ["remove", "rename"].contains(args[0].lowercased()): return shell.partnerNames()
                default: return []
                }
            }
        ) { shell, args throws(ShellError) in
            guard let sub = args.first?.lowercased() else { throw .usage("partner") }
            let rest = Array(args.dropFirst())
            switch sub {
            case "add":
                guard !rest.isEmpty else { throw .usage("partner") }
                // NAME ROLE…, or NAME, ROLE as the guide asks; a name with spaces needs quotes
                // unless the comma form is used.
                let joined = rest.joined(separator: " ")
                let (name, role): (String, String)
                if let comma = joined.firstIndex(of: ",") {
                    (name, role) = (String(joined[..<comma]), String(joined[joined.index(after: comma)...]))
                } else {
                    (name, role) = (rest[0], rest.dropFirst().joined(separator: " "))
                }
                let partner = try shell.change("partner add " + joined) {
                    (s: inout Session) throws(SessionError) in try s.addPartner(name: name, role: role)
                }
                shell.say("partner.added", ["name": partner.name, "id": partner.id], .success)
            case "list":
                guard rest.isEmpty else { throw .usage("partner") }
                shell.listPartners()
            case "remove":
                guard rest.count == 1 else { throw .usage("partner") }
                let removed = try shell.change("partner remove " + rest[0]) {
                    (s: inout Session) throws(SessionError) in try s.removePartner(rest[0])
                }
                shell.say("partner.removed", ["name": removed.partner.name, "id": removed.partner.id])
                if removed.items > 0 { shell.say("partner.removed.items", ["count": String(removed.items)], .dim) }
            case "rename":
                guard rest.count == 2 else { throw .usage("partner") }
                let names = try shell.change("partner rename " + rest.joined(separator: " ")) {
                    (s: inout Session) throws(SessionError) in try s.renamePartner(rest[0], to: rest[1])
                }
                shell.say("partner.renamed", ["old": names.old, "new": names.new])
            default:
                throw .usage("partner")
            }
        },
        Command(
            "set", group: .context, subcommands: setFields, needsSession: true,
            complete: { shell, args in
                switch args.count {
                case 0: return setFields
                case 1:
                    switch args[0].lowercased() {
                    case "type": return shell.valueWords(PartnershipType.self)
                    case "level": return shell.valueWords(PartnershipLevel.self)
                    case "relationship": return shell.valueWords(Relationship.self)
                    default: return []
                    }
                default: return []
                }
            }
        ) { shell, args throws(ShellError) in
            guard args.count >= 2, let field = args.first?.lowercased() else { throw .usage("set") }
            try shell.setContext(field, args.dropFirst().joined(separator: " "))
        },
        Command("note", group: .context, needsSession: true) { shell, args throws(ShellError) in
            guard !args.isEmpty else { throw .usage("note") }
            let text = try shell.cleanText(args.joined(separator: " "), field: "note")
            let date = shell.now
            try shell.change("note " + text) { (s: inout Session) throws(SessionError) in
                s.notes.append(Note(text: text, date: date))
            }
            shell.say("note.added", ["count": String(shell.current?.session.notes.count ?? 0)])
        },
    ]
}

extension Shell {
    /// `set FIELD VALUE`: one context field, said back with what it implies.
    func setContext(_ field: String, _ value: String) throws(ShellError) {
        let what = "set \(field) \(value)"
        switch field {
        case "type":
            let parsed: PartnershipType = try parseValue(value, field: "type")
            try change(what) { (s: inout Session) throws(SessionError) in s.context.type = parsed }
            say("set.done", ["field": t("field.type"), "value": t(parsed.labelKey)])
            say("type.hint.\(parsed.rawValue)", [:], .dim)
        case "level":
            let parsed: PartnershipLevel = try parseValue(value, field: "level")
            try change(what) { (s: inout Session) throws(SessionError) in s.context.level = parsed }
            say("set.done", ["field": t("field.level"), "value": t(parsed.labelKey)])
            say("level.implies.\(parsed.rawValue)", [:], .dim)
        case "relationship":
            let parsed: Relationship = try parseValue(value, field: "relationship")
            try change(what) { (s: inout Session) throws(SessionError) in s.context.relationship = parsed }
            say("set.done", ["field": t("field.relationship"), "value": t(parsed.labelKey)])
            if parsed == .friends || parsed == .family { say("relationship.warning", [:], .warning) }
        case "purpose", "vision":
            let text = try cleanText(value, field: field)
            try change(what) { (s: inout Session) throws(SessionError) in
                if field == "purpose" { s.context.purpose = text } else { s.context.vision = text }
            }
            say("set.done", ["field": t("field.\(field)"), "value": text])
        default:
            throw .usage("set")
        }
    }

    /// The longest free text accepted in one field.
    static let maxTextLength = 10_000

    func partnerNames() -> [String] {
        current?.session.partners.map(\.name) ?? []
    }

    func listPartners() {
        guard let session = current?.session else { return }
        guard !session.partners.isEmpty else {
            say("partner.none")
            return
        }
        let width = session.partners.map { $0.name.count }.max() ?? 0
        for partner in session.partners {
            let padded = partner.role.isEmpty ? partner.name : partner.name + String(repeating: " ", count: width - partner.name.count) + "  " + partner.role
            line("  " + partner.id + "  " + padded)
        }
    }

    /// The value words a user may type: English ids and labels in the shell's language.
    func valueWords<V: ValueWord>(_ type: V.Type) -> [String] {
        var words = V.allCases.map(\.rawValue)
        if language != .en {
            for value in V.allCases {
                let label = t(value.labelKey)
                if !words.contains(label) { words.append(label) }
            }
        }
        return words
    }

    /// Reads a value word: its English id, its label in either language, or an unambiguous prefix.
    func parseValue<V: ValueWord>(_ raw: String, field: String) throws(ShellError) -> V {
        let typed = raw.folded
        func labels(_ value: V) -> [String] {
            [value.rawValue] + Language.allCases.map { configuration.catalog.text(value.labelKey, $0, [:]).folded }
        }
        if let exact = V.allCases.first(where: { labels($0).contains(typed) }) { return exact }
        let prefixed = V.allCases.filter { labels($0).contains { $0.hasPrefix(typed) } }
        if prefixed.count == 1, let only = prefixed.first, !typed.isEmpty { return only }
        throw .message(
            "error.value", ["value": raw, "field": t("field.\(field)"), "choices": valueWords(V.self).joined(separator: ", ")])
    }

    /// Trims free text and refuses control characters and oversized pastes.
    func cleanText(_ raw: String, field: String) throws(ShellError) -> String {
        let text = raw.trimmingWhitespace
        guard !text.isEmpty else { throw .message("error.text.empty", ["field": t("field.\(field)")]) }
        guard text.count <= Shell.maxTextLength,
            !text.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\n") || $0.value == 0x7F })
        else { throw .session(.invalidText(field: field)) }
        return text
    }
}
