import TandemCore

/// `show ID`: any item whole, with its links.
enum ShowCommands {
    static let all: [Command] = [
        Command(
            "show", group: .shell,
            [
                Verb([], [Slot("item", .item)]) { shell, args throws(ShellError) in
                    guard let session = shell.current?.session else { throw .noSession }
                    let (kind, id) = try shell.item(args.id("item"))
                    let view = ItemView(session: session, t: { shell.t($0, $1) }, width: Shell.textWidth)
                    guard let lines = view.lines(kind, id) else { throw .session(.unknown(kind, id)) }
                    for line in lines { shell.line(line) }
                }
            ])
    ]
}

extension Shell {
    /// The kind and id of a resolved `.item` slot ("r4" → risk r4).
    func item(_ id: String) throws(ShellError) -> (IDKind, String) {
        guard
            let kind = IDKind.allCases.first(where: { id.hasPrefix($0.prefix) && id.dropFirst().allSatisfy(\.isNumber) }
            )
        else {
            throw .message("error.show.unknown", ["value": id.truncated(to: 40)])
        }
        return (kind, id)
    }
}
