/// Why a session could not be read or written. The shell words each case.
public enum StoreError: Error, Equatable, Sendable {
    public enum CorruptReason: Equatable, Sendable {
        case empty
        case invalidUTF8(offset: Int)
        case syntax(String)
        /// Git's conflict markers (`<<<<<<<`) at this line: merged without Tandem's merge driver.
        case conflictMarkers(line: Int)
        case notAnObject
        case missingVersion
        case shape(String)
        case tooLarge(Int64)
        /// A string longer than Tandem ever writes, at "line L, column C".
        case textTooLong(position: String, limit: Int)
    }

    /// A limit loading checks that a session about to be saved would break:
    /// it is refused before anything is written, since it could not be opened again.
    public enum SaveLimit: Equatable, Sendable {
        /// The file would be `size` bytes, over `limit` (`SessionStore.maxFileSize`).
        case fileSize(size: Int, limit: Int)
        /// A text at "line L, column C" of the file would be longer than `limit` bytes.
        case textTooLong(position: String, limit: Int)
        /// A date or time outside 0001-01-01…9999-12-31, at a field path.
        case date(field: String, value: String)
        /// A counter or id problem, as loading words it.
        case integrity(String)
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
    case cannotSave(SaveLimit)
    case io(FileError)
}
