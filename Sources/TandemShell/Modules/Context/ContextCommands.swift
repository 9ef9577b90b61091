import Foundation
import TandemCore

/// partner, set, note.
enum ContextCommands {
    static let all: [Command] = [
        Command(
            "partner", group: .context,
            [
                Verb("add", [.word("name"), .text("role", optional: true)]) { shell, args throws(ShellError) in
                    let (name, role) = nameAndRole(args)
                    let partner = try shell.change(
                        "partner add " + Lexer.quote(name) + (role.isEmpty ? "" : " " + role)
                    ) {
                        (s: inout Session) throws(SessionError) in try s.addPartner(name: name, role: role)
                    }
                    shell.say("partner.added", ["name": partner.name, "id": partner.id], .success)
                },
                Verb("list") { shell, _ throws(ShellError) in shell.listPartners() },
                Verb("remove", [.partner()]) { shell, args throws(ShellError) in
                    let id = args.id("partner")
                    try refusePrefix(shell, typed(args, after: 2))
                    let removed = try shell.change("partner remove " + shell.quotedPartner(id)) {
                        (s: inout Session) throws(SessionError) in try s.removePartner(id)
                    }
                    shell.say("partner.removed", ["name": removed.partner.name, "id": removed.partner.id])
                    if removed.items > 0 { shell.say("partner.removed.items", ["count": String(removed.items)], .dim) }
                },
                Verb("rename", [.partner(), .text("name")]) { shell, args throws(ShellError) in
                    let id = args.id("partner")
                    let name = args.text("name")
                    let names = try shell.change("partner rename " + shell.quotedPartner(id) + " " + Lexer.quote(name))
                    {
                        (s: inout Session) throws(SessionError) in try s.renamePartner(id, to: name)
                    }
                    shell.say("partner.renamed", ["old": names.old, "new": names.new])
                },
            ]),
        Command(
            "set", group: .context,
            [
                Verb("type", [.value("type", PartnershipType.self)]) { shell, args throws(ShellError) in
                    guard let type = args.value(PartnershipType.self, "type") else { throw .usage("set type") }
                    try shell.setType(type)
                },
                Verb("level", [.value("level", PartnershipLevel.self)]) { shell, args throws(ShellError) in
                    guard let level = args.value(PartnershipLevel.self, "level") else { throw .usage("set level") }
                    try shell.setLevel(level)
                },
                Verb("relationship", [.value("relationship", Relationship.self)]) { shell, args throws(ShellError) in
                    guard let relationship = args.value(Relationship.self, "relationship") else {
                        throw .usage("set relationship")
                    }
                    try shell.setRelationship(relationship)
                },
                Verb("purpose", [.text()]) { shell, args throws(ShellError) in try shell.setText("purpose", args.text())
                },
                Verb("vision", [.text()]) { shell, args throws(ShellError) in try shell.setText("vision", args.text())
                },
            ]),
        Command(
            "note", group: .context,
            [
                Verb([], [.text()]) { shell, args throws(ShellError) in
                    let text = try shell.cleanText(args.text(), field: "note")
                    let date = shell.now
                    try shell.change("note " + text) { (s: inout Session) throws(SessionError) in
                        s.notes.append(Note(text: text, date: date))
                    }
                    shell.say("note.added", ["count": String(shell.current?.session.notes.count ?? 0)])
                }
            ]),
    ]

    /// The words typed after the command and its path, as the parser joined them for the last slot.
    static func typed(_ args: Arguments, after count: Int) -> String {
        Lexer.lex(args.line).tokens.dropFirst(count).map(\.text).joined(separator: " ")
    }

    /// Removing takes everything a partner declared with them, so the start of a
    /// name is not enough there (`partner remove z`): the whole name or the id is.
    static func refusePrefix(_ shell: Shell, _ typed: String) throws(ShellError) {
        guard let session = shell.current?.session, let found = try? session.resolve(.partner, typed),
            found.how == .prefix
        else { return }
        throw .message("error.partner.remove.prefix", ["typed": typed, "name": found.name, "id": found.id])
    }

