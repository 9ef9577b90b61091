#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

import CEditLine
import TandemShell

/// Lines typed at a terminal when libedit cannot be loaded: the terminal's
/// own line editing (erase, kill), no history, no Tab completion. Ctrl-C
/// drops the line, Ctrl-D on an empty line ends, as with libedit (after some
/// text, the terminal hands that text over and waits; a second Ctrl-D sends it
/// as a line).
final class PlainTerminalSource: LineSource {
    /// Where the prompt goes: stdout, or stderr when stdout is not a terminal.
    private let terminal: Int32
    private let decoder: TextConverter?
    private let encoder: TextConverter?
    /// Bytes read past the last line end (a pasted block arrives in one read).
    private var pending: [UInt8] = []

    init(terminal: Int32, encoding: String?) {
        self.terminal = terminal
        decoder = encoding.flatMap { TextConverter(from: $0, to: "UTF-8") }
        encoder = encoding.flatMap { TextConverter(from: "UTF-8", to: $0 + "//TRANSLIT") }
        EditLineSource.catchInterrupts()
    }

    var location: String? { nil }

    func readLine(prompt: String) -> LineEvent {
        let shown = Array(prompt.utf8)
        POSIXStream.write(encoder?.convert(shown) ?? shown, to: terminal)
        _ = tandem_take_sigint()
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            if let end = pending.firstIndex(of: 0x0A) {
                let bytes = Array(pending[..<end])
                pending.removeSubrange(...end)
                return EditLineSource.decode(bytes, with: decoder)
            }
            let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count > 0 {
                pending += chunk[..<count]
                continue
            }
            if count < 0, errno == EINTR {
                guard tandem_take_sigint() != 0 else { continue }
                pending.removeAll()
                POSIXStream.write("\n", to: terminal)
                return .interrupt
            }
            // End of input (Ctrl-D on an empty line, or a closed stream): text read before it is a line.
            guard count == 0, !pending.isEmpty else { return .end }
            let bytes = pending
            pending.removeAll()
            POSIXStream.write("\n", to: terminal)
            return EditLineSource.decode(bytes, with: decoder)
        }
    }
}
