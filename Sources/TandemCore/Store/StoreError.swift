/// Why a session could not be read or written. The shell words each case.
public enum StoreError: Error, Equatable, Sendable {
    public enum CorruptReason: Equatable, Sendable {
        case empty
        case invalidUTF8(offset: Int)
        case syntax(String)
        case notAnObject
        case missingVersion
        case shape(String)
        case tooLarge(Int64)
        /// A string longer than Tandem ever writes, at "line L, column C".
        case textTooLong(position: String, limit: Int)
    }

    case invalidName(String)
    case emptyTitle
    case notFound(name: String)
    case alreadyExists(name: String)
    case notAFile(path: String, FileEntry.Kind)
    case corrupt(file: String, reason: CorruptReason)
    case newerVersion(file: String, found: Int, supported: Int)
    case changedOnDisk(name: String)
    /// The file was removed since it was opened here.
    case deletedOnDisk(name: String)
    case cannotEncode(String)
    case io(FileError)
}
