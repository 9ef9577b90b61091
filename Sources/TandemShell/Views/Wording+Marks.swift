import TandemCore

extension Wording {
    /// "[private] [guess] " before an item's text in a view, or "" for a shared item said as its own.
    func marks(shared: Bool, guess: Bool = false) -> String {
        (shared ? "" : self("view.mark.private") + " ") + (guess ? self("view.mark.guess") + " " : "")
    }

    /// What the marks a view showed mean, one sentence each; nothing when it showed none.
    func markLegend(private shownPrivate: Bool, guess: Bool) -> [String] {
        (shownPrivate ? [self("view.legend.private")] : []) + (guess ? [self("view.legend.guess")] : [])
    }
}
