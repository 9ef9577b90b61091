/// A change the session refuses, worded by the shell from the prompt catalogue.
public enum SessionError: Error, Equatable, Sendable {
    case emptyName
    case invalidText(field: String)
    case partnerExists(String)
    case unknownPartner(String)
    case ambiguousPartner(String, [String])
}
