import TandemCore

/// Usage lines derived from the declarations, so they cannot drift from what the parser reads.
extension Command {
    /// One line per form: `risk rate ID LIKELIHOOD IMPACT`.
    func usageLines(_ shell: Shell) -> [String] {
        if legacyComplete != nil { return [shell.t("cmd.\(name).usage")] }
        return verbs.map { $0.usage(name, shell) }
    }

    /// The forms whose words start with `path` (all of them for an empty path).
    func verbs(under path: [String]) -> [Verb] {
        let matching = verbs.filter { Array($0.path.prefix(path.count)) == path }
        return matching.isEmpty ? verbs : matching
    }
}

extension Verb {
    func usage(_ command: String, _ shell: Shell) -> String {
        var parts = [command] + path
        for slot in slots { parts.append(slot.usage(shell)) }
        for option in options {
            let value = option.value.map { " " + $0.placeholder(shell) } ?? ""
            parts.append("[--" + option.name + value + "]")
        }
        return parts.joined(separator: " ")
    }
}

extension Slot {
    /// The placeholder word (`slot.NAME` in Prompts, e.g. LIKELIHOOD / PROBABILITÉ).
    func placeholder(_ shell: Shell) -> String {
        switch kind {
        case .keyword(let words): return words.map { shell.vocabulary.display($0) }.joined(separator: "|")
        case .number(let range): return shell.t("slot.\(name)") + " (\(range.lowerBound)-\(range.upperBound))"
        default: return shell.t("slot.\(name)")
        }
    }

    func usage(_ shell: Shell) -> String {
        optional ? "[" + placeholder(shell) + "]" : placeholder(shell)
    }
}
