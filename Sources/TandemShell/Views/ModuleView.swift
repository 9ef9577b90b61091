import TandemCore

/// Text in one style: a line of a module view, or a piece of one (a row of
/// the risk map mixes several).
struct Styled {
    let text: String
    let style: Style

    init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

/// A module's view (`expect list`, `map show`, `stages show`, `risks show` …):
/// lines built from the session, for the shell (or a test) to print. Its
/// text is laid out here, once: sentences wrapped to the text width, items
/// wrapped to the view's width after a lead.
protocol ModuleView {
    var t: Wording { get }
    var width: Int { get }
}

extension ModuleView {
    /// A catalogue sentence wrapped to the text width.
    func sentenceText(_ key: String, _ arguments: [String: String]) -> String {
        t(key, arguments).wrapped(width: Shell.textWidth)
    }

    /// `text` wrapped to the view width, the first line after `first`, the
    /// others after `rest` (by default aligned under the text).
    func wrappedText(_ text: String, first: String, rest: String? = nil) -> [String] {
        let rest = rest ?? String(repeating: " ", count: first.displayWidth)
        return Shell.wrappedLines(text, first: first, rest: rest, width: width)
    }
}
