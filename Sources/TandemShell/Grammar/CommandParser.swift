import TandemCore

/// Reads one lexed line against the declared commands: picks the command and
/// its form, fills each typed slot, resolves references in the open session.
struct CommandParser {
    let shell: Shell

    struct Parsed {
        let command: Command
        let verb: Verb
        var arguments: Arguments
        /// Said before running: which item a partial name was taken for.
        var notices: [String] = []
    }

    /// The command named by `word` (its English name or an alias, any case).
    func command(named word: String) -> Command? {
        // The English name as typed, the common case, needs no vocabulary.
        if let command = CommandTable.find(word) { return command }
        return shell.vocabulary.command(word).flatMap(CommandTable.find)
    }

    /// The form of `command` the words select, with how many words its path took.
    func verb(of command: Command, _ tokens: ArraySlice<Lexer.Token>) -> Verb? {
        var best: Verb?
        var bestCount = -1
        for verb in command.verbs where verb.path.count <= tokens.count && verb.path.count > bestCount {
            let words = tokens.prefix(verb.path.count)
            let matches = zip(verb.path, words).allSatisfy { word, token in
                !token.hasQuoting
                    && (token.text == word || token.text.lowercased() == word
                        || shell.vocabulary.subcommand(token.text, of: command.name) == word)
            }
            if matches {
                best = verb
                bestCount = verb.path.count
            }
        }
        return best
    }

    func parse(_ line: Lexer.Line, text: String) throws(ShellError) -> Parsed? {
        let all = line.tokens + (line.unfinished.map { [$0] } ?? [])
        guard let first = all.first else { return nil }
        if first.hasQuoting && line.tokens.isEmpty, let failure = line.failure { throw .tokenize(failure) }
        guard let command = command(named: first.text) else {
            throw .unknownCommand(first.text, suggestion: CommandTable.suggestion(for: first.text, shell.vocabulary))
        }
        let rest = all.dropFirst()
        guard let verb = verb(of: command, rest) else { throw .usage(command.name) }
        // An open quote is said first when no text slot could take it as typed.
        if let failure = line.failure {
            let position = rest.count - verb.path.count - 1  // the open word is the last one
            if position < verb.slots.filter({ !$0.isText }).count { throw .tokenize(failure) }
        }
        if verb.needsSession && shell.current == nil { throw .noSession }
        var parsed = Parsed(command: command, verb: verb, arguments: Arguments(line: text))
        let usage = ([command.name] + verb.path).joined(separator: " ")
        try fill(&parsed, line, from: rest.dropFirst(verb.path.count), usage: usage)
        return parsed
    }

    /// Fills the slots from `tokens`: one word each, the text slot the rest as
    /// typed, a last reference or value the remaining words.
    private func fill(_ parsed: inout Parsed, _ line: Lexer.Line, from tokens: ArraySlice<Lexer.Token>, usage: String)
        throws(ShellError)
    {
        let verb = parsed.verb
        let slots = verb.slots
        var words = Array(tokens)
        let openFailure = line.failure
        let positional = slots.filter { !$0.isText }
        let textSlot = slots.last(where: \.isText)
        if textSlot == nil {
            if openFailure != nil, let failure = openFailure { throw .tokenize(failure) }
            words = try takeOptions(&parsed, words, anywhere: true, usage: usage)
        }
        let required = positional.filter { !$0.optional }.count
        if words.count < required { throw .usage(usage) }
        // Without a text slot, the last slot that may span words takes what the slots after it leave.
        let spanning = textSlot == nil ? positional.lastIndex(where: \.spansWords) : nil
        var index = 0
        for (n, slot) in positional.enumerated() {
            guard index < words.count else {
                if slot.optional { continue }
                throw .usage(usage)
            }
            var count = 1
            if n == spanning {
                let after = positional[(n + 1)...]
                var tail = 0
                for later in after.reversed() where words.count - index - tail > 1 {
                    if !later.optional || matches(later, words[words.count - 1 - tail].text) { tail += 1 }
                }
                count = max(1, words.count - index - tail)
            }
            let span = words[index..<(index + count)]
            if let open = line.unfinished, span.contains(where: { $0.range == open.range }), let failure = openFailure {
                throw .tokenize(failure)
            }
            let raw = span.count == 1 ? span[span.startIndex].text : span.map(\.text).joined(separator: " ")
            if slot.optional, n != spanning, !matches(slot, raw), textSlot != nil || n < positional.count - 1 {
                continue  // an optional word left out: the word is the next slot's (or the text)
            }
            parsed.arguments.values[slot.name] = try read(slot, raw, notices: &parsed.notices)
            index += count
        }
        if let textSlot {
            var rest = Array(words[index...])
            if openFailure == nil {
                // An optional text may be left out entirely: then the options may be all that is left.
                rest = try takeOptions(
                    &parsed, rest, anywhere: false, keeping: textSlot.optional ? 0 : 1, usage: usage)
            }
            guard let start = rest.first?.range.lowerBound else {
                if textSlot.optional { return }
                throw .usage(usage)
            }
            let end = rest.last?.range.upperBound ?? start
            let text: String
            if rest.count == 1, let only = rest.first, only.isQuoted {
                text = only.text
            } else {
                text = openFailure == nil ? line.raw(start..<end) : line.rest(from: start)
            }
            parsed.arguments.values[textSlot.name] = .text(text)
        } else if index < words.count {
            throw .usage(usage)
        }
    }

