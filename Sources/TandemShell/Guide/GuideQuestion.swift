import TandemCore

/// One question of a guided module. Its texts come from the catalogue:
/// `q.<key>` asks, `why.<key>` explains why we ask (shown on `?`).
struct GuideQuestion {
    /// What it asks about; recorded in the session as answered or skipped (`context.purpose`,
    /// `expectations.p1.commitment`), and settled by what the session holds (`QuestionID.isAnswered`).
    let id: QuestionID
    /// Catalogue key stem, shared by the same question for every partner: `context.purpose`, `expectations.commitment`.
    let key: String
    /// Values for the question's placeholders (`{partner}`, `{need}` …).
    var arguments: [String: String] = [:]
    /// More placeholder values, worked out only when the question is shown
    /// (a long list of candidates), so that the guide's progress stays linear.
    var shownArguments: (() -> [String: String])?
    /// Every placeholder value, for the question's texts.
    var texts: [String: String] {
        guard let shownArguments else { return arguments }
        return arguments.merging(shownArguments()) { _, shown in shown }
    }
    /// Catalogue keys of the expected answers (value-word labels), if any.
    var choices: [String] = []
    /// A list question: asked again after each answer until an empty one.
    var repeats = false
    /// What a word for none (`none`, « aucun », « rien ») does here.
    var none: NoneAnswer = .passes
    /// Asked with more weight (partners who are friends or family, money, exits).
    var insistent = false
    /// Enter alone keeps what the session holds and counts as an answer, so a
    /// resumed run (a follow-up) does not ask the question again.
    var keepsOnEmpty = false
    /// What Enter on a kept answer also records (a partner's view of the phase
    /// confirmed today at a follow-up); nil when keeping changes nothing.
    var onKeep: ((Shell) throws(ShellError) -> Void)?
    /// What the session holds now for this question, shown so the coach can keep it with Enter.
    var current: (Session) -> String? = { _ in nil }
    /// Set when one partner answers alone (the health check): when it changes, the
    /// screen is cleared and the turn announced (`Shell.beginPrivateTurn`).
    var turn: GuideTurn?
    /// Records an answer through `Shell.change`, so it is undoable and saved at once.
    let apply: (Shell, String) throws(ShellError) -> Void

    /// Answered or skipped in the guide, or settled already from the data
    /// (entered by direct commands), so the guide does not ask it again.
    func isSettled(in session: Session) -> Bool {
        session.guide.isSettled(id) || id.isAnswered(in: session)
    }
}

/// What "none" means for one question.
enum NoneAnswer {
    /// A real answer (no concern, no risk in this zone, no rule on this topic yet):
    /// recorded by the guide as answered with none, so it is settled, unlike `skip`.
    case settles
    /// No answer here (a purpose, a name, a score): said so, and asked again.
    case refused
    /// The answer reader takes it itself (a date cleared with "none").
    case passes
}

/// A guided module: an ordered list of questions computed from the session
/// (one per partner, per need …), then the module's view and analysis.
struct GuideFlow: Sendable {
    /// `context`, `expectations`, `map`, `stages`, `risks`, `health`, `phase`.
    let id: String

    /// The command that runs this module alone (the phase step runs only within `guide`).
    var command: String { id == "phase" ? "guide" : id }
    let questions: @Sendable (Session) -> [GuideQuestion]
    /// Shows the module's view with its analysis when the module ends.
    let summary: @Sendable (Shell) -> Void
    /// Whether running the module again once complete walks its answers to revise them.
    /// Not for a step that records something new each time (the phase is logged, not revised).
    var revisable = true

    /// Where the module stands: every question settled, some, or none.
    func progress(in session: Session) -> GuideProgress {
        let all = questions(session)
        guard !all.isEmpty else { return .notStarted }
        let settled = all.filter { $0.isSettled(in: session) }.count
        if settled == all.count { return .done }
        return settled == 0 ? .notStarted : .partial
    }
}

enum GuideProgress: String {
    case done, partial, notStarted = "not-started"
}
