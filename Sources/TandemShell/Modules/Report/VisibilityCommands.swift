import TandemCore

/// `private ID…`, `share ID…`: what a proposal may show; `guess ID…`,
/// `confirm ID…`: a declared item the author wrote about another partner, asked
/// in the proposal as a question until that partner confirms it.
enum VisibilityCommands {
    static let visible: [IDKind] = [.expectation, .rule, .risk, .action]

    /// Tab offers the items that the command would change, each once.
    static func ids(_ kinds: [IDKind], _ keep: @escaping @Sendable (Session, String) -> Bool) -> Slot {
        Slot.ids(kinds).narrowed { shell, before, id in
            guard let session = shell.current?.session else { return false }
            return !before.contains { $0.lowercased() == id } && keep(session, id)
        }
    }

    static let all: [Command] = [
        Command(
            "private", group: .modules,
            [
                Verb([], [ids(visible) { $0.shownTo($1) == .shared }]) { shell, args throws(ShellError) in
                    try shell.setVisibility(args.ids(), .private)
                }
            ]),
        Command(
            "share", group: .modules,
            [
                Verb([], [ids(visible) { $0.shownTo($1) == .private }]) { shell, args throws(ShellError) in
                    try shell.setVisibility(args.ids(), .shared)
                }
            ]),
        Command(
            "guess", group: .modules,
            [
                Verb([], [ids([.expectation]) { $0.expectations.withID($1)?.isGuess == false }]) {
                    shell, args throws(ShellError) in try shell.markGuess(args.ids(), true)
                }
            ]),
        Command(
            "confirm", group: .modules,
            [
                Verb([], [ids([.expectation]) { $0.expectations.withID($1)?.isGuess == true }]) {
                    shell, args throws(ShellError) in try shell.markGuess(args.ids(), false)
                }
            ]),
    ]
}

extension Shell {
    /// Sets the visibility of each item; those already so are said, not changed.
    func setVisibility(_ ids: [String], _ visibility: Visibility) throws(ShellError) {
        let session = try requireSession().session
        let already = ids.filter { session.shownTo($0) == visibility }
        let changing = ids.filter { !already.contains($0) }
        try applyUnlessNothing(VisibilityEdit.set(ids: changing, visibility), session)
        let name = visibility.rawValue
        if !changing.isEmpty {
            say(
                "visibility.\(name).\(changing.count == 1 ? "one" : "many")",
                ["ids": wording.list(changing)], .success)
        }
        if !already.isEmpty { say("visibility.already.\(name)", ["ids": wording.list(already)], .dim) }
    }

    /// Applies the change, or nothing when it has no id left to change (no undo step for nothing).
    private func applyUnlessNothing(_ edit: VisibilityEdit, _ session: Session) throws(ShellError) {
        switch edit {
        case .set(let ids, _), .guess(let ids, _): if ids.isEmpty { return }
        }
        try apply(edit)
    }

    /// Marks each declared item a guess (or confirms it); says which partner the proposal asks.
    func markGuess(_ ids: [String], _ guess: Bool) throws(ShellError) {
        let session = try requireSession().session
        let already = ids.filter { session.expectations.withID($0)?.isGuess == guess }
        let changing = ids.filter { !already.contains($0) }
        try applyUnlessNothing(VisibilityEdit.guess(ids: changing, guess), session)
        let key = guess ? "guess" : "confirm"
        if !changing.isEmpty {
            let partners = changing.compactMap { session.expectations.withID($0)?.partner }
            var names: [String] = []
            for id in partners where !names.contains(session.partnerName(id)) { names.append(session.partnerName(id)) }
            say(
                "\(key).done.\(changing.count == 1 ? "one" : "many")",
                ["ids": wording.list(changing), "partners": wording.list(names)], .success)
            let hidden = changing.filter { session.shownTo($0) == .private }
            if guess, !hidden.isEmpty {
                say("guess.private", ["ids": wording.list(hidden), "first": hidden[0]], .dim)
            }
        }
        if !already.isEmpty { say("\(key).already", ["ids": wording.list(already)], .dim) }
    }
}
