extension Array where Element: Identifiable, Element.ID == String {
    /// The item with `id`, found without a scan in the usual case: ids are
    /// handed out in order (`p12` is the twelfth partner added), so the item
    /// sits at that index unless some were removed; then every item is looked at.
    /// Keeps lookups by id constant-time, so views stay linear in the items.
    public func withID(_ id: String) -> Element? {
        guard let guess = Self.guessedIndex(id) else { return first { $0.id == id } }
        // Removals shift items to lower indices: look back from the guess, then on past it (a hand-edited order).
        let start = Swift.min(guess, count - 1)
        if start >= 0 {
            for index in Swift.stride(from: start, through: 0, by: -1) where self[index].id == id { return self[index] }
        }
        return self[(start + 1)...].first { $0.id == id }  // start is at least -1
    }

    /// Whether an item has `id`.
    public func hasID(_ id: String) -> Bool { withID(id) != nil }

    /// The number an id ends with, less one: `r12` → 11.
    private static func guessedIndex(_ id: String) -> Int? {
        let digits = id.utf8.reversed().prefix { $0 >= 48 && $0 <= 57 }
        guard !digits.isEmpty, digits.count <= 9, digits.count < id.utf8.count else { return nil }
        var number = 0
        for digit in digits.reversed() { number = number * 10 + Int(digit - 48) }
        return number - 1
    }
}
