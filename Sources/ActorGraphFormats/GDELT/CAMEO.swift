import ActorGraph

/// The CAMEO event codes of GDELT mapped onto our relation vocabulary.
///
/// The type comes from the two-digit root code; the sign from GDELT's
/// QuadClass (1 verbal and 2 material cooperation → +1; 3 verbal and
/// 4 material conflict → −1), so a miscoded row keeps GDELT's own reading.
enum CAMEO {
    /// Our relation type for a CAMEO root code ("01" … "20").
    static func relation(rootCode: String) -> RelationType? {
        switch rootCode {
        case "01": return .mentions          // make public statement
        case "02": return .negotiatesWith    // appeal
        case "03": return .cooperatesWith    // express intent to cooperate
        case "04": return .meetsWith         // consult
        case "05": return .cooperatesWith    // engage in diplomatic cooperation
        case "06": return .cooperatesWith    // engage in material cooperation
        case "07": return .supports          // provide aid
        case "08": return .cooperatesWith    // yield
        case "09": return .mentions          // investigate
        case "10": return .opposes           // demand
        case "11": return .criticizes        // disapprove
        case "12": return .rejects           // reject
        case "13": return .threatens         // threaten
        case "14": return .opposes           // protest
        case "15": return .threatens         // exhibit force posture
        case "16": return .suspends          // reduce relations
        case "17": return .sanctions         // coerce
        case "18", "19", "20": return .attacks  // assault, fight, mass violence
        default: return nil
        }
    }

    /// The sign of a QuadClass ("1" … "4").
    static func sign(quadClass: String) -> Int? {
        switch quadClass {
        case "1", "2": return 1
        case "3", "4": return -1
        default: return nil
        }
    }

    /// Readable names of CAMEO actor type codes, for organization nodes ("Mali military").
    static let actorTypes: [String: String] = [
        "GOV": "government", "MIL": "military", "REB": "rebels", "OPP": "opposition", "PTY": "political party",
        "COP": "police", "JUD": "judiciary", "SPY": "intelligence", "IGO": "intergovernmental organization",
        "NGO": "NGO", "MED": "media", "EDU": "education", "BUS": "business", "CVL": "civilians", "LAB": "labour",
        "LEG": "legislature", "HLH": "health", "REF": "refugees", "MOD": "moderates", "RAD": "radicals",
        "AGR": "agriculture", "CRM": "criminals", "ELI": "elites", "UAF": "armed forces", "INS": "insurgents",
        "SEP": "separatists", "ENV": "environment", "HRI": "human rights", "SET": "settlers", "IMG": "migrants",
    ]
}
