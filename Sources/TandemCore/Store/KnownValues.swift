/// The value words each enumeration in a session file accepts, by type name,
/// so a refused file can say what was expected instead of Swift's own wording.
enum KnownValues {
    static func of(typeNamed name: String) -> [String]? {
        func values<V: RawRepresentable & CaseIterable>(_ type: V.Type) -> [String] where V.RawValue == String {
            V.allCases.map(\.rawValue)
        }
        switch name {
        case "PartnershipType": return values(PartnershipType.self)
        case "PartnershipLevel": return values(PartnershipLevel.self)
        case "Relationship": return values(Relationship.self)
        case "ExpectationKind": return values(ExpectationKind.self)
        case "Coverage": return values(Coverage.self)
        case "Kind": return values(Trait.Kind.self)
        case "ConditionStatus": return values(ConditionStatus.self)
        case "GateVerdict": return values(GateVerdict.self)
        case "RiskZone": return values(RiskZone.self)
        case "RiskStatus": return values(RiskStatus.self)
        case "FailureReason": return values(FailureReason.self)
        case "ScanAnswer": return values(ScanAnswer.self)
        case "Ingredient": return values(Ingredient.self)
        case "Phase": return values(Phase.self)
        case "Language": return values(Language.self)
        case "StagePart": return values(StagePart.self)
        default: return nil
        }
    }
}
