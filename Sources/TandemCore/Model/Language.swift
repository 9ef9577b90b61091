/// The two languages Tandem speaks; every user-visible text exists in both.
public enum Language: String, Codable, CaseIterable, Sendable {
    case en
    case fr

    /// Chooses a language from a locale-like value: `fr*` means French, anything else English.
    public static func fromLocale(_ value: String?) -> Language? {
        guard let value, !value.isEmpty else { return nil }
        return value.lowercased().hasPrefix("fr") ? .fr : .en
    }
}
