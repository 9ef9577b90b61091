#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

import FoundationEssentials
import TandemShell

/// stdout and stderr. Output is buffered in script mode and flushed before
/// anything goes to stderr, so the two never come out of order. The first
/// write stdout refuses (a broken pipe, a full disk, a closed or hung-up
/// stream) is kept: nothing more goes there, and the run stops at the next line.
final class StandardSink: OutputSink {
    private var buffer: [UInt8] = []
    private let buffered: Bool
    private let streams: StandardStreams
    /// Turns UTF-8 into the terminal's encoding, when it is not UTF-8.
    private let encoder: TextConverter?
    /// The errno of the write stdout refused, if one did.
    private(set) var outputFailure: Int32?

    init(buffered: Bool, streams: StandardStreams, encoder: TextConverter? = nil) {
        self.buffered = buffered
        self.streams = streams
        self.encoder = encoder
    }

    func write(_ text: String, stream: TandemShell.Stream) {
        switch stream {
        case .output:
            guard outputFailure == nil else { return }
            buffer.append(contentsOf: encoded(text))
            if !buffered || buffer.count > 1 << 16 { flush() }
        case .error:
            flush()
            streams.write(encoded(text), to: 2)
        }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        if outputFailure == nil { outputFailure = streams.send(buffer, to: 1) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func encoded(_ text: String) -> [UInt8] {
        guard let encoder else { return Array(text.utf8) }
        return encoder.convert(Array(text.utf8)) ?? Array(text.utf8)
    }
}
