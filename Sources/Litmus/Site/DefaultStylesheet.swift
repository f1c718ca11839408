/// The built-in stylesheet: readable width, light and dark by
/// `prefers-color-scheme`, a print layout, and contrast above WCAG AA.
///
/// Nothing makes the page scroll sideways on a narrow screen: long words, URLs
/// and inline code wrap (`overflow-wrap`), and math that cannot wrap (inline, or
/// display math in a heading, link or emphasis) scrolls in its own box, as display
/// math and code blocks do.
enum DefaultStylesheet {
  static let css = """
    :root {
      --text: #1d2329; --muted: #56606b; --background: #ffffff; --surface: #f5f7f9;
      --border: #d8dde3; --link: #0b57a4; --pass: #106b32; --pass-surface: #e8f5ec;
      --fail: #a4161a; --fail-surface: #fdecec; --warn: #7a4a00; --warn-surface: #fff4e0;
      --keyword: #a0206b; --type: #2b5f9e; --number: #1c6b48; --string: #9a3a0e;
      --comment: #5f6b76; --label: #6a3fa0;
      --litmus-plot-1: #2f6fc6; --litmus-plot-2: #c2610a; --litmus-plot-3: #23864b;
      --litmus-plot-positive: #d9730d; --litmus-plot-negative: #2f6fc6;
      --mono: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace;
      --serif: "Iowan Old Style", "Palatino Linotype", Palatino, "DejaVu Serif", Georgia, serif;
      --sans: system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif;
    }
    @media (prefers-color-scheme: dark) {
      :root {
        --text: #e6e9ed; --muted: #a7b0ba; --background: #14181c; --surface: #1d232a;
        --border: #333c46; --link: #7cb7ff; --pass: #6fd08f; --pass-surface: #16301f;
        --fail: #ff8a8a; --fail-surface: #3a1a1c; --warn: #f2c46d; --warn-surface: #372a12;
        --keyword: #ff7ab8; --type: #8cbcff; --number: #7be0b0; --string: #ffab7a;
        --comment: #95a1ad; --label: #c9a7ff;
        --litmus-plot-1: #6ea8ff; --litmus-plot-2: #ffa24d; --litmus-plot-3: #5fd08c;
        --litmus-plot-positive: #ff9a3d; --litmus-plot-negative: #5b9dff;
      }
    }
    * { box-sizing: border-box; }
    html { font-size: 112.5%; }
    body { margin: 0; color: var(--text); background: var(--background); font-family: var(--serif); line-height: 1.6;
      overflow-wrap: break-word; }
    a { color: var(--link); }
    header.site { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem;
      padding: 0.6rem 1.5rem; border-bottom: 1px solid var(--border); font-family: var(--sans); font-size: 0.85rem; }
    header.site a { font-weight: 600; text-decoration: none; }
    .status, .counts { color: var(--pass); font-family: var(--sans); font-size: 0.85rem; }
    .status.has-failures, .counts.has-failures { color: var(--fail); font-weight: 600; }
    .layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 44rem) minmax(0, 1fr); gap: 2rem; padding: 0 1.5rem; }
    main { grid-column: 2; min-width: 0; padding-bottom: 4rem; }
    main.index { max-width: 44rem; margin: 0 auto; padding: 1rem 1.5rem 4rem; }
    nav.contents { grid-column: 1; justify-self: end; position: sticky; top: 1rem; align-self: start;
      max-width: 16rem; margin-top: 2.2rem; font-family: var(--sans); font-size: 0.8rem; }
    nav.contents h2 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); margin: 0 0 0.4rem; }
    nav.contents ol { list-style: none; padding: 0; margin: 0; }
    nav.contents li { margin: 0.25rem 0; }
    nav.contents li.level-3 { padding-left: 0.9rem; }
    nav.contents a { color: var(--muted); text-decoration: none; }
    nav.contents a:hover { color: var(--link); }
    @media (max-width: 70rem) {
      .layout { display: block; max-width: 46rem; margin: 0 auto; }
      nav.contents { position: static; max-width: none; margin: 1.5rem 0 0; }
    }
    h1, h2, h3, h4 { font-family: var(--sans); line-height: 1.25; }
    h1 { font-size: 1.9rem; margin: 2rem 0 1rem; }
    h2 { font-size: 1.35rem; margin: 2.2rem 0 0.8rem; }
    h3 { font-size: 1.1rem; margin: 1.8rem 0 0.6rem; }
    p, li { hyphens: auto; }
    code { font-family: var(--mono); font-size: 0.86em; background: var(--surface); border-radius: 3px; padding: 0.05em 0.25em;
      overflow-wrap: anywhere; }
    pre { overflow-x: auto; }
    pre code { background: none; padding: 0; font-size: 0.84rem; }
    pre.code { margin: 0; padding: 0.55rem 0.9rem; background: var(--surface); line-height: 1.45; }
    body > .layout pre.code:not(.example pre) { border: 1px solid var(--border); border-radius: 6px; margin: 1rem 0; }
    .example { margin: 1.2rem 0; border: 1px solid var(--border); border-radius: 6px; overflow: hidden; background: var(--surface); }
    .example > pre.code + pre.code { border-top: 1px dashed var(--border); }
    .result { display: flex; gap: 0.5rem; align-items: baseline; padding: 0.3rem 0.9rem; font-family: var(--mono); font-size: 0.82rem;
      border-top: 1px solid var(--border); border-bottom: 1px solid var(--border); background: var(--background); overflow-x: auto; white-space: pre; }
    .result + .result { border-top: none; }
    .result:last-child { border-bottom: none; }
    .result .arrow { color: var(--muted); }
    .result .label { color: var(--muted); font-family: var(--sans); font-size: 0.78rem; }
    .result.passed { background: var(--pass-surface); }
    .result.passed .mark, .result.expected .mark { color: var(--pass); font-weight: 700; }
    .result.failed { background: var(--fail-surface); color: var(--fail); }
    .result.failed .mark { font-weight: 700; }
    .result.warning.expected, .result.error.expected { background: var(--warn-surface); color: var(--warn); }
    .result.figure { display: block; padding: 0.6rem 0.9rem; white-space: normal; font-family: var(--sans); }
    .result.figure svg { display: block; max-width: 100%; height: auto; }
    del { color: var(--fail); text-decoration: line-through; }
    ins { color: var(--pass); text-decoration: none; font-weight: 600; }
    .inline-value { font-family: var(--mono); font-size: 0.9em; border-bottom: 1px dotted var(--muted); }
    .inline-check { font-family: var(--mono); font-size: 0.9em; }
    .inline-check .mark { font-family: var(--sans); font-size: 0.75em; margin-left: 0.15em; vertical-align: super; }
    .inline-check.passed .mark { color: var(--pass); }
    .inline-check.failed, .inline-value.failed { color: var(--fail); background: var(--fail-surface); padding: 0 0.2em; border-radius: 3px; }
    .tok-keyword { color: var(--keyword); }
    .tok-type { color: var(--type); }
    .tok-number { color: var(--number); }
    .tok-string { color: var(--string); }
    .tok-comment { color: var(--comment); font-style: italic; }
    .tok-label { color: var(--label); }
    math { font-size: 1.08em;
      font-family: "Latin Modern Math", "STIX Two Math", "Cambria Math", "TeX Gyre DejaVu Math", "DejaVu Math TeX Gyre", math; }
    math:not([display="block"]) { max-width: 100%; overflow-x: auto; overflow-y: hidden; }
    .math-display { margin: 1rem 0; overflow-x: auto; overflow-y: hidden; }
    h1 math, h2 math, h3 math, h4 math, a math, em math, strong math { max-width: 100%; overflow-x: auto; overflow-y: hidden; }
    nav.contents math { display: inline math; math-style: compact; }
    .math-display math { display: block math; }
    code.math-error { color: var(--fail); background: var(--fail-surface); white-space: pre-wrap; }
    section.failures { margin: 1.5rem 0; padding: 0.6rem 1rem; border: 1px solid var(--fail); border-radius: 6px;
      background: var(--fail-surface); font-family: var(--sans); font-size: 0.85rem; }
    section.failures h2 { margin: 0 0 0.4rem; font-size: 1rem; color: var(--fail); }
    section.failures .where { font-family: var(--mono); color: var(--muted); }
    nav.pager { display: flex; justify-content: space-between; gap: 1rem; margin-top: 3rem; padding-top: 1rem;
      border-top: 1px solid var(--border); font-family: var(--sans); font-size: 0.9rem; }
    nav.pager .next { margin-left: auto; text-align: right; }
    ol.notes { padding-left: 1.4rem; }
    ol.notes li { margin: 0.5rem 0; }
    ol.notes .counts { margin-left: 0.4rem; }
    blockquote { margin: 1rem 0; padding: 0 1rem; border-left: 3px solid var(--border); color: var(--muted); }
    table { border-collapse: collapse; }
    th, td { border: 1px solid var(--border); padding: 0.25rem 0.6rem; }
    img { max-width: 100%; }
    @media print {
      html { font-size: 11pt; }
      header.site, nav.contents, nav.pager { display: none; }
      .layout { display: block; padding: 0; }
      main { padding: 0; }
      a { color: inherit; text-decoration: none; }
      .example, pre.code { break-inside: avoid; }
      .example, .result { background: none !important; }
    }

    """
}
