import TandemCore

/// Why a command failed; `Shell+Messages` words each case from the prompt catalogue.
public enum ShellError: Error, Sendable {
    /// A message from the catalogue, with its placeholders.
    case message(String, [String: String] = [:])
    /// Wrong arguments: print the usage of the command ("risk") or of one form ("risk rate").
    case usage(String)
    case unknownCommand(String, suggestion: String?)
    case noSession
    case session(SessionError)
    case store(StoreError)
    case tokenize(Lexer.Failure)
}
