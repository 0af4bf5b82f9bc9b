/**
 * The report's stylesheet, inlined in the HTML: one accent colour, a serif for headings and a
 * sans-serif for text (local fonts only), status colours always paired with words and shapes,
 * and print rules for A4 with a page break before each main section.
 */
export const HTML_STYLE = `
:root{--accent:#1f4e79;--accent-soft:#e8eef5;--ink:#1d2430;--muted:#5b6472;--rule:#d9dee5;
--paper:#fff;--green:#2e7d32;--green-soft:#e9f4ea;--amber:#9a5b00;--amber-soft:#fdf3e1;
--red:#b3261e;--red-soft:#fbeaea;--none:#5b6472;--none-soft:#f1f3f6;
--serif:Georgia,'Times New Roman',serif;--sans:'Segoe UI','Helvetica Neue',Arial,sans-serif}
*{box-sizing:border-box}
html{background:#f4f5f7}
body{margin:0 auto;max-width:900px;background:var(--paper);color:var(--ink);font-family:var(--sans);
font-size:16px;line-height:1.55;padding:0 56px 48px;counter-reset:section figure table}
h1,h2,h3{font-family:var(--serif);color:var(--ink);line-height:1.25;font-weight:normal}
h2{font-size:1.75rem;color:var(--accent);border-bottom:2px solid var(--accent);padding-bottom:.3rem;
margin:3.5rem 0 1.25rem}
h2 .num{display:inline-block;min-width:2.2rem;color:var(--muted)}
h3{font-size:1.25rem;margin:2rem 0 .75rem}
p{margin:.6rem 0 1rem}
a{color:var(--accent)}
.cover{min-height:560px;display:flex;flex-direction:column;justify-content:space-between;
padding:0 0 48px;border-bottom:1px solid var(--rule)}
.cover-band{height:14px;background:var(--accent);margin:0 -56px 80px}
.cover-kicker{text-transform:uppercase;letter-spacing:.12em;font-size:.85rem;color:var(--muted);margin:0}
.cover h1{margin:.75rem 0 0}
.cover-logo{display:block;max-height:64px;max-width:240px;margin:0 0 1.5rem}
.cover-title{display:block;font-size:2.8rem;color:var(--accent)}
.cover-community{display:block;font-size:1.5rem;margin-top:1rem;color:var(--ink)}
.cover-facts{display:grid;grid-template-columns:max-content 1fr;gap:.4rem 1.5rem;margin:0;
border-top:1px solid var(--rule);padding-top:1.25rem}
.cover-facts dt{color:var(--muted);font-size:.9rem}
.cover-facts dd{margin:0}
.toc ol{list-style:none;padding-left:0;margin:0}
.toc ol ol{padding-left:2.2rem;font-size:.95rem}
.toc li{margin:.35rem 0}
.toc a{text-decoration:none;color:var(--ink)}
.toc .num{display:inline-block;min-width:2.2rem;color:var(--accent)}
.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(245px,1fr));gap:14px;margin:1rem 0 1.5rem;
padding:0;list-style:none}
.card{border:1px solid var(--rule);border-top:5px solid var(--none);border-radius:4px;padding:14px 16px;
background:var(--paper);break-inside:avoid}
.card-label{font-size:.9rem;color:var(--muted);margin:0}
.card-value{font-family:var(--serif);font-size:2rem;margin:.2rem 0;line-height:1.1}
.card-detail{font-size:.85rem;color:var(--muted);margin:0 0 .5rem}
.card-threshold,.card-source{font-size:.78rem;color:var(--muted);margin:.35rem 0 0}
.badge{display:inline-block;font-size:.78rem;font-weight:600;padding:2px 8px;border-radius:10px}
.status-green{border-top-color:var(--green)}.status-green .badge{background:var(--green-soft);color:var(--green)}
.status-amber{border-top-color:var(--amber)}.status-amber .badge{background:var(--amber-soft);color:var(--amber)}
.status-red{border-top-color:var(--red)}.status-red .badge{background:var(--red-soft);color:var(--red)}
.status-none .badge{background:var(--none-soft);color:var(--none)}
table{width:100%;border-collapse:collapse;margin:1rem 0 1.5rem;font-size:.92rem;break-inside:avoid}
caption{caption-side:top;text-align:left;font-weight:600;padding:0 0 .5rem;color:var(--ink)}
caption .label,figcaption .label{color:var(--accent)}
th{text-align:left;font-weight:600;border-bottom:2px solid var(--accent);padding:.45rem .6rem;vertical-align:bottom}
td{border-bottom:1px solid var(--rule);padding:.4rem .6rem;vertical-align:top}
tbody tr:nth-child(even) td,tbody tr:nth-child(even) th{background:#f8f9fb}
tbody th{font-weight:normal;border-bottom:1px solid var(--rule);vertical-align:top}
.num-cell{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.table-note{font-size:.85rem;color:var(--muted);margin-top:-1rem}
figure{margin:1.25rem 0 1.75rem;break-inside:avoid}
.chart-svg svg{display:block;max-width:100%;height:auto;margin:0 auto}
figcaption{font-size:.92rem;font-weight:600;margin-top:.5rem}
.callout{border-left:4px solid var(--accent);background:var(--accent-soft);padding:.8rem 1.1rem;margin:1.25rem 0;
break-inside:avoid}
.callout-warning{border-left-color:var(--amber);background:var(--amber-soft)}
.callout-title{font-weight:600;margin:0 0 .3rem}
.callout p:last-child{margin-bottom:0}
ul.statements{padding-left:1.2rem}
ul.statements li{margin:.55rem 0}
.report-footer{margin-top:3rem;border-top:1px solid var(--rule);padding-top:.75rem;font-size:.8rem;color:var(--muted)}
@page{size:A4;margin:18mm 16mm 20mm}
@media print{
html{background:none}
body{max-width:none;padding:0;font-size:10.5pt}
.cover{min-height:250mm;border:none;break-after:page}
.cover-band{margin:0 0 60mm}
.toc{break-after:page}
h2{break-before:page;margin-top:0}
h2,h3{break-after:avoid}
.toc h2{break-before:auto}
a{text-decoration:none;color:inherit}
.figures{grid-template-columns:repeat(3,1fr)}
}
`;
