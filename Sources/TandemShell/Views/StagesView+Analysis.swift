import TandemCore

extension Shell {
    /// The analysis of the stages, one bullet per finding; between friends
    /// or family a missing exit is said more firmly (see `Findings.stages`).
    func showStagesAnalysis(_ session: Session) {
        say("stages.analysis", [:], .heading)
        for finding in Findings.stages(session, today: Day(now), wording) {
            indentedWrap("  - ", finding.text, style(finding.tone))
        }
    }
}
