import TandemCore

extension Shell {
    /// The analysis of the complementarity map: gaps, overlaps, dependencies, then a summary.
    func showMapAnalysis(_ session: Session) {
        say("map.analysis", [:], .heading)
        for finding in Findings.map(session, wording) { printFinding(finding.text, style(finding.tone)) }
        let summary = Findings.mapSummary(session, wording)
        guard !summary.isEmpty else { return }
        line("")
        printWrapped(summary, first: "  ", rest: "  ")
    }
}
