/// Who may read an item: everyone the proposal is sent to (`shared`), or only
/// the people working on the session (`private`: the coach, the author).
///
/// Each kind of item has a default, so a file written before visibility
/// existed opens unchanged and a file keeps an item's visibility only when it
/// differs from its kind's (small diffs for sessions kept in git):
///
/// | item | default |
/// |---|---|
/// | expectation, contribution, commitment | shared: what the partners ask, bring and promise is the proposal |
/// | interest, concern | private: personal goals and worries are said first in the room, not on paper |
/// | risk, rule of the working agreement | shared: the safeguards and the rules are what the partners sign |
/// | action typed by the coach | shared |
/// | action suggested by the health or phase check | private: the coach's own reading |
///
/// Notes, health scores, the phase and the analyses are the coach's and never
/// appear in a proposal; stages always do.
public enum Visibility: String, Codable, Sendable, CaseIterable {
    case shared
    case `private`
}

extension ExpectationKind {
    /// What an item of this kind is when nobody said otherwise.
    public var defaultVisibility: Visibility {
        switch self {
        case .expectation, .contribution, .commitment: return .shared
        case .interest, .concern: return .private
        }
    }
}

extension Expectation {
    public var defaultVisibility: Visibility { kind.defaultVisibility }
    /// Its visibility: the one set, else its kind's.
    public var shownTo: Visibility { visibility ?? defaultVisibility }
    public var isShared: Bool { shownTo == .shared }
    /// Written by the author about another partner and not yet confirmed by them.
    public var isGuess: Bool { guess ?? false }
}

extension Risk {
    public var defaultVisibility: Visibility { .shared }
    public var shownTo: Visibility { visibility ?? defaultVisibility }
    public var isShared: Bool { shownTo == .shared }
}

extension Rule {
    public var defaultVisibility: Visibility { .shared }
    public var shownTo: Visibility { visibility ?? defaultVisibility }
    public var isShared: Bool { shownTo == .shared }
}

extension Action {
    /// Private when an analysis suggested it (the coach's reading), else shared.
    public var defaultVisibility: Visibility { Self.privateOrigins.contains(origin) ? .private : .shared }
    public var shownTo: Visibility { visibility ?? defaultVisibility }
    public var isShared: Bool { shownTo == .shared }
}

extension Wording {
    /// " (private)", " (guess, unconfirmed)" after an item's text in the coach's report; "" for a shared item.
    public func documentMarks(shared: Bool, guess: Bool = false) -> String {
        (shared ? "" : " " + self("doc.report.private")) + (guess ? " " + self("doc.report.guess") : "")
    }
}
