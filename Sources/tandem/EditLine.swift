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

    /// Nil when libedit cannot be loaded or set up (`loadFailure` says why):
    /// the caller then reads plain lines. `encoding` is the terminal's
    /// character set when it is not UTF-8 (the C library's locale decodes
    /// keys in it; lines are converted to UTF-8).
    init?(
        historyPath: String?, terminal: Int32, encoding: String?, warn: @escaping (HistoryFile.Problem) -> Void,
        complete: @escaping (String) -> Completion
    ) {
        guard tandem_editline_load() == 0, let history = tandem_history_init() else { return nil }
        guard
            let editor = tandem_el_init(
                CommandLine.arguments.first ?? "tandem", tandem_stdin(),
                terminal == 1 ? tandem_stdout() : tandem_stderr(), tandem_stderr())
        else {
            tandem_history_end(history)
            return nil
        }
        self.history = history
        self.editor = editor
        completer = complete
        self.terminal = terminal
        decoder = encoding.flatMap { TextConverter(from: $0, to: "UTF-8") }
        encoder = encoding.flatMap { TextConverter(from: "UTF-8", to: $0 + "//TRANSLIT") }
        tandem_history_setsize(history, Int32(HistoryFile.limit))
        tandem_history_setunique(history, 1)
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
        tandem_el_source(editor, nil)
        tandem_install_sigint()
        historyFile?.load(into: history)
    }

    deinit {
        tandem_el_end(editor)
        tandem_history_end(history)
    }

    /// Why libedit could not be loaded (the dynamic loader's message), or nil.
    static var loadFailure: String? {
        tandem_editline_load() == 0 ? nil : String(cString: tandem_editline_error())
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
        guard let raw = tandem_el_gets(editor, &count) else {
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
        return Self.decode(bytes, with: decoder)
    }

    /// A typed line converted from the terminal's encoding, or refused whole: never a byte dropped.
    static func decode(_ bytes: [UInt8], with decoder: TextConverter?) -> LineEvent {
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
        guard let info = tandem_el_line(editor) else { return UInt8(CC_ERROR) }
        let length = info.pointee.cursor - info.pointee.buffer
        let bytes = UnsafeRawBufferPointer(start: info.pointee.buffer, count: max(0, length))
        let typed = Array(bytes)
        let before = String(decoding: decoder?.convert(typed) ?? typed, as: UTF8.self)
        let completion = completer(before)
        if let insertion = completion.insertion {
            tandem_el_deletestr(editor, Int32(completion.replaceCount))
            let inserted = toTerminal(insertion).map { CChar(bitPattern: $0) } + [0]
            _ = inserted.withUnsafeBufferPointer { tandem_el_insertstr(editor, $0.baseAddress) }
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
