/// One shell command: its name, what it needs, what it does and how its
/// arguments complete. Help and completion read the same table.
struct Command: Sendable {
    enum Group: String, CaseIterable, Sendable {
        case sessions, context, modules, shell
    }

    let name: String
    let group: Group
    /// Words that may follow the name (`partner add`), for completion and help.
    let subcommands: [String]
    let needsSession: Bool
    let run: @Sendable (Shell, [String]) throws(ShellError) -> Void
    /// Candidates for the next word, given the words typed after the name.
    let complete: @Sendable (Shell, [String]) -> [String]

    init(
        _ name: String, group: Group, subcommands: [String] = [], needsSession: Bool = false,
        complete: @escaping @Sendable (Shell, [String]) -> [String] = { _, _ in [] },
        run: @escaping @Sendable (Shell, [String]) throws(ShellError) -> Void
    ) {
        self.name = name
        self.group = group
        self.subcommands = subcommands
        self.needsSession = needsSession
        self.complete = complete
        self.run = run
    }
}
