import TandemCore

/// The session the shell is working on, and how it stands against its file.
struct OpenSession {
    var name: String
    var session: Session
    /// The file as last loaded or saved; nil until it is first written.
    var fingerprint: Fingerprint?
    /// Changes not yet written to disk.
    var dirty: Bool
    /// The changes made since the file was last loaded or saved, as values:
    /// what `reload` replays on the file's version.
    var unsaved: [any SessionChange] = []
    /// Undos of changes that had been saved already: `reload` cannot replay them, and says so.
    var unreplayable: [Phrase] = []
    /// A save found the file deleted and said so: the next `save` writes it anew.
    var deletedSeen = false
}
