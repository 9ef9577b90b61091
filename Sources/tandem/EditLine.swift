import CEditLine
import Foundation
import TandemCore
import TandemShell

/// Lines typed at a terminal through libedit: emacs keys, `~/.editrc`, Tab
/// completion from the shell, Ctrl-C and Ctrl-D, and a history file appended
/// as each line is entered. The only file that talks to libedit.
final class EditLineSource: LineSource {
    /// Marks the start and end of escape sequences in the prompt, so libedit counts columns right.
    private static let promptMarker: CChar = 1

    private let editor: OpaquePointer
    private let history: OpaquePointer
    private let completer: (String) -> Completion
    private var promptBytes: [CChar] = [0]
    private let historyFile: HistoryFile?

    init(historyPath: String?, warn: (String) -> Void, complete: @escaping (String) -> Completion) {
        completer = complete
        history = history_init()
        tandem_history_setsize(history, Int32(HistoryFile.limit))
        tandem_history_setunique(history, 1)
        editor = el_init(CommandLine.arguments.first ?? "tandem", tandem_stdin(), tandem_stdout(), tandem_stderr())
        tandem_el_editor(editor, "emacs")
        tandem_el_signal(editor, 1)
        tandem_el_history(editor, history)
        historyFile = historyPath.map { HistoryFile(path: $0) }
        tandem_el_set_clientdata(editor, Unmanaged.passUnretained(self).toOpaque())
        tandem_el_prompt_esc(
            editor,
            { el in
                guard let el, let data = tandem_el_clientdata(el) else { return nil }
                let source = Unmanaged<EditLineSource>.fromOpaque(data).takeUnretainedValue()
                return source.promptBytes.withUnsafeMutableBufferPointer { $0.baseAddress }
            }, Self.promptMarker)
        tandem_el_addfn(
            editor, "tandem-complete", "Complete the word before the cursor",
            { el, _ in
                guard let el, let data = tandem_el_clientdata(el) else { return UInt8(CC_ERROR) }
                return Unmanaged<EditLineSource>.fromOpaque(data).takeUnretainedValue().completeAtCursor()
            })
        tandem_el_bind(editor, "^I", "tandem-complete")
        el_source(editor, nil)
        tandem_install_sigint()
        if let historyFile {
            switch historyFile.load(into: history) {
            case .loaded, .absent: break
            case .unreadable: warn(historyFile.path)
            }
        }
    }

    deinit {
        el_end(editor)
        history_end(history)
    }

    var location: String? { nil }

    func readLine(prompt: String) -> LineEvent {
        promptBytes = Array(Self.markEscapes(prompt).utf8CString)
        _ = tandem_take_sigint()
        var count: Int32 = 0
        guard let raw = el_gets(editor, &count) else {
            if count < 0 || tandem_take_sigint() != 0 {
                POSIXStream.write("\n", to: 1)
                return .interrupt
            }
            return .end
        }
        var line = String(cString: raw)
        if line.hasSuffix("\n") { line.removeLast() }
        if tandem_take_sigint() != 0 { return .interrupt }
        return .line(line)
    }

    func accepted(_ line: String) {
        tandem_history_enter(history, line)
        historyFile?.append(line)
    }

    /// Trims the history file to its size limit; called once when leaving.
    func close() {
        historyFile?.trim()
    }

    private func completeAtCursor() -> UInt8 {
        guard let info = el_line(editor) else { return UInt8(CC_ERROR) }
        let length = info.pointee.cursor - info.pointee.buffer
        let bytes = UnsafeRawBufferPointer(start: info.pointee.buffer, count: max(0, length))
        let before = String(decoding: bytes, as: UTF8.self)
        let completion = completer(before)
        if let insertion = completion.insertion {
            el_deletestr(editor, Int32(completion.replaceCount))
            el_insertstr(editor, insertion)
            return UInt8(CC_REFRESH)
        }
        guard !completion.candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        POSIXStream.write("\n" + Self.columns(completion.candidates) + "\n", to: 1)
        return UInt8(CC_REDISPLAY)
    }

    /// Candidates laid out in columns across an 80-column line.
    static func columns(_ words: [String]) -> String {
        let safe = words.map { $0.inert }
        let width = (safe.map(\.count).max() ?? 0) + 2
        let perLine = max(1, 80 / width)
        var out = ""
        for (index, word) in safe.enumerated() {
            out += word
            if index % perLine == perLine - 1 || index == safe.count - 1 {
                out += "\n"
            } else {
                out += String(repeating: " ", count: width - word.count)
            }
        }
        return String(out.dropLast())
    }

    /// Wraps each ANSI escape sequence in the prompt between two markers.
    static func markEscapes(_ prompt: String) -> String {
        let marker = Character(Unicode.Scalar(UInt8(promptMarker)))
        var out = ""
        var inEscape = false
        for ch in prompt {
            if ch == "\u{1B}" {
                out.append(marker)
                inEscape = true
            }
            out.append(ch)
            if inEscape, ch.isLetter {
                out.append(marker)
                inEscape = false
            }
        }
        return out
    }
}

/// The history file: private, appended one entry at a time in libedit's own
/// format, trimmed at exit, and never touched when libedit cannot read it.
final class HistoryFile {
    static let limit = 1000
    private static let header = "_HiStOrY_V2_\n"

    enum LoadResult { case loaded, absent, unreadable }

    let path: String
    private var writable = true

    init(path: String) {
        self.path = path
    }

    func load(into history: OpaquePointer) -> LoadResult {
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
        guard lstat(path, &st) == 0 else { return .absent }
        guard st.st_mode & S_IFMT == S_IFREG, st.st_size == 0 || tandem_history_load(history, path) >= 0 else {
            writable = false
            return .unreadable
        }
        chmod(path, 0o600)
        return .loaded
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
        guard fd >= 0 else { return }
        defer { Glibc.close(fd) }
        var st = stat()
        if fstat(fd, &st) == 0, st.st_size > 0, encoded.starts(with: Array(Self.header.utf8)) {
            encoded.removeFirst(Self.header.utf8.count)
        }
        _ = encoded.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    }

    /// Keeps the newest `limit` entries, rewriting the file atomically only when it is longer.
    func trim() {
        guard writable, let data = FileManager.default.contents(atPath: path) else { return }
        let entries = data.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } - 1
        guard entries > Self.limit else { return }
        let fresh = history_init()
        defer { history_end(fresh) }
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
