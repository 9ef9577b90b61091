import FoundationEssentials
import TandemCore

/// Everything the shell needs from outside, passed in so tests can run it whole.
public struct ShellConfiguration: Sendable {
    public var store: SessionStore
    public var catalog: PromptCatalog
    public var language: Language
    /// A person at a terminal: autosave after every change, errors do not stop the shell.
    public var interactive: Bool
    public var colorEnabled: Bool
    public var version: String
    public var clock: @Sendable () -> Date
    /// Where `export` writes by default and what relative file names start from.
    public var workingDirectory: String
    /// Changes kept for `undo`. Each kept copy makes the next change copy the
    /// collection it touches, so a script that never undoes keeps none and
    /// stays linear however long it is.
    public var undoDepth: Int = Shell.undoDepth
    /// Whether Ctrl-C was pressed while a command runs (the terminal's shell
    /// sets it): output stops, and an export is not written.
    public var interrupted: @Sendable () -> Bool = { false }
    /// What `~/` stands for in a file name typed to `export` (the launcher's
    /// home directory); nil leaves `~` as typed.
    public var homeDirectory: String?
    /// The terminal's width in columns, asked each time a wide view is drawn (`agenda`).
    public var width: @Sendable () -> Int = { Shell.textWidth }

    public init(
        store: SessionStore, catalog: PromptCatalog, language: Language, interactive: Bool,
        colorEnabled: Bool, version: String, clock: @escaping @Sendable () -> Date = { Date() },
        workingDirectory: String = POSIXFileSystem.currentDirectory
    ) {
        self.store = store
        self.catalog = catalog
        self.language = language
        self.interactive = interactive
        self.colorEnabled = colorEnabled
        self.version = version
        self.clock = clock
        self.workingDirectory = workingDirectory
    }
}
