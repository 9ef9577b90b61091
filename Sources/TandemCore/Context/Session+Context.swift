import FoundationEssentials

extension Session {
    /// What the partnership is for, as typed.
    public mutating func setPurpose(_ raw: String) throws(SessionError) {
        self.context.purpose = try TextRule.line.check(raw, field: "purpose")
    }

    /// The decision the proposal asks for, as typed; an empty text clears it (the next gate's is used).
    public mutating func setAsk(_ raw: String) throws(SessionError) {
        let text = raw.trimmingWhitespace
        self.context.ask = text.isEmpty ? nil : try TextRule.line.check(raw, field: "ask")
    }

    /// The picture of success the partners share, as typed.
    public mutating func setVision(_ raw: String) throws(SessionError) {
        self.context.vision = try TextRule.line.check(raw, field: "vision")
    }

    /// Retitles the session, as typed: a name's rule (one line, 200
    /// characters, nothing invisible), so two titles never print the same.
    /// The file keeps its name; `sessions` shows both.
    public mutating func setTitle(_ raw: String) throws(SessionError) {
        self.title = try TextRule.name.check(raw, field: "title")
    }

    /// Keeps a free remark of the coach's, dated; it may hold line breaks.
    /// Returns how many notes the session holds now.
    @discardableResult
    public mutating func addNote(_ raw: String, at date: Date) throws(SessionError) -> Int {
        notes.append(Note(text: try TextRule.text.check(raw, field: "note"), date: date))
        return notes.count
    }
}
