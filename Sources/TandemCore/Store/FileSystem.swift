import FoundationEssentials

/// What the store needs from the disk; tests pass a version that fails on purpose.
public protocol FileSystem: Sendable {
    /// The kind of thing at `path`, without following a symbolic link; nil when nothing is there.
    func entry(at path: String) -> FileEntry?
    func read(_ path: String, limit: Int) throws(FileError) -> [UInt8]
    /// Writes `bytes` to a temporary file beside `path`, flushes it to disk and renames it over `path`.
    func writeAtomically(_ bytes: [UInt8], to path: String, mode: UInt16) throws(FileError)
    /// Like `writeAtomically`, but never replaces a file: when something is at `path`
    /// already it throws `.exists` and leaves it as it was.
    func writeExclusively(_ bytes: [UInt8], to path: String, mode: UInt16) throws(FileError)
    /// Takes an advisory lock on the file `path` (created, private, when missing), held
    /// until `unlock`: exclusive, or shared with other shared holders. With `wait` it
    /// waits for other holders; without, it returns nil when another holds it.
    /// A lock file removed and made again by another holder meanwhile is locked afresh.
    func lock(_ path: String, exclusive: Bool, wait: Bool) throws(FileError) -> FileLock?
    /// Lets a lock go; with `removing`, its file is removed first (still under the lock).
    func unlock(_ lock: FileLock, removing: Bool)
    func createDirectory(_ path: String, mode: UInt16) throws(FileError)
    func list(_ directory: String) throws(FileError) -> [String]
    func remove(_ path: String) throws(FileError)
    /// Removes temporary files a killed writer left beside `path`.
    func removeLeftovers(besides path: String)
}

/// A lock `FileSystem.lock` holds: the file and the descriptor that holds it.
public struct FileLock: Equatable, Sendable {
    public var path: String
    public var descriptor: Int32

    public init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }
}

/// The kind and identity of a file; the identity changes whenever the file is replaced or written.
public struct FileEntry: Equatable, Sendable {
    public enum Kind: Sendable { case file, directory, symlink, other }
    public var kind: Kind
    public var fingerprint: Fingerprint
}

/// Device, inode, size and modification time: enough to see that another program saved a file.
public struct Fingerprint: Equatable, Sendable {
    public var device: UInt64
    public var inode: UInt64
    public var size: Int64
    public var modifiedSeconds: Int64
    public var modifiedNanoseconds: Int64
}

/// A failure of the file layer, with the system's errno where there is one.
public struct FileError: Error, Equatable, Sendable {
    public enum Kind: Sendable, Equatable {
        case notFound, exists, permissionDenied, readOnly, tooLarge, isDirectory, isSymlink, noSpace, other
    }
    public var kind: Kind
    public var path: String
    public var detail: String
}