    /// Takes the declared options out of `words`: anywhere when the form has
    /// no text, else only those that trail the text (`--owner Zoé --due +2w`),
    /// leaving at least `keeping` words for it.
    private func takeOptions(
        _ parsed: inout Parsed, _ words: [Lexer.Token], anywhere: Bool, keeping: Int = 1, usage: String
    )
        throws(ShellError) -> [Lexer.Token]
    {
        let options = parsed.verb.options
        func option(_ token: Lexer.Token) -> (CommandOption, String?)? {
            guard !token.hasQuoting, token.text.hasPrefix("--") else { return nil }
            let lowered = token.text.lowercased()
            for option in options {
                if lowered == "--" + option.name { return (option, nil) }
                if option.value != nil, lowered.hasPrefix("--" + option.name + "=") {
                    return (option, String(token.text.dropFirst(option.name.count + 3)))
                }
            }
            return nil
        }
        func store(_ option: CommandOption, _ raw: String?) throws(ShellError) {
            // An option with a value given twice is a mistake to say, not a silent choice.
            if option.value != nil, parsed.arguments.values[option.name] != nil { throw .usage(usage) }
            if let slot = option.value {
                guard let raw else { throw .usage(usage) }
                parsed.arguments.values[option.name] = try read(slot, raw, notices: &parsed.notices)
            } else {
                parsed.arguments.values[option.name] = .flag
            }
        }
        if anywhere {
            var kept: [Lexer.Token] = []
            var i = 0
            while i < words.count {
                if let (found, inline) = option(words[i]) {
                    if found.value != nil && inline == nil {
                        guard i + 1 < words.count else { throw .usage(usage) }
                        try store(found, words[i + 1].text)
                        i += 2
                    } else {
                        try store(found, inline)
                        i += 1
                    }
                    continue
                }
                if !words[i].hasQuoting, words[i].text.hasPrefix("--"), words[i].text.count > 2 { throw .usage(usage) }
                kept.append(words[i])
                i += 1
            }
            return kept
        }
        var end = words.count
        while end > keeping {
            if let (found, inline) = option(words[end - 1]), found.value == nil || inline != nil {
                try store(found, inline)
                end -= 1
            } else if end > keeping + 1, let (found, inline) = option(words[end - 2]), inline == nil,
                found.value != nil
            {
                try store(found, words[end - 1].text)
                end -= 2
            } else {
                break
            }
        }
        return Array(words[..<end])
    }

    /// Whether `raw` reads as `slot`, to place optional words.
    func matches(_ slot: Slot, _ raw: String) -> Bool {
        var ignored: [String] = []
        do {
            _ = try read(slot, raw, notices: &ignored)
            return true
        } catch {
            return false
        }
    }

    /// Reads one slot's value from what was typed for it.
    func read(_ slot: Slot, _ raw: String, notices: inout [String]) throws(ShellError) -> Arguments.Value {
        switch slot.kind {
        case .text, .word:
            return .text(raw)
        case .keyword(let words):
            let typed = raw.folded
            guard let word = words.first(where: { shell.vocabulary.keyword($0, matches: typed) }) else {
                throw .message(
                    "error.keyword",
                    [
                        "value": raw.truncated(to: 40),
                        "choices": words.map { shell.vocabulary.display($0) }.joined(separator: ", "),
                    ])
            }
            return .word(word)
        case .number(let range):
            guard let n = Int(raw.trimmingWhitespace) else {
                throw .session(.outOfRange(field: slot.name, value: raw.truncated(to: 40), range: range))
            }
            return .number(n)
        case .date(let clearable):
            if clearable, shell.vocabulary.isNone(raw) { return .day(nil) }
            return .day(try shell.parseDay(raw))
        case .value(let set):
            guard let id = set.match(shell, raw) else {
                throw .message(
                    "error.term",
                    [
                        "value": raw.truncated(to: 40), "field": shell.t("field.\(slot.name)"),
                        "choices": shell.choices(set),
                    ])
            }
            return .word(id)
        case .reference(let kind):
            guard let session = shell.current?.session else { throw .noSession }
            let found: Resolution
            do {
                found = try session.resolve(kind, raw)
            } catch {
                throw .session(error)
            }
            if slot.exact, found.how == .prefix {
                throw .message(
                    "error.reference.whole", ["typed": raw.truncated(to: 40), "name": found.name, "id": found.id])
            }
            if found.how == .prefix {
                notices.append(shell.t("reference.took", ["typed": raw, "name": found.name, "id": found.id]))
            }
            return .id(found.id)
        case .item:
            guard let session = shell.current?.session else { throw .noSession }
            let lowered = raw.lowercased()
            if let kind = IDKind.allCases.first(where: {
                lowered.hasPrefix($0.prefix) && lowered.count > 1 && lowered.dropFirst().allSatisfy(\.isNumber)
            }),
                session.named(kind).contains { $0.id == lowered }
            {
                return .id(lowered)
            }
            for kind in [IDKind.partner, .need, .stage] {
                guard let found = try? session.resolve(kind, raw) else { continue }
                if found.how == .prefix {
                    notices.append(shell.t("reference.took", ["typed": raw, "name": found.name, "id": found.id]))
                }
                return .id(found.id)
            }
            throw .message("error.show.unknown", ["value": raw.truncated(to: 40)])
        case .items:
            guard let session = shell.current?.session else { throw .noSession }
            var ids: [String] = []
            for word in raw.split(whereSeparator: \.isWhitespace) {
                let lowered = word.lowercased()
                guard
                    let kind = IDKind.allCases.first(where: {
                        lowered.hasPrefix($0.prefix) && lowered.count > 1 && lowered.dropFirst().allSatisfy(\.isNumber)
                    }), session.named(kind).contains(where: { $0.id == lowered })
                else { throw .message("error.show.unknown", ["value": String(word).truncated(to: 40)]) }
                if !ids.contains(lowered) { ids.append(lowered) }
            }
            return .text(ids.joined(separator: " "))
        case .session:
            return .text(raw)
        }
    }
}
