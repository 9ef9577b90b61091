#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

import FoundationEssentials
import TandemCore

/// Where Tandem finds its prompts and keeps sessions and history.
struct Locations {
    let environment: Environment

    var home: String {
        if let home = environment["HOME"], home.hasPrefix("/") { return home }
        // The account's home directory, as NSHomeDirectory gave it.
        return getpwuid(getuid()).flatMap { $0.pointee.pw_dir.map { String(cString: $0) } } ?? "/"
    }

    /// `--sessions`, `$TANDEM_SESSIONS`, `./Sessions` when it exists, then the XDG data directory.
    func sessionsDirectory(option: String?) -> String {
        if let option, !option.isEmpty { return option }
        if let env = environment["TANDEM_SESSIONS"], !env.isEmpty { return env }
        if Self.isDirectory("Sessions") {
            return "Sessions"
        }
        return xdg("XDG_DATA_HOME", fallback: ".local/share") + "/tandem/sessions"
    }

    /// `$TANDEM_HISTORY`, else the XDG state directory.
    func historyFile() -> String {
        if let env = environment["TANDEM_HISTORY"], !env.isEmpty { return env }
        return xdg("XDG_STATE_HOME", fallback: ".local/state") + "/tandem/history"
    }

    /// `--prompts`, `$TANDEM_PROMPTS`, beside the executable (repository or
    /// installed `share/tandem/Prompts`), then `./Prompts`.
    func promptsDirectory(option: String?) -> String {
        if let option, !option.isEmpty { return option }
        if let env = environment["TANDEM_PROMPTS"], !env.isEmpty { return env }
        if let executable = Self.executablePath() {
            var directory = Path.parent(executable)
            for _ in 0..<4 {
                for candidate in [directory + "/Prompts", directory + "/share/tandem/Prompts"]
                where Self.isPromptsDirectory(candidate) {
                    return candidate
                }
                directory = Path.parent(directory)
            }
        }
        return "Prompts"
    }

    private func xdg(_ variable: String, fallback: String) -> String {
        if let value = environment[variable], value.hasPrefix("/") { return value }
        return home + "/" + fallback
    }

    private static func isPromptsDirectory(_ path: String) -> Bool {
        isDirectory(path + "/en")
    }

    /// True when `path` names a directory (or a link to one).
    private static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    private static func executablePath() -> String? {
        // Linux names the running executable /proc/self/exe, a link to its
        // resolved path (one readlink; realpath(3) would read every component).
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if count > 0, count < buffer.count - 1, buffer[0] == CChar(UInt8(ascii: "/")) {
            return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        return CommandLine.arguments.first.map(resolvingLinks)
    }

    /// The path with every symbolic link resolved (itself when it cannot be).
    private static func resolvingLinks(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
