import TandemCore

extension Shell {
    /// Words that record "none of them answers it" explicitly (Enter alone just moves on).
    static let noneWords: Set<String> = ["-", "none", "aucun", "aucune", "rien"]

    /// Reads a guided answer `DATE, MEASURE` for a commitment: a leading date
    /// (any form `parseDay` reads: 2027-03-31, 31/03/2027, +30, +2m) is the
    /// date, the rest the measure; either may be left out.
    func setCommitmentTerms(_ id: String, _ answer: String) throws(ShellError) {
        let (dateText, measure) = Self.splitTerms(answer)
        let day = try dateText.map { (text: String) throws(ShellError) -> Day in try parseDay(text) }
        let text = measure.isEmpty ? "" : try declaredText(measure, field: "commitment.measure")
        let item = try change("expect terms \(id) \(answer)") { (s: inout Session) throws(SessionError) in
            if let day { try s.setDue(id, day) }
            if !text.isEmpty { try s.setMeasure(id, text) }
            return try s.expectation(id)
        }
        say(
            "expect.terms.set",
            [
                "id": item.id, "date": item.due?.description ?? t("expect.nodue"),
                "measure": item.measure.isEmpty ? t("expect.nomeasure") : item.measure,
            ])
        warnIfPast(day)
    }

    /// A date before today is said at once: a promise for the past is a slip or a commitment already late.
    func warnIfPast(_ day: Day?) {
        let today = Day(now)
        guard let day, day < today else { return }
        say("expect.due.past", ["date": day.description, "today": today.description], .warning)
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

    /// Replaces the links of an expectation by the ids in `answer` (`e4 e7`, `e4, e7`), or clears them on "none".
    func relinkExpectation(_ id: String, _ answer: String) throws(ShellError) {
        guard let session = current?.session else { throw .noSession }
        let words = answer.split { $0.isWhitespace || $0 == "," || $0 == ";" }.map { String($0).lowercased() }
        let ids: [String]
        if words.count == 1, let only = words.first, Self.noneWords.contains(only.folded) {
            ids = []
        } else {
            let owner: String
            do {
                owner = try session.expectation(id).partner
            } catch {
                throw .session(error)
            }
            var checked: [String] = []
            for word in words {
                let by: Expectation
                do {
                    by = try session.expectation(word)
                } catch {
                    throw .session(error)
                }
                guard by.kind.canAnswer else { throw .message("error.expect.not.answer", itemArguments(by)) }
                guard by.partner != owner else {
                    throw .message(
                        "error.expect.same.partner", itemArguments(by).merging(["expectation": id]) { a, _ in a })
                }
                if !checked.contains(by.id) { checked.append(by.id) }
            }
            ids = checked
        }
        try change("expect link \(id) \(ids.joined(separator: " "))") { (s: inout Session) throws(SessionError) in
            try s.unlink(id)
            for answerID in ids { try s.link(id, to: answerID) }
        }
        if ids.isEmpty {
            say("expect.links.cleared", ["id": id])
        } else {
            say("expect.links.set", ["id": id, "answers": ids.joined(separator: ", ")], .success)
        }
    }
}
