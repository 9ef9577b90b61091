import TandemCore

extension Shell {
    /// The analysis of the exchange of expectations, one bullet per finding.
    func showExpectationAnalysis(_ session: Session) {
        say("expect.analysis", [:], .heading)
        for finding in Findings.expectations(session, today: Day(now), wording) { printFinding(finding.text, style(finding.tone)) }
    }
}
