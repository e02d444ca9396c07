import CGraphviz

/// Pads a laid-out graph so that a raster image of it is a whole number of
/// pixels wide and high.
///
/// Graphviz sizes a PNG as the page (the bounding box plus `pad`) in pixels,
/// rounded. When the page is a fractional number of pixels, the background
/// stops inside the last column or row, which stays partly transparent, and
/// cairo then writes an RGBA image instead of RGB: a third more bytes for
/// zlib, which is most of a PNG's cost. Growing `pad` by less than a pixel
/// per side makes the page whole. Graphs that set `size`, `ratio`, `rotate`
/// or `landscape` (which scale or turn the page) are left alone.
enum WholePixelPage {
    /// Sets `pad` on the laid-out root graph `g`.
    static func apply(to g: UnsafeMutablePointer<Agraph_t>) {
        for name in ["size", "ratio", "rotate", "landscape"] where !(value(g, name) ?? "").isEmpty { return }
        var box = [Double](repeating: 0, count: 4)
        cgv_bounding_box(g, &box)
        guard box[2] > box[0], box[3] > box[1] else { return }
        let dpi = (value(g, "dpi").flatMap(Double.init) ?? value(g, "resolution").flatMap(Double.init))
            .flatMap { $0 > 0 ? $0 : nil } ?? 96
        let pad = (value(g, "pad") ?? "").split(separator: ",").compactMap { Double($0) }.map { $0 * 72 }
        let padX = pad.first ?? 4, padY = pad.count > 1 ? pad[1] : padX
        let x = wholePixelPad(extent: box[2] - box[0], pad: padX, dpi: dpi)
        let y = wholePixelPad(extent: box[3] - box[1], pad: padY, dpi: dpi)
        _ = cgv_set(g, "pad", "\(x / 72),\(y / 72)")
    }

    /// The pad, in points, at least `pad`, that makes `extent + 2 pad` a whole number of
    /// pixels plus a hundredth (so that rounding keeps it and the background covers it).
    static func wholePixelPad(extent: Double, pad: Double, dpi: Double) -> Double {
        let pixels = (extent + 2 * pad) * dpi / 72
        let target = (pixels - 1e-9).rounded(.up) + 0.01
        return max(pad, (target * 72 / dpi - extent) / 2)
    }

    /// Formats drawn as pixels (cairo and gd raster devices).
    static func isRaster(_ format: OutputFormat) -> Bool {
        let device = format.name.split(separator: ":").first.map(String.init) ?? ""
        return ["png", "jpg", "jpeg", "jpe", "gif", "bmp", "tif", "tiff", "webp"].contains(device)
    }

    private static func value(_ g: UnsafeMutablePointer<Agraph_t>, _ name: String) -> String? {
        guard let text = cgv_get(g, name) else { return nil }
        return String(cString: text)
    }
}
