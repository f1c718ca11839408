/// The built-in page and index templates (Mustache) and the stylesheet.
///
/// They are compiled in rather than shipped as resource files, so an
/// installed `litmus` binary needs nothing beside it. `--template DIR`
/// replaces any of `page.mustache`, `index.mustache`, `header.mustache` (the
/// partial both start with) and `style.css`.
enum DefaultTemplates {
  /// The start of every page up to the site header, as the `header` partial
  /// (`{{> header}}`); `title` is the page's title.
  static let header = """
    <!DOCTYPE html>
    <html lang="{{lang}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <title>{{title}}</title>
    <link rel="stylesheet" href="{{stylesheet}}">
    </head>
    <body>
    <header class="site">
    <a href="index.html">{{siteTitle}}</a>
    <span class="status{{#anyFailed}} has-failures{{/anyFailed}}">{{checked}} checked{{#anyFailed}}, {{failed}} failed{{/anyFailed}}</span>
    </header>

    """

  static let page = """
    {{> header}}
    <div class="layout">
    {{#hasContents}}
    <nav class="contents" aria-label="Contents">
    <h2>Contents</h2>
    <ol>
    {{#contents}}
    <li class="level-{{level}}"><a href="#{{id}}">{{{html}}}</a></li>
    {{/contents}}
    </ol>
    </nav>
    {{/hasContents}}
    <main>
    {{#hasFailures}}
    <section class="failures" aria-label="Failures">
    <h2>{{failed}} failed</h2>
    <ul>
    {{#failures}}
    <li><span class="where">{{line}}:{{column}}</span> {{message}}</li>
    {{/failures}}
    </ul>
    </section>
    {{/hasFailures}}
    <article>
    {{{body}}}
    </article>
    <nav class="pager" aria-label="Previous and next">
    {{#previous}}<a class="previous" rel="prev" href="{{href}}">← {{title}}</a>{{/previous}}
    {{#next}}<a class="next" rel="next" href="{{href}}">{{title}} →</a>{{/next}}
    </nav>
    </main>
    </div>
    </body>
    </html>

    """

  static let index = """
    {{> header}}
    <main class="index">
    <h1>{{siteTitle}}</h1>
    <p>Every number on these pages was computed from the examples in the notes and checked against what the text states.</p>
    <ol class="notes">
    {{#notes}}
    <li><a href="{{href}}">{{title}}</a> <span class="counts{{#anyFailed}} has-failures{{/anyFailed}}">{{checked}} checked{{#anyFailed}}, {{failed}} failed{{/anyFailed}}</span></li>
    {{/notes}}
    </ol>
    </main>
    </body>
    </html>

    """
}
