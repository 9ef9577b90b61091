// libFuzzer target: the prompt-file parser reads any bytes (UTF-8 or not),
// reports errors with a line number within the file, never traps, and the
// table it builds finds every key it holds with the text it lists for it.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPrompts(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var table = PromptTable()
    do {
        try PromptFile.parse(bytes, file: "fuzz.prompts", into: &table)
        let listed = table.entries(withKeyPrefixes: [""])
        if listed.count != table.count { fatalError("\(listed.count) entries listed, \(table.count) held") }
        for (key, value) in listed {
            if table[key] != value { fatalError("the lookup of \(key) disagrees with the listing") }
            _ = PromptCatalog.fill(value, ["name": "x"])
        }
        if table.contains("not a key: spaces") { fatalError("a key with spaces was found") }
    } catch {
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count
        if error.line < 1 || error.line > max(lines, 1) { fatalError("error line \(error.line) outside 1...\(lines)") }
    }
    return 0
}
