// libFuzzer target: the session decoder refuses bad files with an error and
// never traps; what it accepts re-encodes and decodes to the same session.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecoder(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let session = try? SessionCodec.decode(bytes, file: "fuzz.json") else { return 0 }
    guard let encoded = try? SessionCodec.encode(session),
        let again = try? SessionCodec.decode(encoded, file: "again.json"),
        again == session
    else { fatalError("an accepted session does not round-trip") }
    return 0
}
