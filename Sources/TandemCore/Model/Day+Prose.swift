extension Day {
    /// The day in running text — "1 March 2027", « 1er mars 2027 » — with `text` giving the catalogue's
    /// words: the form (`date.long`), the first of the month (`date.day.first`) and the month names
    /// (`date.month.1`…`12`) come from Prompts. Tables, charts' data and JSON keep `description` (ISO).
    public func prose(_ text: (String, [String: String]) -> String) -> String {
        let number = day == 1 ? text("date.day.first", [:]) : String(day)
        return text(
            "date.long", ["day": number, "month": text("date.month." + String(month), [:]), "year": String(year)])
    }

    /// The day in running text in the wording's language.
    public func prose(_ t: Wording) -> String {
        prose { t($0, $1) }
    }
}

extension Wording {
    /// A day written in a sentence (see `Day.prose`).
    public func date(_ day: Day) -> String { day.prose(self) }

    /// A text in the language's quotation marks (`quote`): "text", « text »;
    /// a text typed already between quotation marks (`« on verra »`) is shown
    /// as typed, not quoted twice.
    public func quoted(_ text: String) -> String {
        Self.isQuoted(text) ? text : self("quote", ["text": text])
    }

    /// A text in the language's quotation marks, cut to `length` characters:
    /// one typed between marks loses them first, so a cut never quotes it twice.
    public func quoted(_ text: String, cutTo length: Int) -> String {
        let inner = Self.isQuoted(text) ? String(text.dropFirst().dropLast()).trimmingWhitespace : text
        let cut = inner.truncated(to: length)
        return cut == inner && Self.isQuoted(text) ? text : self("quote", ["text": cut])
    }

    /// Whether `text` is one quoted string: it starts and ends with a pair of
    /// quotation marks of one kind, and holds no other mark of that pair
    /// (`"a" or "b"` is two quoted words, not one quoted text).
    static func isQuoted(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last, scalars.count > 1 else { return false }
        let pairs: [(Unicode.Scalar, Unicode.Scalar)] = [
            ("\u{AB}", "\u{BB}"), ("\"", "\""), ("\u{201C}", "\u{201D}"), ("\u{2018}", "\u{2019}"), ("'", "'"),
        ]
        guard let pair = pairs.first(where: { $0.0 == first && $0.1 == last }) else { return false }
        let inside = scalars.dropFirst().dropLast()
        return !inside.contains(pair.0) && !inside.contains(pair.1)
    }
}
