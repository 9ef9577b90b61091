import TandemCore

extension Shell {
    /// The analysis of the risks, one bullet per finding: urgent risks, then
    /// zones not talked about, avoided questions, dependencies, the scan.
    func showRisksAnalysis(_ session: Session) {
        say("risks.analysis", [:], .heading)
        for finding in Findings.risks(session, wording) { indentedWrap("  - ", finding.text, style(finding.tone)) }
    }
}
