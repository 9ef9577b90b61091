#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Advisory locks with `flock`: held by an open descriptor, let go when it is
/// closed or the process ends (a dead holder never blocks anyone).
extension POSIXFileSystem {
    public func lock(_ path: String, exclusive: Bool, wait: Bool) throws(FileError) -> FileLock? {
        let operation = (exclusive ? LOCK_EX : LOCK_SH) | (wait ? 0 : LOCK_NB)
        while true {
            // flock needs no write access: a marker another can only read is still checked.
            let fd = open(path, O_RDONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, mode_t(0o600))
            guard fd >= 0 else { throw Self.error(errno, path) }
            var locked = flock(fd, operation)
            while locked != 0 && errno == EINTR { locked = flock(fd, operation) }
            if locked != 0 {
                let code = errno
                close(fd)
                if code == EWOULDBLOCK { return nil }
                throw Self.error(code, path)
            }
            // The holder before may have removed the file as it let go: the lock
            // counts only if `path` still names the file locked.
            var held = stat()
            var named = stat()
            if fstat(fd, &held) == 0, lstat(path, &named) == 0, held.st_dev == named.st_dev,
                held.st_ino == named.st_ino
            {
                return FileLock(path: path, descriptor: fd)
            }
            close(fd)
        }
    }

    public func unlock(_ lock: FileLock, removing: Bool) {
        if removing { unlink(lock.path) }
        close(lock.descriptor)
    }
}
