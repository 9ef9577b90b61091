/// Writes an exported document: never over an existing file unless asked,
/// never through a symbolic link or onto a directory, atomically, and
/// readable by others (0644), since exports are made to be shared.
public enum ExportFile {
    public static let mode: UInt16 = 0o644

    /// Why an export was not written; the shell words each case.
    public enum Failure: Error, Equatable, Sendable {
        case exists(String)
        case directory(String)
        case symlink(String)
        case special(String)
        /// The directory the file would go in does not exist.
        case noDirectory(String)
        case io(FileError)
    }

    /// Writes `text` to `path` (absolute). An existing regular file is
    /// replaced only with `force`; a link, a directory or a device never.
    public static func write(_ text: String, to path: String, force: Bool, fileSystem: any FileSystem)
        throws(Failure)
    {
        let directory = Path.parent(path)
        if fileSystem.entry(at: directory) == nil { throw .noDirectory(directory) }
        if let existing = fileSystem.entry(at: path) {
            switch existing.kind {
            case .symlink: throw .symlink(path)
            case .directory: throw .directory(path)
            case .other: throw .special(path)
            case .file: if !force { throw .exists(path) }
            }
        }
        do {
            try fileSystem.writeAtomically(Array(text.utf8), to: path, mode: mode)
        } catch {
            throw .io(error)
        }
    }

    /// `path` made absolute against `directory`, "." and empty parts
    /// dropped; ".." is left to the system, which knows where links lead.
    public static func absolute(_ path: String, in directory: String) -> String {
        let joined = path.hasPrefix("/") ? path : directory + "/" + path
        let parts = joined.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        return "/" + parts.joined(separator: "/")
    }
}

extension SessionStore {
    /// The disk the store writes to, so exports go through the same (testable) file layer.
    public var fileSystem: any FileSystem { fs }
}
