import TandemCore

extension Shell {
    /// The value words a user may type for a set: English ids and labels in the shell's language.
    func valueWords(_ set: ValueSet) -> [String] {
        var words = set.ids
        if language != .en {
            for key in set.labelKeys where !words.contains(t(key)) { words.append(t(key)) }
        }
        return words
    }

    /// The words an error lists for a set: the ids in English, the labels otherwise.
    func choices(_ set: ValueSet) -> String {
        (language == .en ? set.ids : set.labelKeys.map { t($0) }).joined(separator: ", ")
    }
}
