// libFuzzer target: the prompt-file parser reports errors with a line number
// and never traps.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPrompts(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }
    do {
        let entries = try PromptFile.parse(text, file: "fuzz.prompts")
        for (_, value) in entries { _ = PromptCatalog.fill(value, ["name": "x"]) }
    } catch {
        let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).count
        if error.line < 1 || error.line > max(lines, 1) { fatalError("error line \(error.line) outside 1...\(lines)") }
    }
    return 0
}
