/**
 * The Typst functions and styles of the PDF report, placed before the content written by
 * {@link renderTypst}: A4 pages, running header and page numbers, numbered headings, tables,
 * figures, key-figure cards and callouts, in the colours of the HTML report. It reads `meta`, a
 * dictionary that the generated source defines first.
 */
export const TYPST_PREAMBLE = `
#let accent = rgb("#1f4e79")
#let accent-soft = rgb("#e8eef5")
#let ink = rgb("#1d2430")
#let muted = rgb("#5b6472")
#let rule-color = rgb("#d9dee5")
#let zebra = rgb("#f8f9fb")
#let tones = (
  "green": (rgb("#2e7d32"), rgb("#e9f4ea"), "●"),
  "amber": (rgb("#9a5b00"), rgb("#fdf3e1"), "▲"),
  "red": (rgb("#b3261e"), rgb("#fbeaea"), "■"),
  "none": (rgb("#5b6472"), rgb("#f1f3f6"), ""),
)

#set document(title: meta.title + " — " + meta.community, author: meta.authors, date: none)
#set text(font: "Libertinus Serif", size: 10.5pt, lang: meta.lang, region: meta.region, fill: ink)
#set par(justify: true, leading: 0.62em, spacing: 1.05em)
#set page(
  paper: "a4",
  margin: (top: 24mm, bottom: 22mm, x: 20mm),
  header: context if here().page() > 1 {
    set text(size: 8.5pt, fill: muted)
    grid(columns: (1fr, auto), column-gutter: 12pt, meta.title, meta.community)
    v(-4pt)
    line(length: 100%, stroke: 0.4pt + rule-color)
  },
  footer: context if here().page() > 1 {
    set text(size: 8pt, fill: muted)
    let total = counter(page).final().first()
    grid(columns: (1fr, auto), column-gutter: 12pt, meta.footer,
      meta.page + " " + str(here().page()) + " " + meta.of + " " + str(total))
  },
)
#set heading(numbering: "1.1")
#show heading: set par(justify: false)
#let numbered(it, width, fill) = if it.numbering == none { it.body } else {
  grid(columns: (width, 1fr), text(fill: fill, counter(heading).display()), it.body)
}
#show heading.where(level: 1): it => {
  pagebreak(weak: true)
  set text(size: 19pt, fill: accent, weight: "regular")
  block(below: 14pt, width: 100%, stroke: (bottom: 1.2pt + accent), inset: (bottom: 5pt),
    numbered(it, 2.1em, muted))
}
#show heading.where(level: 2): it => {
  set text(size: 13pt, weight: "semibold")
  block(above: 18pt, below: 9pt, sticky: true,
    numbered(it, 2.6em, accent))
}
#show outline: set heading(numbering: none)
#show outline.entry.where(level: 1): it => { v(5pt); strong(it) }
#set figure(gap: 8pt)
#show figure: set block(breakable: true, above: 14pt, below: 16pt)
#show figure.where(kind: table): set figure.caption(position: top)
#set figure.caption(separator: [ — ])
#show figure.caption: it => align(left, text(size: 9.5pt, {
  text(fill: accent, weight: "bold", it.supplement + [ ] + context it.counter.display(it.numbering) + it.separator)
  strong(it.body)
}))
#set table(inset: (x: 6pt, y: 4.5pt))
#show table: set text(size: 9pt)
#show table: set par(justify: false)
#set list(indent: 4pt, spacing: 0.8em, marker: text(fill: accent, "■"))
#set enum(indent: 4pt, spacing: 0.8em)

#let report-table(caption, supplement, widths, aligns, header, rows) = figure(
  kind: table, supplement: supplement, caption: caption,
  table(
    columns: widths,
    align: (x, y) => aligns.at(x) + top,
    stroke: (x, y) => (bottom: if y == 0 { 1pt + accent } else { 0.4pt + rule-color }),
    fill: (x, y) => if y > 0 and calc.even(y) { zebra },
    table.header(..header.map(h => strong(h))),
    ..rows.flatten(),
  ),
)
#let table-note(body) = block(above: -8pt, below: 14pt, text(size: 8.5pt, fill: muted, body))
#let chart(path, alt, caption, supplement) = figure(
  kind: image, supplement: supplement, caption: caption,
  image(path, width: 100%, alt: alt),
)
#let badge(status, label) = {
  let (fg, bg, shape) = tones.at(status)
  box(fill: bg, inset: (x: 5pt, y: 2.5pt), radius: 6pt,
    text(size: 7.5pt, fill: fg, weight: "bold", shape + " " + label))
}
#let key-figure(item) = {
  let (fg, bg, shape) = tones.at(item.status)
  block(width: 100%, breakable: false, inset: (x: 9pt, y: 8pt), radius: 2pt,
    stroke: (top: 3pt + fg, left: 0.5pt + rule-color, right: 0.5pt + rule-color, bottom: 0.5pt + rule-color), {
    set par(justify: false, spacing: 5pt, leading: 0.5em)
    text(size: 8.5pt, fill: muted, item.label)
    parbreak()
    text(size: 19pt, item.value)
    if item.detail != "" { parbreak(); text(size: 7.5pt, fill: muted, item.detail) }
    if item.status != "none" { parbreak(); badge(item.status, item.statusLabel) }
    if item.threshold != "" { parbreak(); text(size: 7pt, fill: muted, item.threshold) }
    if item.source != "" { parbreak(); text(size: 6.5pt, fill: muted, emph(item.source)) }
  })
}
#let key-figures(items) = block(above: 12pt, below: 14pt, grid(
  columns: (1fr,) * calc.min(3, items.len()), column-gutter: 8pt, row-gutter: 8pt,
  ..items.map(key-figure),
))
#let callout(tone, title, body) = {
  let (fg, bg) = if tone == "warning" { (tones.amber.at(0), tones.amber.at(1)) } else { (accent, accent-soft) }
  block(width: 100%, breakable: false, fill: bg, stroke: (left: 3pt + fg), inset: (x: 12pt, y: 9pt),
    above: 14pt, below: 14pt, {
    set par(justify: false)
    text(weight: "bold", title)
    parbreak()
    body
  })
}
`;