    /// NAME and ROLE of `partner add`. A quoted name is one word and the role
    /// the rest as typed (`"A B" "role, with a comma"`); an unquoted name runs
    /// to the first comma when one comes before any quote, as the guide asks
    /// (`Bureau Öko, design studio`), else it is the first word.
    static func nameAndRole(_ args: Arguments) -> (name: String, role: String) {
        let parsed = (name: args.text("name"), role: args.text("role"))
        let line = Lexer.lex(args.line)
        let words = line.tokens.dropFirst(2)  // the command and `add`
        guard let first = words.first, !first.hasQuoting, line.failure == nil else { return parsed }
        var before: [String] = []
        for token in words {
            if token.hasQuoting { break }
            let scalars = token.text.unicodeScalars
            guard let comma = scalars.firstIndex(of: ",") else {
                before.append(token.text)
                continue
            }
            var head = ""
            head.unicodeScalars.append(contentsOf: scalars[..<comma])
            if !head.isEmpty { before.append(head) }
            // Unquoted, the word's scalars are the line's: the comma sits at the same offset.
            let offset = token.range.lowerBound + scalars.distance(from: scalars.startIndex, to: comma)
            let rest = line.rest(from: offset + 1).trimmingWhitespace
            let lexedRest = Lexer.lex(rest)
            let role =
                lexedRest.tokens.count == 1 && lexedRest.failure == nil && lexedRest.tokens[0].isQuoted
                ? lexedRest.tokens[0].text : rest
            return (before.joined(separator: " "), role)
        }
        return parsed
    }
}

extension Shell {
    /// `set FIELD VALUE` with the value as typed (the context guide's answers):
    /// value words read as the `set` command reads them, texts kept as typed.
    func setContext(_ field: String, _ value: String) throws(ShellError) {
        switch field {
        case "type": try setType(readValue(value, PartnershipType.self, field: field))
        case "level": try setLevel(readValue(value, PartnershipLevel.self, field: field))
        case "relationship": try setRelationship(readValue(value, Relationship.self, field: field))
        case "purpose", "vision": try setText(field, value)
        default: throw .usage("set")
        }
    }

    func setType(_ type: PartnershipType) throws(ShellError) {
        try change("set type " + type.rawValue) { (s: inout Session) throws(SessionError) in s.context.type = type }
        say("set.done", ["field": t("field.type"), "value": t(type.labelKey)])
        say("type.hint.\(type.rawValue)", [:], .dim)
    }

    func setLevel(_ level: PartnershipLevel) throws(ShellError) {
        try change("set level " + level.rawValue) { (s: inout Session) throws(SessionError) in s.context.level = level }
        say("set.done", ["field": t("field.level"), "value": t(level.labelKey)])
        say("level.implies.\(level.rawValue)", [:], .dim)
    }

    func setRelationship(_ relationship: Relationship) throws(ShellError) {
        try change("set relationship " + relationship.rawValue) { (s: inout Session) throws(SessionError) in
            s.context.relationship = relationship
        }
        say("set.done", ["field": t("field.relationship"), "value": t(relationship.labelKey)])
        switch relationship {
        case .friends, .family: say("relationship.warning", [:], .warning)
        case .distant, .acquaintances: break
        }
    }

    /// `set purpose|vision TEXT`, the text as typed.
    func setText(_ field: String, _ raw: String) throws(ShellError) {
        let text = try cleanText(raw, field: field)
        try change("set \(field) \(text)") { (s: inout Session) throws(SessionError) in
            if field == "purpose" { s.context.purpose = text } else { s.context.vision = text }
        }
        say("set.done", ["field": t("field.\(field)"), "value": text])
    }

    /// A value word read as a declared `.value` slot reads it (either language,
    /// agreement, `.also` words), with the same refusal.
    func readValue<V: ValueWord>(_ raw: String, _ type: V.Type, field: String) throws(ShellError) -> V {
        var notices: [String] = []
        let read = try CommandParser(shell: self).read(.value(field, V.self), raw, notices: &notices)
        guard case .word(let id) = read, let value = V(rawValue: id) else { throw .usage("set") }
        return value
    }

    /// A partner's name for the undo wording (its id if it is gone).
    func quotedPartner(_ id: String) -> String {
        Lexer.quote(current?.session.partners.first { $0.id == id }?.name ?? id)
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
            let padded =
                partner.role.isEmpty
                ? partner.name
                : partner.name + String(repeating: " ", count: width - partner.name.count) + "  " + partner.role
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
            "error.value",
            ["value": raw, "field": t("field.\(field)"), "choices": valueWords(V.self).joined(separator: ", ")])
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
