/// The sign of a relation: cooperative (+1), hostile (−1) or neutral (0).
public enum Polarity: Int, Codable, Sendable, CaseIterable {
    case hostile = -1
    case neutral = 0
    case cooperative = 1
}
