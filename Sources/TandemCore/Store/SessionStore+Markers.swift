import FoundationEssentials

/// Which processes have a session open: beside the session, one marker file
/// per process (`.NAME.json.open-PID`), locked by it for as long as it has the
/// session open. A marker nobody holds was left by a process that ended: it is
/// ignored and removed. Markers are advisory; nothing is refused because of one.
extension SessionStore {
    func markerPrefix(of name: String) -> String {
        "." + name + ".json.open-"
    }

    /// Marks `name` as open by this process until `unmark`; nil when the
    /// directory does not allow it (nothing depends on the marker).
    public func markOpen(_ name: String) -> FileLock? {
        let path = directory + "/" + markerPrefix(of: name) + String(ProcessInfo.processInfo.processIdentifier)
        // Another process may be checking the new marker at the instant it is
        // made, before it is locked: it is made again then.
        for _ in 0..<5 {
            do {
                if let held = try fs.lock(path, exclusive: true, wait: false) { return held }
            } catch {
                return nil
            }
        }
        return nil
    }

    public func unmark(_ marker: FileLock) {
        fs.unlock(marker, removing: true)
    }

    /// The other processes that have `name` open now, by process id; markers
    /// left by processes that ended are removed.
    public func holders(of name: String) -> [Int32] {
        let prefix = markerPrefix(of: name)
        guard let files = try? fs.list(directory) else { return [] }
        let me = ProcessInfo.processInfo.processIdentifier
        var pids: [Int32] = []
        for file in files where file.hasPrefix(prefix) {
            guard let pid = Int32(file.dropFirst(prefix.count)), pid > 0, pid != me else { continue }
            do {
                if let stale = try fs.lock(directory + "/" + file, exclusive: true, wait: false) {
                    fs.unlock(stale, removing: true)
                } else {
                    pids.append(pid)
                }
            } catch {
                continue  // cannot be told (a read-only directory): not said
            }
        }
        return pids.sorted()
    }
}
