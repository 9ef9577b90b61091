#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads and writes file descriptors with `read`/`write`, so an I/O error
/// (a closed stream, a full disk, a hung-up terminal) is a return value, never
/// a trap as with Foundation's legacy `FileHandle.write(_:)` and
/// `readDataToEndOfFile()`.
enum POSIXStream {
    /// Writes all of `bytes`; false when the stream refused them.
    @discardableResult
    static func write(_ bytes: [UInt8], to fd: Int32) -> Bool {
        send(bytes, to: fd) == nil
    }

    /// Writes all of `bytes`; the errno when the stream refused them (EPIPE, EBADF, ENOSPC, EIO…).
    static func send(_ bytes: [UInt8], to fd: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                Glibc.write(fd, raw.baseAddress.map { $0 + offset }, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if written == 0 { return EIO }
            offset += written
        }
        return nil
    }

    @discardableResult
    static func write(_ text: String, to fd: Int32) -> Bool {
        write(Array(text.utf8), to: fd)
    }

    /// Everything until the end of the stream, or nil when reading failed (a directory, an I/O error).
    static func readAll(_ fd: Int32) -> [UInt8]? {
        try? readScript(fd).get()
    }

    /// The longest script read: far beyond any real one, well within memory.
    static let maxScriptBytes = 256 * 1024 * 1024

    /// A script until the end of the stream; refused when it starts with a
    /// NUL byte (`/dev/zero`, `/dev/full`, a binary) or passes `maxScriptBytes`,
    /// so an endless stream never fills memory.
    static func readScript(_ fd: Int32) -> Result<[UInt8], ReadFailure> {
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count == 0 { return .success(data) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(errno == EISDIR ? .directory : .failed)
            }
            // No text starts with NUL; an endless zero stream does. A NUL later is a line's error.
            if data.isEmpty, chunk[0] == 0 { return .failure(.binary(offset: 0)) }
            if data.count + count > maxScriptBytes { return .failure(.tooLarge) }
            data.append(contentsOf: chunk[..<count])
        }
    }

    /// Why a script path cannot be read.
    enum ReadFailure: Error {
        case missing, directory, notReadable, neverOpened, failed, tooLarge
        case binary(offset: Int)
    }

    /// The whole file at `path` (a regular file, a pipe, `<(command)`). A
    /// named pipe no writer opens within `patience` seconds is refused rather
    /// than waited on forever.
    static func readFile(_ path: String, patience: Int32 = 5) -> Result<[UInt8], ReadFailure> {
        var st = stat()
        guard stat(path, &st) == 0 else {
            return .failure(errno == ENOENT || errno == ENOTDIR ? .missing : .notReadable)
        }
        if st.st_mode & S_IFMT == S_IFDIR { return .failure(.directory) }
        let isFIFO = st.st_mode & S_IFMT == S_IFIFO
        let fd = open(path, O_RDONLY | O_CLOEXEC | (isFIFO ? O_NONBLOCK : 0))
        guard fd >= 0 else { return .failure(errno == ENOENT ? .missing : .notReadable) }
        defer { close(fd) }
        var first: [UInt8] = []
        if isFIFO {
            // Opened without waiting for a writer. A read says whether one is
            // there (data, or EAGAIN) or not yet (0): then wait for one, bounded.
            var byte: UInt8 = 0
            var count: Int
            repeat { count = Glibc.read(fd, &byte, 1) } while count < 0 && errno == EINTR
            if count == 1 {
                first = [byte]
            } else if count == 0 {
                var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                var ready: Int32
                repeat { ready = poll(&poller, 1, patience * 1000) } while ready < 0 && errno == EINTR
                guard ready > 0 else { return .failure(.neverOpened) }
            } else if errno != EAGAIN {
                return .failure(.failed)
            }
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        }
        return readScript(fd).map { first + $0 }
    }
}
