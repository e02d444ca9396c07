import ActorGraph

/// The page's inline CSS. Sign and kind colours come from the diagram's own
/// styles (``SignStyle``, ``KindStyle``), so a red dashed edge in the picture
/// and a "hostile" label in a table are the same red.
///
/// Readability on a laptop: one column at most 72rem wide, 16px body text,
/// tables in 14px with tabular figures, the diagram scaled to the column and
/// scrollable when it is wider. System fonts only: the page loads nothing.
enum Stylesheet {
    /// The whole stylesheet.
    static var css: String { base + signRules + kindRules }

    private static let base = """
        :root { --ink: #222; --muted: #6b6b66; --line: #e2e2dc; --paper: #fff; --ground: #f5f5f2; --accent: #2f6db5; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; background: var(--ground); color: var(--ink);
          font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "DejaVu Sans", Arial, sans-serif; }
        .page { max-width: 72rem; margin: 0 auto; padding: 0 1.5rem 3rem; }
        header.masthead { padding: 2rem 0 1rem; }
        header.masthead .kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .75rem; color: var(--muted); margin: 0; }
        h1 { font-size: 2rem; line-height: 1.2; margin: .25rem 0 .5rem; font-weight: 700; }
        .lede { font-size: 1.05rem; color: #3a3a36; margin: 0 0 1rem; max-width: 52rem; }
        nav.toc { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; font-size: .9rem; padding: .5rem 0 0; border-top: 1px solid var(--line); }
        nav.toc a { color: var(--accent); text-decoration: none; }
        nav.toc a:hover { text-decoration: underline; }
        section { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 1.25rem 1.5rem 1.5rem; margin: 1.25rem 0; }
        h2 { font-size: 1.35rem; margin: 0 0 .25rem; }
        h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
        .note { color: var(--muted); font-size: .9rem; margin: 0 0 1rem; max-width: 52rem; }
        .muted { color: var(--muted); }
        .stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: .75rem; margin: 1rem 0; }
        .stat { border: 1px solid var(--line); border-radius: 8px; padding: .6rem .8rem; }
        .stat b { display: block; font-size: 1.6rem; line-height: 1.2; font-variant-numeric: tabular-nums; }
        .stat span { display: block; font-weight: 600; font-size: .9rem; }
        .stat small { display: block; color: var(--muted); font-size: .78rem; line-height: 1.35; margin-top: .15rem; }
        section.wide { width: min(calc(100vw - 3rem), 110rem); position: relative; left: 50%; transform: translateX(-50%); }
        figure.diagram { margin: 0; position: relative; }
        .diagram .canvas { border: 1px solid var(--line); border-radius: 8px; background: #fff; overflow: auto; max-height: 88vh; padding: .5rem; }
        .diagram svg { display: block; margin: 0 auto; max-width: 100%; height: auto; }
        .zoom-toggle { position: absolute; opacity: 0; pointer-events: none; }
        .zoom-label { position: absolute; top: -2.1rem; right: 0; font-size: .85rem; color: var(--accent); cursor: pointer;
          border: 1px solid var(--line); border-radius: 6px; padding: .15rem .6rem; background: #fff; user-select: none; }
        .zoom-label::before { content: "Zoom to actual size"; }
        .zoom-toggle:checked + .zoom-label::before { content: "Fit to width"; }
        .zoom-toggle:focus-visible + .zoom-label { outline: 2px solid var(--accent); }
        .zoom-toggle:checked ~ .canvas svg { max-width: none; }
        figcaption { color: var(--muted); font-size: .85rem; margin-top: .5rem; }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: .875rem; font-variant-numeric: tabular-nums; }
        th { text-align: left; font-weight: 600; color: var(--muted); font-size: .75rem; text-transform: uppercase; letter-spacing: .04em;
          border-bottom: 2px solid var(--line); padding: .45rem .5rem; vertical-align: bottom; }
        td { border-bottom: 1px solid var(--line); padding: .45rem .5rem; vertical-align: top; }
        tbody tr:nth-child(even) td { background: #fafaf8; }
        td.num, th.num { text-align: right; white-space: nowrap; }
        .score { display: block; }
        .bar { display: block; height: 4px; border-radius: 2px; background: #8fb3de; margin-top: 3px; margin-left: auto; }
        .rank { color: var(--muted); font-size: .75rem; }
        .top .score { font-weight: 700; }
        .node { white-space: normal; }
        .swatch { display: inline-block; width: .75em; height: .75em; margin-right: .35em; border: 1.5px solid; vertical-align: -.05em; }
        .sign { display: inline-block; font-size: .72rem; line-height: 1.3; padding: 0 .4em; border-radius: 3px; border: 1px solid; white-space: nowrap; }
        .rel { font-weight: 600; }
        .evidence + .evidence { margin-top: .4rem; }
        .evidence q { quotes: "“" "”"; }
        .evidence cite { display: block; font-style: normal; color: var(--muted); font-size: .78rem; }
        table.relations { table-layout: fixed; }
        table.relations col.source, table.relations col.target { width: 17%; }
        table.relations col.relation { width: 13%; }
        table.relations col.weight { width: 4.5rem; }
        table.violations { table-layout: fixed; }
        table.violations col.tie { width: 22%; }
        table.violations col.why { width: 20%; }
        table.violations col.weight { width: 4.5rem; }
        dl.measures { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; font-size: .85rem; color: var(--muted); margin: 1rem 0 0; }
        dl.measures dt { font-weight: 600; color: var(--ink); }
        dl.measures dd { margin: 0; }
        .blocs { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: .75rem; }
        .bloc { border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem; background: #f9f9f7; }
        .bloc h3 { margin: 0 0 .4rem; }
        .bloc ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem .9rem; font-size: .9rem; }
        .bloc .missions { margin-top: .5rem; font-size: .85rem; color: var(--muted); }
        ol.documents { padding-left: 1.5rem; margin: 0; }
        ol.documents li { margin: .3rem 0; }
        code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .8em; color: var(--muted); word-break: break-all; }
        footer { color: var(--muted); font-size: .8rem; padding: 1rem 0; }
        @media (max-width: 48rem) { .page { padding: 0 .75rem 2rem; } section { padding: 1rem; } h1 { font-size: 1.6rem; } }
        @media print { body { background: #fff; } section { border: 0; padding: 0; } .diagram .canvas { max-height: none; overflow: visible; } nav.toc { display: none; } }

        """

    /// `.sign-cooperative`, `.sign-hostile`, `.sign-neutral`: the edge colours.
    private static var signRules: String {
        [1, -1, 0].map { sign in
            let style = SignStyle.of(sign: sign)
            return ".sign.sign-\(style.name) { color: \(style.fontColor); border-color: \(style.color); background: \(style.color)14; }\n"
                + ".rel.sign-\(style.name) { color: \(style.fontColor); }\n"
                + "tr.sign-\(style.name) td:first-child { box-shadow: inset 3px 0 0 \(style.color); }\n"
        }.joined()
    }

    /// `.swatch.kind-country`, …: the node kinds' fill and border, and a shape hint.
    private static var kindRules: String {
        NodeKind.allCases.map { kind in
            let style = KindStyle.of(kind)
            let radius: String
            switch kind {
            case .person: radius = "50%"
            case .country: radius = "1px"
            case .organization: radius = "30%"
            case .mission: radius = "25% 25% 25% 25% / 50% 50% 50% 50%"
            case .statement: radius = "0 35% 0 0"
            }
            return ".swatch.kind-\(kind.rawValue) { background: \(style.fill); border-color: \(style.stroke); border-radius: \(radius); }\n"
        }.joined()
    }
}
