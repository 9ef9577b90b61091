import TandemCore

/// What Tab does: replace the word being typed by `insertion`, or list candidates.
public struct Completion: Equatable, Sendable {
    /// Characters before the cursor that belong to the word being completed.
    public var replaceCount: Int
    /// Text to put in place of those characters; nil when there is nothing to add.
    public var insertion: String?
    /// Shown when several candidates remain and typing more is needed.
    public var candidates: [String]
}

extension Shell {
    /// Completes the word before the cursor from the declared commands and the
    /// open session, lexing the line as running it would.
    public func complete(_ beforeCursor: String) -> Completion {
        let line = Lexer.lex(beforeCursor)
        var finished = line.tokens
        var partial = line.unfinished
        if partial == nil, let last = finished.last, last.range.upperBound == line.scalars.count {
            partial = finished.removeLast()
        }
        let typedPart = partial?.text ?? ""
        let rawCount = partial?.range.count ?? 0
        let pool = candidates(after: finished, partial: typedPart)
        let typed = typedPart.folded
        var seen = Set<String>()
        let matches = pool.filter { $0.folded.hasPrefix(typed) && seen.insert($0).inserted }
        guard !matches.isEmpty else { return Completion(replaceCount: rawCount, insertion: nil, candidates: []) }
        if matches.count == 1, let only = matches.first {
            return Completion(replaceCount: rawCount, insertion: Lexer.quote(only) + " ", candidates: [])
        }
        let common = CompletionWords.commonPrefix(matches)
        if common.folded.count > typed.count || (common.count == typed.count && common != typedPart && !common.isEmpty)
        {
            return Completion(replaceCount: rawCount, insertion: CompletionWords.openQuoted(common), candidates: [])
        }
        return Completion(replaceCount: rawCount, insertion: nil, candidates: matches.sorted())
    }

    /// The words Tab may offer after `finished`, from the declaration of the command typed.
    func candidates(after finished: [Lexer.Token], partial: String) -> [String] {
        guard let first = finished.first else {
            let names = CommandTable.names
            let typed = partial.folded
            if typed.isEmpty || names.contains(where: { $0.hasPrefix(typed) }) { return names }
            return vocabulary.commandAliasWords.sorted()
        }
        let parser = CommandParser(shell: self)
        guard let command = parser.command(named: first.text) else { return [] }
        if let legacy = command.legacyComplete { return legacy(self, finished.dropFirst().map(\.text)) }
        let words = finished.dropFirst().map { vocabulary.subcommand($0.text, of: command.name) }
        // Still typing the form's words?
        let longer = command.verbs.filter { $0.path.count > words.count && Array($0.path.prefix(words.count)) == words }
        var pool = longer.map { $0.path[words.count] }
        guard let verb = parser.verb(of: command, finished.dropFirst()[...]) else { return pool }
        let args = Array(finished.dropFirst(1 + verb.path.count))
        // The value of an option just typed.
        if let last = args.last, let option = verb.options.first(where: { "--" + $0.name == last.text.lowercased() }),
            let slot = option.value
        {
            return candidates(for: slot)
        }
        let optionWords = verb.options.map { "--" + $0.name }.filter { word in
            !args.contains { $0.text.lowercased() == word }
        }
        let positional = verb.slots.filter { !$0.isText }
        let plain = args.filter { !$0.text.hasPrefix("--") }
        let before = plain.map(\.text)
        func offered(_ slot: Slot) -> [String] {
            let all = candidates(for: slot)
            guard let narrow = slot.narrow else { return all }
            return all.filter { narrow(self, before, $0) }
        }
        if plain.count < positional.count {
            var slot = positional[plain.count]
            // An optional slot that the word cannot be: offer the next one's words too.
            pool += offered(slot)
            var next = plain.count
            while slot.optional, next + 1 < positional.count {
                next += 1
                slot = positional[next]
                pool += offered(slot)
            }
        } else if let last = positional.last, last.spansWords, !verb.slots.contains(where: \.isText), !plain.isEmpty {
            pool += offered(last)  // a name of several words, typed unquoted
        }
        let hasText = verb.slots.contains(where: \.isText)
        let required = positional.filter { !$0.optional }.count
        // Options once what they follow is typed: the required slots, or a first word of text.
        if hasText ? plain.count > positional.count : plain.count >= required {
            pool += optionWords
        } else if partial.hasPrefix("-") {
            pool += optionWords
        }
        return pool
    }

    /// What Tab offers for one slot.
    func candidates(for slot: Slot) -> [String] {
        let session = current?.session
        switch slot.kind {
        case .reference(let kind):
            guard let session else { return [] }
            switch kind {
            case .partner, .need, .stage: return session.named(kind).map(\.name)
            case .checkpoint: return session.named(kind).flatMap { $0.name.isEmpty ? [$0.id] : [$0.name, $0.id] }
            case .expectation, .tension, .rule, .risk, .action: return session.named(kind).map(\.id)
            }
        case .session: return store.names()
        case .item:
            guard let session else { return [] }
            return IDKind.allCases.flatMap { session.named($0).map(\.id) }
        case .items(let kinds):
            guard let session else { return [] }
            return kinds.flatMap { session.named($0).map(\.id) }
        case .value(let set): return valueWords(set)
        case .keyword(let words): return words.map { vocabulary.display($0) }
        case .number(let range): return range.map(String.init)
        case .date(let clearable): return clearable ? [t("word.none.shown")] : []
        case .word, .text:
            guard let kind = slot.offers, let session else { return [] }
            return session.named(kind).map(\.name)
        }
    }
}
