import TandemCore

/// Actions an analysis proposed, remembered with the session they belong to,
/// so `action accept N|all` can still take them after the view (in a script,
/// or when the coach changes their mind).
struct OfferedActions {
    var session = ""
    var texts: [String] = []
    /// The analysis that proposed them (`health`, `phase`), kept on the actions accepted.
    var origin = ""
}

extension Shell {
    /// Proposes actions found by an analysis (texts already worded from the
    /// catalogue). Texts that are already open actions are left out. They are
    /// printed numbered; at a terminal the coach is asked once which to add
    /// (numbers, "a" for all, Enter for none); in a script they are only
    /// printed. Either way they stay available to `action accept`. `origin`
    /// names the analysis, so the accepted actions stay out of the proposal.
    func offer(_ suggestions: [String], origin: String, asking: Bool) {
        guard let open = current else { return }
        var seen = Set<String>()
        let fresh = suggestions.filter {
            open.session.openAction(matching: $0) == nil && seen.insert($0.folded).inserted
        }
        guard !fresh.isEmpty else { return }
        offered = OfferedActions(session: open.name, texts: fresh, origin: origin)
        line("")
        say("offer.title", [:], .heading)
        let width = String(fresh.count).count
        for (index, text) in fresh.enumerated() {
            let number = String(index + 1)
            let lead = "  " + String(repeating: " ", count: width - number.count) + number + ". "
            for (i, part) in Self.wordLines(text, width: 80 - lead.count).enumerated() {
                line((i == 0 ? lead : String(repeating: " ", count: lead.count)) + part)
            }
        }
        guard asking, interactive, let source else {
            paragraph("offer.later", [:], .dim)
            return
        }
        paragraph("offer.ask", [:], .dim)
        let saved = guideStep
        guideStep = t("offer.step")
        let event = source.readLine(prompt: promptText())
        guideStep = saved
        guard case .line(let raw) = event else {
            paragraph("offer.none", [:], .dim)
            return
        }
        let answer = raw.trimmingWhitespace
        if answer.isEmpty || GuideWord(rawValue: answer.lowercased()) != nil {
            paragraph("offer.none", [:], .dim)
            return
        }
        do {
            try acceptOffered(parseSelection(answer, count: fresh.count))
        } catch {
            line(t("error.prefix") + describe(error), .error)
            paragraph("offer.later", [:], .dim)
        }
    }

    /// `action accept N|all`: the numbers (from 1) of the last offer, or all.
    func acceptOffered(_ selection: String) throws(ShellError) {
        let open = try requireSession()
        guard offered.session == open.name, !offered.texts.isEmpty else { throw .message("offer.empty") }
        try acceptOffered(parseSelection(selection, count: offered.texts.count))
    }

    /// Adds the chosen suggestions as actions in one undoable change; one
    /// already open is said, and the core does not add it twice.
    private func acceptOffered(_ numbers: [Int]) throws(ShellError) {
        let texts = numbers.compactMap { offered.texts.indices.contains($0 - 1) ? offered.texts[$0 - 1] : nil }
        let session = try requireSession().session
        var fresh: [String] = []
        for text in texts {
            if let existing = session.openAction(matching: text) {
                paragraph("offer.exists", ["id": existing.id, "text": existing.text], .dim)
            } else if !fresh.contains(where: { $0.folded == text.folded }) {
                fresh.append(text)
            }
        }
        guard !fresh.isEmpty else { return }
        let before = session.actions.count
        try apply(ActionEdit.accept(texts: fresh, on: Day(now), origin: offered.origin))
        for action in current?.session.actions.dropFirst(before) ?? [] {
            paragraph("action.added", ["id": action.id, "text": action.text], .success)
        }
    }

    /// Reads "2", "1 3", "1,3", "2-4", or "a"/"all"/"tout" for every one.
    func parseSelection(_ text: String, count: Int) throws(ShellError) -> [Int] {
        let invalid = ShellError.message("offer.invalid", ["value": text, "count": String(count)])
        let typed = text.folded.trimmingWhitespace
        if ["a", "all", "tout", "tous", "toutes", "*"].contains(typed) {
            return Array(1...max(count, 1)).filter { $0 <= count }
        }
        var numbers: [Int] = []
        for part in typed.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" }) {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false)
            guard (1...2).contains(bounds.count), let low = Int(bounds[0]), let high = Int(bounds[bounds.count - 1]),
                low >= 1, high <= count, low <= high
            else { throw invalid }
            for n in low...high where !numbers.contains(n) { numbers.append(n) }
        }
        guard !numbers.isEmpty else { throw invalid }
        return numbers
    }

    /// "Zoé", "Zoé and Marc", "Zoé, Marc and Léa", in the shell's language.
    func spokenList(_ items: [String]) -> String {
        wording.list(items)
    }
}

/// What a view does with the actions its analysis suggests: nothing (inside
/// `report`), list them for `action accept N` (a view typed as a command), or
/// ask which to keep (the end of a guided module, where the coach decides).
enum SuggestionOffer {
    case none, list, ask
}
