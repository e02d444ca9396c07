import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed SVG document, just enough to find Graphviz's node, edge and
/// cluster groups and their text. Parsing fails on malformed XML, which is a
/// test of its own: Graphviz must emit well-formed SVG whatever the labels.
///
/// Shared by the Graphviz and ActorGraphRender tests (target `SVGTesting`, not a product).
public struct SVGTree {
    /// One XML element.
    public final class Element {
        /// The element's name (`g`, `text`, `polygon`, …).
        public let name: String
        /// Its attributes.
        public let attributes: [String: String]
        /// Its child elements, in order.
        public var children: [Element] = []
        /// Its character data.
        public var text = ""
        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }

        /// This element and all its descendants, depth first.
        public var descendants: [Element] { [self] + children.flatMap(\.descendants) }

        /// The text of all `<text>` elements inside, in order.
        public var texts: [String] { descendants.filter { $0.name == "text" }.map(\.text) }

        /// The `<title>` child's text: Graphviz puts the node name or `tail->head` there.
        public var title: String? { children.first { $0.name == "title" }?.text }
    }

    /// The document element.
    public let root: Element

    /// Parses `bytes`; nil when they are not well-formed XML.
    public init?(_ bytes: [UInt8]) {
        let delegate = Builder()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = delegate
        guard parser.parse(), let root = delegate.root else { return nil }
        self.root = root
    }

    /// The `<g>` groups whose `class` attribute contains `className` as a word.
    public func groups(withClass className: String) -> [Element] {
        root.descendants.filter {
            $0.name == "g" && ($0.attributes["class"] ?? "").split(separator: " ").contains(Substring(className))
        }
    }

    /// The node group whose title is `id`.
    public func node(_ id: String) -> Element? { groups(withClass: "node").first { $0.title == id } }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: Element?
        var stack: [Element] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            let element = Element(name: name, attributes: attributes)
            if let parent = stack.last { parent.children.append(element) } else { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
