import Foundation
import TandemShell

/// stdout and stderr. Output is buffered in script mode and flushed before
/// anything goes to stderr, so the two never come out of order.
final class StandardSink: OutputSink {
    private var buffer: [UInt8] = []
    private let buffered: Bool

    init(buffered: Bool) {
        self.buffered = buffered
    }

    func write(_ text: String, stream: TandemShell.Stream) {
        switch stream {
        case .output:
            buffer.append(contentsOf: text.utf8)
            if !buffered || buffer.count > 1 << 16 { flush() }
        case .error:
            flush()
            POSIXStream.write(text, to: 2)
        }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        POSIXStream.write(buffer, to: 1)
        buffer.removeAll(keepingCapacity: true)
    }
}
