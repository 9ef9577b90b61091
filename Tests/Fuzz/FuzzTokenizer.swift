// libFuzzer target: the command tokenizer and the completion splitter must
// never trap, whatever bytes a user types or a script holds.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTokenizer(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let line = String(validating: bytes, as: UTF8.self) else { return 0 }
    if let commands = try? Tokenizer.commands(line) {
        // Quoting every word and tokenizing again must give the same words back.
        for words in commands {
            let requoted = words.map(Tokenizer.quote).joined(separator: " ")
            guard let again = try? Tokenizer.commands(requoted), again == [words] || (words.allSatisfy(\.isEmpty) && again.isEmpty)
            else { fatalError("quote round trip failed for \(words)") }
        }
    }
    _ = CompletionWords.split(line)
    return 0
}
