import Foundation

/// What the store needs from the disk; tests pass a version that fails on purpose.
public protocol FileSystem: Sendable {
    /// The kind of thing at `path`, without following a symbolic link; nil when nothing is there.
    func entry(at path: String) -> FileEntry?
    func read(_ path: String, limit: Int) throws(FileError) -> [UInt8]
    /// Writes `bytes` to a temporary file beside `path`, flushes it to disk and renames it over `path`.
    func writeAtomically(_ bytes: [UInt8], to path: String, mode: UInt16) throws(FileError)
    func createDirectory(_ path: String, mode: UInt16) throws(FileError)
    func list(_ directory: String) throws(FileError) -> [String]
    func remove(_ path: String) throws(FileError)
    /// Removes temporary files a killed writer left beside `path`.
    func removeLeftovers(besides path: String)
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
        case notFound, permissionDenied, readOnly, tooLarge, isDirectory, isSymlink, noSpace, other
    }
    public var kind: Kind
    public var path: String
    public var detail: String

    public init(kind: Kind, path: String, detail: String) {
        self.kind = kind
        self.path = path
        self.detail = detail
    }
}
