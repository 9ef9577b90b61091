import FoundationEssentials
import TandemCore

/// partner, set, note.
enum ContextCommands {
    static let all: [Command] = [
        Command(
            "partner", group: .context,
            [
                Verb("add", [.word("name"), .text("role", optional: true)]) { shell, args throws(ShellError) in
                    let (name, role) = nameAndRole(args)
                    try shell.addPartner(name: name, role: role)
                },
                Verb("list") { shell, _ throws(ShellError) in shell.listPartners() },
                // Removing takes everything a partner declared with them, so the
                // start of a name is not enough there: the whole name or the id is.
                Verb("remove", [.partner().exactOnly()]) { shell, args throws(ShellError) in
                    let id = args.id("partner")
                    let before = try shell.requireSession().session
                    let name = before.partners.withID(id)?.name ?? id
                    let items = before.itemsDeclared(by: id)
                    try shell.apply(ContextEdit.removePartner(id: id))
                    shell.say("partner.removed", ["name": name, "id": id])
                    if items > 0 { shell.say("partner.removed.items", ["count": String(items)], .dim) }
                },
                Verb("rename", [.partner(), .text("name")]) { shell, args throws(ShellError) in
                    let id = args.id("partner")
                    let old = try shell.requireSession().session.partners.withID(id)?.name ?? id
                    try shell.apply(ContextEdit.renamePartner(id: id, name: args.text("name")))
                    shell.say("partner.renamed", ["old": old, "new": shell.partner(withID: id)?.name ?? ""])
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
                Verb("title", [.text()]) { shell, args throws(ShellError) in try shell.setTitle(args.text()) },
                // A partner, or "none" for the partners together.
                Verb("author", [Slot("author", .text).offering(.partner)]) { shell, args throws(ShellError) in
                    try shell.setAuthor(args.text("author"))
                },
                Verb("ask", [.text()]) { shell, args throws(ShellError) in try shell.setAsk(args.text()) },
            ]),
        Command(
            "note", group: .context,
            [
                Verb([], [.text()]) { shell, args throws(ShellError) in
                    try shell.apply(ContextEdit.note(args.text(), at: shell.now))
                    shell.say("note.added", ["count": String(shell.current?.session.notes.count ?? 0)])
                }
            ]),
    ]

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

    /// The partner with this id in the open session.
    func partner(withID id: String?) -> Partner? {
        guard let id else { return nil }
        return current?.session.partners.withID(id)
    }

    /// `partner add` and the guide's partners question.
    func addPartner(name: String, role: String) throws(ShellError) {
        let id = try apply(ContextEdit.addPartner(name: name, role: role))
        guard let partner = partner(withID: id) else { return }
        say("partner.added", ["name": partner.name, "id": partner.id], .success)
    }

    func setType(_ type: PartnershipType) throws(ShellError) {
        try apply(ContextEdit.type(type))
        say("set.done", ["field": t("field.type"), "value": t(type.labelKey)])
        say("type.hint.\(type.rawValue)", [:], .dim)
    }

    func setLevel(_ level: PartnershipLevel) throws(ShellError) {
        try apply(ContextEdit.level(level))
        say("set.done", ["field": t("field.level"), "value": t(level.labelKey)])
        // The level shapes the path: said when it is set, so the shorter path is no surprise.
        if QuestionID.shortPathLevels.contains(level) { say("set.level.short", ["value": t(level.labelKey)], .dim) }
        say("level.implies.\(level.rawValue)", [:], .dim)
    }

    func setRelationship(_ relationship: Relationship) throws(ShellError) {
        try apply(ContextEdit.relationship(relationship))
        say("set.done", ["field": t("field.relationship"), "value": t(relationship.labelKey)])
        switch relationship {
        case .friends, .family: say("relationship.warning", [:], .warning)
        case .distant, .acquaintances: break
        }
    }

    /// `set purpose|vision TEXT`, the text as typed (the core checks it).
    func setText(_ field: String, _ raw: String) throws(ShellError) {
        try apply(field == "purpose" ? ContextEdit.purpose(raw) : ContextEdit.vision(raw))
        guard let context = current?.session.context else { return }
        say("set.done", ["field": t("field.\(field)"), "value": field == "purpose" ? context.purpose : context.vision])
    }

    /// `set author PARTNER|none`: whose first person the proposal speaks in.
    func setAuthor(_ typed: String) throws(ShellError) {
        let none = vocabulary.isNone(typed)
        try apply(ContextEdit.author(none ? nil : typed))
        let session = try requireSession().session
        guard let id = session.context.author else {
            say("set.author.none")
            return
        }
        say("set.author", ["name": session.partnerName(id)])
    }

    /// `set ask TEXT|none`: the decision the proposal asks for; "none" goes back to the next gate's.
    func setAsk(_ typed: String) throws(ShellError) {
        try apply(ContextEdit.ask(vocabulary.isNone(typed) ? "" : typed))
        let session = try requireSession().session
        if let ask = session.context.ask {
            say("set.done", ["field": t("field.ask"), "value": ask])
        } else {
            say("set.ask.none")
        }
    }

    /// `set title TEXT`: the title as typed; the file keeps its name.
    func setTitle(_ raw: String) throws(ShellError) {
        try apply(ContextEdit.title(raw))
        guard let open = current else { return }
        say("set.done", ["field": t("field.title"), "value": open.session.title])
        if Slug.make(open.session.title) != open.name { say("set.title.file", ["name": open.name], .dim) }
    }

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
}
