import TandemCore

/// The session the shell is working on, and how it stands against its file.
struct OpenSession {
    var name: String
    var session: Session
    /// The file as last loaded or saved; nil until it is first written.
    var fingerprint: Fingerprint?
    /// Changes not yet written to disk.
    var dirty: Bool
}
