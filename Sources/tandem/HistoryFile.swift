#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

import CEditLine
import FoundationEssentials
import TandemCore

/// The history file: private, appended one entry at a time in libedit's own
/// format, trimmed at exit, and never touched when libedit cannot read it.
/// When it cannot be written (a read-only HOME, a full disk) that is said once
/// and history stays off; an entry that could not be written whole is taken back.
final class HistoryFile {
    static let limit = 1000
    private static let header = "_HiStOrY_V2_\n"

    /// Why history is off, said once.
    enum Problem {
        /// libedit cannot read the file: left untouched.
        case unreadable(path: String)
        /// The file cannot be created or appended to (errno at start).
        case unwritable(path: String, errno: Int32)
        /// An append failed (errno): the entry was taken back and history stopped.
        case appendFailed(path: String, errno: Int32)
    }

    let path: String
    private let warn: (Problem) -> Void
    private var writable = true

    init(path: String, warn: @escaping (Problem) -> Void) {
        self.path = path
        self.warn = warn
    }

    func load(into history: OpaquePointer) {
        let directory = Path.parent(path)
        if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
            mkdir(directory, 0o700)
            let parent = Path.parent(directory)
            if !FileManager.default.fileExists(atPath: parent) {
                try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
                mkdir(directory, 0o700)
            }
        }
        removeLeftovers()
        var st = stat()
        if lstat(path, &st) == 0 {
            guard st.st_mode & S_IFMT == S_IFREG else { return refuse(.unreadable(path: path)) }
            dropPartialLastEntry()
            guard st.st_size == 0 || tandem_history_load(history, path) >= 0 else {
                return refuse(.unreadable(path: path))
            }
            chmod(path, 0o600)
        }
        // Can entries be added? Asked now (without creating the file), so a
        // read-only HOME is said at start, not never.
        var target = lstat(path, &st) == 0 ? path : (directory.isEmpty ? "." : directory)
        // A directory that could not be made: ask the nearest one that exists why.
        while target != "/", target != ".", lstat(target, &st) != 0 { target = Path.parent(target) }
        guard faccessat(AT_FDCWD, target, W_OK, AT_EACCESS) == 0 else {
            return refuse(.unwritable(path: path, errno: errno))
        }
    }

    private func refuse(_ problem: Problem) {
        writable = false
        warn(problem)
    }

    /// An entry a full disk cut short (no line end) would be glued to the next one: cut it off.
    private func dropPartialLastEntry() {
        let fd = open(path, O_RDWR | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { Glibc.close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size > 0 else { return }
        var last: UInt8 = 0
        guard pread(fd, &last, 1, st.st_size - 1) == 1, last != 0x0A else { return }
        // Find the last line end, reading backwards in chunks.
        var end = st.st_size
        var chunk = [UInt8](repeating: 0, count: 4096)
        while end > 0 {
            let start = max(0, end - chunk.count)
            let count = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, Int(end - start), start) }
            guard count > 0 else { return }
            if let newline = chunk[..<count].lastIndex(of: 0x0A) {
                _ = ftruncate(fd, start + newline + 1)
                return
            }
            end = start
        }
        _ = ftruncate(fd, 0)
    }

    /// Removes temporary files a shell killed while trimming left behind.
    private func removeLeftovers() {
        let directory = Path.parent(path)
        let prefix = Path.base(path) + ".tmp-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)) else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(directory + "/" + name) }
        }
    }

    func append(_ line: String) {
        guard writable else { return }
        var out: UnsafeMutablePointer<CChar>?
        var length = 0
        guard tandem_history_encode(line, &out, &length) >= 0, let out else { return }
        defer { free(out) }
        var encoded = Array(UnsafeRawBufferPointer(start: out, count: length))
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return refuse(.appendFailed(path: path, errno: errno)) }
        defer { Glibc.close(fd) }
        var st = stat()
        if fstat(fd, &st) == 0, st.st_size > 0, encoded.starts(with: Array(Self.header.utf8)) {
            encoded.removeFirst(Self.header.utf8.count)
        }
        var written = 0
        while written < encoded.count {
            let count = encoded.withUnsafeBytes { write(fd, $0.baseAddress.map { $0 + written }, $0.count - written) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                let failure = count < 0 ? errno : ENOSPC
                // Take back what part of the entry reached the file, if nothing came after it.
                let end = lseek(fd, 0, SEEK_CUR)
                if written > 0, end >= written, fstat(fd, &st) == 0, st.st_size == end {
                    _ = ftruncate(fd, end - off_t(written))
                }
                return refuse(.appendFailed(path: path, errno: failure))
            }
            written += count
        }
    }

    /// Keeps the newest `limit` entries, rewriting the file atomically only when it is longer.
    func trim() {
        guard writable, let data = FileManager.default.contents(atPath: path) else { return }
        let entries = data.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } - 1
        guard entries > Self.limit else { return }
        guard let fresh = tandem_history_init() else { return }
        defer { tandem_history_end(fresh) }
        tandem_history_setsize(fresh, Int32(Self.limit))
        guard tandem_history_load(fresh, path) >= 0 else { return }
        let temporary = path + ".tmp-" + String(getpid())
        guard tandem_history_save(fresh, temporary) >= 0 else {
            unlink(temporary)
            return
        }
        chmod(temporary, 0o600)
        if rename(temporary, path) != 0 { unlink(temporary) }
    }
}
