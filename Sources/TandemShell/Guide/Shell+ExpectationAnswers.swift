import TandemCore

extension Shell {
    /// Words that record "none of them answers it" explicitly (Enter alone just moves on).
    static let noneWords: Set<String> = ["-", "none", "aucun", "aucune", "rien"]

    /// Reads a guided answer `DATE, MEASURE` for a commitment: a leading
    /// `YYYY-MM-DD` is the date, the rest the measure; either may be left out.
    func setCommitmentTerms(_ id: String, _ answer: String) throws(ShellError) {
        let (dateText, measure) = Self.splitTerms(answer)
        var day: Day?
        if let dateText {
            guard let parsed = Day(dateText) else { throw .session(.invalidDate(dateText)) }
            day = parsed
        }
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
    }

    /// `"2026-03-31, three mockups"` → ("2026-03-31", "three mockups"); a first word
    /// made of digits and date separators is taken as the date (and refused later
    /// when it is not YYYY-MM-DD), so "31/03/2026" never becomes a measure.
    static func splitTerms(_ answer: String) -> (date: String?, measure: String) {
        let trimmed = answer.trimmingWhitespace
        let head = trimmed.prefix { !$0.isWhitespace && $0 != "," && $0 != ";" }
        // Digits with "-", "/" or "." between them: a date, even in a format we refuse (31/03/2026).
        let digits = head.filter { $0.isASCII && $0.isNumber }.count
        let looksLikeDate =
            digits >= 6 && head.allSatisfy { ($0.isASCII && $0.isNumber) || "-/.".contains($0) }
            && head.contains { "-/.".contains($0) }
        guard looksLikeDate else { return (nil, trimmed) }
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
