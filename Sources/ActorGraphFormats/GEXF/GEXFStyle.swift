import ActorGraph

/// The colours and sizes the GEXF export puts in its `viz` namespace, so
/// Gephi opens the graph already readable: colour by kind, size by degree,
/// edges coloured by sign and as thick as their weight.
enum GEXFStyle {
    /// An RGB colour, 0–255 per channel.
    struct Colour {
        let r: Int, g: Int, b: Int
    }

    /// The colour of a node kind.
    static func colour(of kind: NodeKind) -> Colour {
        switch kind {
        case .person: return Colour(r: 78, g: 121, b: 167)       // blue
        case .organization: return Colour(r: 242, g: 142, b: 43) // orange
        case .country: return Colour(r: 89, g: 161, b: 79)       // green
        case .mission: return Colour(r: 176, g: 122, b: 161)     // purple
        case .statement: return Colour(r: 186, g: 176, b: 172)   // grey
        }
    }

    /// The colour of an edge sign: cooperative green, hostile red, neutral grey.
    static func colour(ofSign sign: Int) -> Colour {
        if sign > 0 { return Colour(r: 44, g: 160, b: 44) }
        if sign < 0 { return Colour(r: 214, g: 39, b: 40) }
        return Colour(r: 150, g: 150, b: 150)
    }

    /// The node size for a degree: grows with its square root, so hubs stand out without swallowing the picture.
    static func size(degree: Int) -> Double {
        ((4 + 3 * Double(degree).squareRoot()) * 100).rounded() / 100
    }
}
