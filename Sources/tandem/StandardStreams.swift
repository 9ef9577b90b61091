#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The three standard streams as the run found them. One that was closed is
/// opened again on /dev/null, so no file Tandem opens later takes its number
/// (an error message would then land in a session file), and a write to it
/// fails with EBADF as it would have.
struct StandardStreams {
    let closed: Set<Int32>

    static func claim() -> StandardStreams {
        var closed = Set<Int32>()
        for fd: Int32 in 0...2 where fcntl(fd, F_GETFD) < 0 && errno == EBADF {
            closed.insert(fd)
            let null = open("/dev/null", O_RDWR)
            if null >= 0, null != fd {
                dup2(null, fd)
                Glibc.close(null)
            }
        }
        return StandardStreams(closed: closed)
    }

    func send(_ bytes: [UInt8], to fd: Int32) -> Int32? {
        if closed.contains(fd) { return EBADF }
        return POSIXStream.send(bytes, to: fd)
    }

    @discardableResult
    func write(_ bytes: [UInt8], to fd: Int32) -> Bool {
        send(bytes, to: fd) == nil
    }

    func isTerminal(_ fd: Int32) -> Bool {
        !closed.contains(fd) && isatty(fd) == 1
    }
}
