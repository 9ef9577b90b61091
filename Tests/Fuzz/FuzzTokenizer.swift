// libFuzzer target: the command lexer must never trap, whatever bytes a user
// types or a script holds, and quoting words must give the same words back.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTokenizer(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let line = String(validating: bytes, as: UTF8.self) else { return 0 }
    let lexed = Lexer.lex(line)
    if lexed.failure == nil {
        let words = lexed.tokens.map(\.text)
        let again = Lexer.lex(words.map(Lexer.quote).joined(separator: " "))
        guard again.failure == nil, again.tokens.map(\.text) == words else {
            fatalError("quote round trip failed for \(words)")
        }
        for token in lexed.tokens { _ = lexed.raw(token.range) }
    }
    _ = Lexer.commands(line)
    return 0
}
