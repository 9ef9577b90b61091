/// The catalogue in one language, with the small helpers every analysis
/// sentence needs (lists, decimals, day counts, names from ids), so the
/// shell's views and the exported documents word findings the same way.
public struct Wording: Sendable {
    public let catalog: PromptCatalog
    public let language: Language

    public init(catalog: PromptCatalog, language: Language) {
        self.catalog = catalog
        self.language = language
    }

    /// The text of `key` with its placeholders filled.
    public func callAsFunction(_ key: String, _ arguments: [String: String] = [:]) -> String {
        catalog.text(key, language, arguments)
    }

    /// "Zoé", "Zoé and Marc", "Zoé, Marc and Léa".
    public func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        return items.dropLast().joined(separator: ", ") + " " + self("offer.and") + " " + last
    }

    /// The separator between longer list items ("; ").
    public var separator: String { self("offer.separator") }

    /// 35 gives "3.5" (or "3,5" in French).
    public func tenths(_ tenths: Int) -> String {
        String(tenths / 10) + self("health.decimal") + String(tenths % 10)
    }

    /// "today", "1 day", "12 days".
    public func days(_ days: Int) -> String {
        days == 0 ? self("phase.today") : self(days == 1 ? "phase.day" : "phase.days", ["count": String(days)])
    }

    /// The label of a value word ("euphoria" → "Euphorie").
    public func label<V: ValueWord>(_ value: V) -> String {
        self(value.labelKey)
    }
}

extension Session {
    /// A partner's name from their id, or the id when the partner is gone.
    public func partnerName(_ id: String) -> String {
        partner(withID: id)?.name ?? id
    }

    public func needName(_ id: String) -> String {
        self.needs.withID(id)?.name ?? id
    }

    public func stageName(_ id: String) -> String {
        self.stages.withID(id)?.name ?? id
    }

    /// Partners are friends or family: hard things are harder to say.
    public var partnersAreClose: Bool {
        switch self.context.relationship {
        case .friends?, .family?: return true
        case .distant?, .acquaintances?, nil: return false
        }
    }
}
