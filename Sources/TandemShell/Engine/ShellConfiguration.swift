import Foundation
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

    public init(
        store: SessionStore, catalog: PromptCatalog, language: Language, interactive: Bool,
        colorEnabled: Bool, version: String, clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.store = store
        self.catalog = catalog
        self.language = language
        self.interactive = interactive
        self.colorEnabled = colorEnabled
        self.version = version
        self.clock = clock
    }
}
