import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The real disk, through POSIX calls: no symlink is followed, writes are atomic and synced.
public struct POSIXFileSystem: FileSystem {
    public init() {}

    /// The process's working directory ("." when it cannot be named: removed, or too long).
    public static var currentDirectory: String {
        guard let path = getcwd(nil, 0) else { return "." }
        defer { free(path) }
        return String(cString: path)
    }

    public func entry(at path: String) -> FileEntry? {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        let kind: FileEntry.Kind
        switch st.st_mode & S_IFMT {
        case S_IFREG: kind = .file
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symlink
        default: kind = .other
        }
        return FileEntry(
            kind: kind,
            fingerprint: Fingerprint(
                device: UInt64(st.st_dev), inode: UInt64(st.st_ino), size: Int64(st.st_size),
                modifiedSeconds: Int64(st.st_mtim.tv_sec), modifiedNanoseconds: Int64(st.st_mtim.tv_nsec)))
    }

    public func read(_ path: String, limit: Int) throws(FileError) -> [UInt8] {
        try Self.read(path, limit: limit, followingLinks: false)
    }

    /// A regular file's bytes, up to `limit`; a symbolic link is followed only when asked
    /// (installed prompt files may be links, sessions never are).
    static func read(_ path: String, limit: Int, followingLinks: Bool) throws(FileError) -> [UInt8] {
        // O_NONBLOCK: a named pipe in the file's place is refused below instead of waiting for a writer.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | (followingLinks ? 0 : O_NOFOLLOW))
        guard fd >= 0 else { throw Self.error(errno, path) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw Self.error(errno, path) }
        guard st.st_mode & S_IFMT == S_IFREG else {
            throw FileError(kind: st.st_mode & S_IFMT == S_IFDIR ? .isDirectory : .other, path: path, detail: "")
        }
        guard st.st_size <= limit else { throw FileError(kind: .tooLarge, path: path, detail: String(st.st_size)) }
        var bytes = [UInt8](repeating: 0, count: Int(st.st_size))
        var total = 0
        while total < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buf in
                Glibc.read(fd, buf.baseAddress.map { $0 + total }, buf.count - total)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw Self.error(errno, path)
            }
            if n == 0 { break }
            total += n
        }
        bytes.removeSubrange(total...)
        return bytes
    }

    public func writeAtomically(_ bytes: [UInt8], to path: String, mode: UInt16) throws(FileError) {
        let temporary = try writeTemporary(bytes, beside: path, mode: mode)
        if rename(temporary, path) != 0 {
            let failure = Self.error(errno, path)
            unlink(temporary)
            throw failure
        }
        Self.syncDirectory(of: path)
    }

    public func writeExclusively(_ bytes: [UInt8], to path: String, mode: UInt16) throws(FileError) {
        let temporary = try writeTemporary(bytes, beside: path, mode: mode)
        // A hard link is made whole or not at all, and never over an existing name.
        let linked = link(temporary, path) == 0
        let failure = linked ? nil : Self.error(errno, path)
        unlink(temporary)
        if let failure { throw failure }
        Self.syncDirectory(of: path)
    }

    /// Writes `bytes` to a new temporary file beside `path`, synced; returns its path.
    private func writeTemporary(_ bytes: [UInt8], beside path: String, mode: UInt16) throws(FileError) -> String {
        let temporary = Path.parent(path) + "/." + Path.base(path) + ".tmp-" + String(getpid())
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode_t(mode))
        guard fd >= 0 else { throw Self.error(errno, path) }
        var failure: FileError?
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { buf in
                write(fd, buf.baseAddress.map { $0 + written }, buf.count - written)
            }
            if n < 0 {
                if errno == EINTR { continue }
                failure = Self.error(errno, path)
                break
            }
            if n == 0 {
                failure = FileError(kind: .other, path: path, detail: "nothing could be written")
                break
            }
            written += n
        }
        if failure == nil, fchmod(fd, mode_t(mode)) != 0 { failure = Self.error(errno, path) }
        if failure == nil, fsync(fd) != 0 { failure = Self.error(errno, path) }
        if close(fd) != 0, failure == nil { failure = Self.error(errno, path) }
        if let failure {
            unlink(temporary)
            throw failure
        }
        return temporary
    }

    private static func syncDirectory(of path: String) {
        let dfd = open(Path.parent(path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dfd >= 0 {
            fsync(dfd)
            close(dfd)
        }
    }

    public func createDirectory(_ path: String, mode: UInt16) throws(FileError) {
        if let existing = entry(at: path) {
            if existing.kind == .directory { return }
            // A symlink is refused even to a directory: sessions stay where they are said to be.
            throw FileError(
                kind: existing.kind == .symlink ? .isSymlink : .other, path: path,
                detail: existing.kind == .symlink ? "is a symbolic link, not a directory" : "is not a directory")
        }
        let parent = Path.parent(path)
        if parent != path, parent != ".", entry(at: parent) == nil {
            try createDirectory(parent, mode: mode)
        }
        if mkdir(path, mode_t(mode)) != 0 && errno != EEXIST { throw Self.error(errno, path) }
    }

    public func list(_ directory: String) throws(FileError) -> [String] {
        guard let dir = opendir(directory) else { throw Self.error(errno, directory) }
        defer { closedir(dir) }
        var names: [String] = []
        while let ent = readdir(dir) {
            let name = withUnsafePointer(to: ent.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    public func removeLeftovers(besides path: String) {
        let directory = Path.parent(path)
        let prefix = "." + Path.base(path) + ".tmp-"
        guard let names = try? list(directory) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)) else { continue }
            // A writer still running keeps its file; a dead one's is debris.
            if pid == getpid() || (kill(pid, 0) != 0 && errno == ESRCH) {
                unlink(directory + "/" + name)
            }
        }
    }

    public func remove(_ path: String) throws(FileError) {
        if unlink(path) != 0 && errno != ENOENT { throw Self.error(errno, path) }
    }

    static func error(_ code: Int32, _ path: String) -> FileError {
        let kind: FileError.Kind
        switch code {
        case ENOENT: kind = .notFound
        case EEXIST: kind = .exists
        case EACCES, EPERM: kind = .permissionDenied
        case EROFS: kind = .readOnly
        case ELOOP: kind = .isSymlink
        case EISDIR: kind = .isDirectory
        case ENOSPC, EDQUOT: kind = .noSpace
        default: kind = .other
        }
        return FileError(kind: kind, path: path, detail: String(cString: strerror(code)))
    }
}
