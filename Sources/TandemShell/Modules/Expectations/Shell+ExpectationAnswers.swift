import TandemCore

extension Shell {
    /// Reads a guided answer `DATE, MEASURE` for a commitment: a leading date
    /// (any form `parseDay` reads: 2027-03-31, 31/03/2027, +30, +2m) is the
    /// date, the rest the measure; either may be left out.
    func setCommitmentTerms(_ id: String, _ answer: String) throws(ShellError) {
        let (dateText, measure) = Self.splitTerms(answer)
        let day = try dateText.map { (text: String) throws(ShellError) -> Day in try parseDay(text) }
        let changed = try apply(ExpectationEdit.terms(id: id, due: day, measure: measure))
        guard let item = expectationItem(changed) else { return }
        say(
            "expect.terms.set",
            [
                "id": item.id, "date": item.due.map(wording.date) ?? t("expect.nodue"),
                "measure": item.measure.isEmpty ? t("expect.nomeasure") : item.measure,
            ])
        warnIfPast(day)
    }
    /// A date before today is said at once: a promise for the past is a slip or a commitment already late.
    func warnIfPast(_ day: Day?) {
        let today = Day(now)
        guard let day, day < today else { return }
        say("expect.due.past", ["date": wording.date(day), "today": wording.date(today)], .warning)
    }

    /// `"2027-03-31, three mockups"` → ("2027-03-31", "three mockups"). The first
    /// word is the date when it reads as one (`+30`, `31/03/2027`) or looks like
    /// one (digits with "-", "/" or "." between them, refused later when no form
    /// fits), so a date is never stored as the measure.
    static func splitTerms(_ answer: String) -> (date: String?, measure: String) {
        let trimmed = answer.trimmingWhitespace
        let head = trimmed.prefix { !$0.isWhitespace && $0 != "," && $0 != ";" }
        let digits = head.filter { $0.isASCII && $0.isNumber }.count
        let datelike =
            digits >= 6 && head.allSatisfy { ($0.isASCII && $0.isNumber) || "-/.".contains($0) }
            && head.contains { "-/.".contains($0) }
        // "+30", "+2m", "+3w": a count of days, weeks or months from today.
        let relative =
            head.first == "+" && head.count > 1
            && head.dropFirst().allSatisfy { ($0.isASCII && $0.isNumber) || "dwjm".contains($0.lowercased()) }
            && head.dropFirst().first?.isNumber == true
        guard datelike || relative else { return (nil, trimmed) }
        var rest = trimmed.dropFirst(head.count)
        while let first = rest.first, first.isWhitespace || first == "," || first == ";" { rest.removeFirst() }
        return (String(head), String(rest).trimmingWhitespace)
    }

    /// Replaces the links of an expectation by the ids in `answer` (`e4 e7`,
    /// `e4, e7`), or clears them on a word for "none" (`none`, « aucune », `-`).
    func relinkExpectation(_ id: String, _ answer: String) throws(ShellError) {
        let words = answer.split { $0.isWhitespace || $0 == "," || $0 == ";" }.map(String.init)
        let none = words.count == 1 && words.first.map(vocabulary.isNone) == true
        let changed = try apply(ExpectationEdit.relink(id: id, answers: none ? [] : words))
        let links = expectationItem(changed)?.answeredBy ?? []
        if links.isEmpty {
            say("expect.links.cleared", ["id": changed])
        } else {
            say("expect.links.set", ["id": changed, "answers": links.joined(separator: ", ")], .success)
        }
    }
}
