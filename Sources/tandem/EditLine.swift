#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

import CEditLine
import FoundationEssentials
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
    /// Where the prompt, the line being edited and Tab's candidates go: stdout,
    /// or stderr when stdout is not a terminal (`tandem | cat`), as Python's REPL does.
    private let terminal: Int32
    /// The terminal's encoding to UTF-8 and back, when it is not UTF-8.
    private let decoder: TextConverter?
    private let encoder: TextConverter?

    /// `encoding` is the terminal's character set when it is not UTF-8 (the
    /// C library's locale decodes keys in it; lines are converted to UTF-8).
    init(
        historyPath: String?, terminal: Int32, encoding: String?, warn: @escaping (HistoryFile.Problem) -> Void,
        complete: @escaping (String) -> Completion
    ) {
        completer = complete
        self.terminal = terminal
        decoder = encoding.flatMap { TextConverter(from: $0, to: "UTF-8") }
        encoder = encoding.flatMap { TextConverter(from: "UTF-8", to: $0 + "//TRANSLIT") }
        history = history_init()
        tandem_history_setsize(history, Int32(HistoryFile.limit))
        tandem_history_setunique(history, 1)
        editor = el_init(
            CommandLine.arguments.first ?? "tandem", tandem_stdin(), terminal == 1 ? tandem_stdout() : tandem_stderr(),
            tandem_stderr())
        tandem_el_editor(editor, "emacs")
        tandem_el_signal(editor, 1)
        tandem_el_history(editor, history)
        historyFile = historyPath.map { HistoryFile(path: $0, warn: warn) }
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
        historyFile?.load(into: history)
    }

    deinit {
        el_end(editor)
        history_end(history)
    }

    var location: String? { nil }

    /// Catches SIGINT (without SA_RESTART) so a long command can check
    /// `interruptPending`; a script run calls it, the editor does it itself.
    static func catchInterrupts() { _ = tandem_install_sigint() }

    /// Ctrl-C pressed since the last prompt (while a command runs); the next prompt takes it.
    static var interruptPending: Bool { tandem_peek_sigint() != 0 }

    func readLine(prompt: String) -> LineEvent {
        promptBytes = toTerminal(Self.markEscapes(prompt)).map { CChar(bitPattern: $0) } + [0]
        _ = tandem_take_sigint()
        var count: Int32 = 0
        guard let raw = el_gets(editor, &count) else {
            // Ctrl-C interrupts the read (EINTR); any other failure (a hung-up
            // terminal: EIO) ends input like Ctrl-D, so the shell saves and leaves.
            let failure = errno
            if tandem_take_sigint() != 0 || (count < 0 && failure == EINTR) {
                POSIXStream.write("\n", to: terminal)
                return .interrupt
            }
            return .end
        }
        var bytes = Array(UnsafeRawBufferPointer(start: raw, count: strlen(raw)))
        if bytes.last == 0x0A { bytes.removeLast() }
        if tandem_take_sigint() != 0 { return .interrupt }
        // Converted from the terminal's encoding, or refused whole: never a byte dropped.
        guard let utf8 = decoder.map({ $0.convert(bytes) }) ?? bytes,
            let line = String(validating: utf8, as: UTF8.self)
        else { return .undecodable }
        return .line(line)
    }

    func accepted(_ line: String) {
        // libedit shows history lines in the terminal's encoding; the file keeps UTF-8.
        let shown = toTerminal(line).map { CChar(bitPattern: $0) } + [0]
        _ = shown.withUnsafeBufferPointer { tandem_history_enter(history, $0.baseAddress) }
        historyFile?.append(line)
    }

    /// UTF-8 text as the terminal's encoding (characters it lacks transliterated).
    private func toTerminal(_ text: String) -> [UInt8] {
        let bytes = Array(text.utf8)
        return encoder?.convert(bytes) ?? bytes
    }

    /// Trims the history file to its size limit; called once when leaving.
    func close() {
        historyFile?.trim()
    }

    private func completeAtCursor() -> UInt8 {
        guard let info = el_line(editor) else { return UInt8(CC_ERROR) }
        let length = info.pointee.cursor - info.pointee.buffer
        let bytes = UnsafeRawBufferPointer(start: info.pointee.buffer, count: max(0, length))
        let typed = Array(bytes)
        let before = String(decoding: decoder?.convert(typed) ?? typed, as: UTF8.self)
        let completion = completer(before)
        if let insertion = completion.insertion {
            el_deletestr(editor, Int32(completion.replaceCount))
            let inserted = toTerminal(insertion).map { CChar(bitPattern: $0) } + [0]
            _ = inserted.withUnsafeBufferPointer { el_insertstr(editor, $0.baseAddress) }
            return UInt8(CC_REFRESH)
        }
        guard !completion.candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        POSIXStream.write(toTerminal("\n" + Self.columns(completion.candidates) + "\n"), to: terminal)
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
