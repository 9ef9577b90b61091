#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One iconv conversion (the terminal's encoding to UTF-8, or back). A byte
/// sequence it cannot convert is a nil result, never bytes dropped.
final class TextConverter {
    private let descriptor: iconv_t

    /// The conversion, or nil when iconv does not know one of the encodings.
    init?(from source: String, to target: String) {
        let descriptor = iconv_open(target, source)
        guard let descriptor, descriptor != iconv_t(bitPattern: -1) else { return nil }
        self.descriptor = descriptor
    }

    deinit {
        iconv_close(descriptor)
    }

    func convert(_ bytes: [UInt8]) -> [UInt8]? {
        guard !bytes.isEmpty else { return [] }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 4 + 16)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress
                var outPointer = outBuffer.baseAddress
                var inLeft = inBuffer.count
                var outLeft = outBuffer.count
                _ = iconv(descriptor, nil, nil, nil, nil)  // a fresh shift state
                let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                guard result != -1, inLeft == 0 else { return nil }
                // Return to the initial shift state (stateful encodings).
                guard iconv(descriptor, nil, nil, &outPointer, &outLeft) != -1 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let produced else { return nil }
        return output[..<produced].map { UInt8(bitPattern: $0) }
    }

    /// The encoding of the C library's current character type locale (`ISO-8859-1`, `UTF-8`).
    static var localeCodeset: String {
        String(cString: nl_langinfo(nl_item(CODESET)))
    }

    /// True for UTF-8 and for plain ASCII (the C locale), which Tandem reads as UTF-8.
    static func isUTF8Compatible(_ codeset: String) -> Bool {
        let name = codeset.uppercased()
        return name == "UTF-8" || name == "UTF8" || name == "ANSI_X3.4-1968" || name == "ASCII"
    }
}
