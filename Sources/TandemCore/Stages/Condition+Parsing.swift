extension Condition {
    /// Reads `TEXT`, `TEXT | MEASURE`, `TEXT | DATE` or `TEXT | MEASURE | DATE`:
    /// one line the coach can type in the guide or a script, giving the
    /// condition a way to check it and a date. The date is written as people
    /// type them (`2027-03-31`, `31/03/2027`, `+30`, `+2m`; see `Day(typed:today:)`).
    ///
    /// A part that looks like a date (digits with dashes, slashes or dots, or
    /// `+N` with a unit) must be a real one, so a typo in the date is refused
    /// rather than kept as a measure.
    public init(parsing line: String, today: Day) throws(SessionError) {
        let parts = line.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace }
        guard let text = parts.first, text.contains(where: { $0.isLetter || $0.isNumber }) else { throw .emptyName }
        guard parts.count <= 3 else { throw .invalidText(field: "stage.condition.text") }
        var measure = ""
        var due: Day?
        for part in parts.dropFirst() where !part.isEmpty {
            if Self.looksLikeDate(part) {
                guard due == nil, let day = Day(typed: part, today: today) else { throw .invalidDate(part) }
                due = day
            } else if measure.isEmpty {
                measure = part
            } else {
                throw .invalidText(field: "stage.condition.text")
            }
        }
        self.init(text: text, measure: measure, due: due)
    }

    /// Checkable when someone can tell whether it is met: it has a measure or a date.
    public var isCheckable: Bool { !measure.isEmpty || due != nil }

    static func looksLikeDate(_ text: String) -> Bool {
        if text.hasPrefix("+") {
            var rest = text.dropFirst().lowercased()
            if let last = rest.last, "dwjm".contains(last) { rest.removeLast() }
            return !rest.isEmpty && rest.allSatisfy { $0.isASCII && $0.isNumber }
        }
        return !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "-" || $0 == "/" || $0 == ".") }
            && text.contains(where: \.isNumber) && text.contains(where: { !$0.isNumber })
    }
}
