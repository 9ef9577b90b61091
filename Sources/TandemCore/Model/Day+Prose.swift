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

    /// Whether `text` starts and ends with a pair of quotation marks of one kind.
    static func isQuoted(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last, text.unicodeScalars.count > 1
        else { return false }
        let pairs: [(Unicode.Scalar, Unicode.Scalar)] = [
            ("\u{AB}", "\u{BB}"), ("\"", "\""), ("\u{201C}", "\u{201D}"), ("\u{2018}", "\u{2019}"), ("'", "'"),
        ]
        return pairs.contains { $0.0 == first && $0.1 == last }
    }
}
