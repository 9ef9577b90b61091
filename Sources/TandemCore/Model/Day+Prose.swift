extension Day {
    /// The day in running text — "1 March 2027", « 1er mars 2027 » — in the wording's language: the form
    /// (`date.long`), the first of the month (`date.day.first`) and the month names (`date.month.1`…`12`)
    /// come from Prompts. Tables, charts' data and JSON keep `description` (ISO `YYYY-MM-DD`).
    public func prose(_ t: Wording) -> String {
        let number = day == 1 ? t("date.day.first") : String(day)
        return t("date.long", ["day": number, "month": t("date.month." + String(month)), "year": String(year)])
    }
}

extension Wording {
    /// A day written in a sentence (see `Day.prose`).
    public func date(_ day: Day) -> String { day.prose(self) }
}
