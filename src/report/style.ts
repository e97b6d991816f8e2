export interface Swatch {
  /** Borders, badges, bars and speaker names: at least 4.5:1 on white and on `light`. */
  readonly dark: string;
  /** Highlight background behind body text. */
  readonly light: string;
  /** Quoted segments of mixed quotes, a step stronger than `light`. */
  readonly mid: string;
}

export const ink = '#1b1b1b';
export const paper = '#ffffff';
export const page = '#fbfaf7';
export const muted = '#555555';

export const speakerPalette: readonly Swatch[] = [
  { dark: '#1f4e99', light: '#dce8fb', mid: '#b7cff3' },
  { dark: '#a3320b', light: '#fde3d6', mid: '#f8c2a9' },
  { dark: '#2e6b1f', light: '#dff2d6', mid: '#bfe3ae' },
  { dark: '#8a1c5c', light: '#f8dcec', mid: '#efb5d6' },
  { dark: '#6b5300', light: '#fbf0c4', mid: '#f2dc86' },
  { dark: '#0f5f66', light: '#d3f0f1', mid: '#a6dfe2' },
  { dark: '#5b2f9e', light: '#e9defa', mid: '#d2bdf3' },
  { dark: '#7a4312', light: '#f3e2d2', mid: '#e6c3a3' },
];

export const unknownSwatch: Swatch = { dark: '#4d4d4d', light: '#ececec', mid: '#d4d4d4' };

const swatchRules = [...speakerPalette.map((swatch, index) => [`c${index}`, swatch] as const), ['cx', unknownSwatch] as const]
  .map(([name, swatch]) => `.${name}{--dark:${swatch.dark};--light:${swatch.light};--mid:${swatch.mid}}`)
  .join('\n');

export const stylesheet = `
:root{color-scheme:light;--ink:${ink};--muted:${muted};--line:#d5d2cb;--page:${page};--paper:${paper};--focus:#000}
*{box-sizing:border-box}
html{scroll-padding:4rem 0}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--page)}
a{color:#1a4c8f}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.vh{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.skip{position:absolute;left:-9999px;top:.5rem;background:var(--paper);color:var(--ink);padding:.5rem .75rem;border:2px solid var(--focus);z-index:10}
.skip:focus{left:.5rem}
${swatchRules}
.top{background:var(--paper);border-bottom:1px solid var(--line);padding:1.25rem 2rem 1rem}
.eyebrow{margin:0;font-size:.8rem;letter-spacing:.06em;text-transform:uppercase;color:var(--muted)}
h1{font:600 1.6rem/1.25 Georgia,"Times New Roman",serif;margin:.2rem 0 .4rem}
.summary{margin:0 0 .25rem;color:var(--muted)}
.summary strong{color:var(--ink)}
.notice{margin:.5rem 0;padding:.5rem .75rem;border-left:4px solid #8a5a00;background:#fff6e0}
.overview{display:flex;flex-wrap:wrap;gap:1rem 2.5rem;align-items:flex-start;margin-top:.75rem}
.overview h2{font-size:.8rem;letter-spacing:.06em;text-transform:uppercase;color:var(--muted);margin:0 0 .35rem}
.chart svg{display:block;max-width:100%;height:auto}
.chart text{font:12px system-ui,sans-serif;fill:var(--ink)}
.chart .n{font-weight:700}
.chart .bar{fill:var(--dark)}
.chart .track{fill:#efede8}
.legend ul{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(2,minmax(11rem,auto));gap:.3rem 1.25rem;font-size:.9rem}
.legend li{display:flex;align-items:center;gap:.5rem}
.sample{display:inline-block;min-width:3.2rem;text-align:center;font:.85rem/1.5 Georgia,serif}
.dot{display:inline-block;width:.8rem;height:.8rem;border-radius:50%;background:var(--dark);flex:none}
.keys{font-size:.85rem;color:var(--muted);margin:.6rem 0 0}
kbd{font:inherit;border:1px solid #aaa;border-bottom-width:2px;border-radius:3px;padding:0 .25rem;background:#fff;color:var(--ink)}
.layout{display:grid;grid-template-columns:minmax(0,1fr) minmax(320px,430px);align-items:start}
main{padding:1.5rem 2rem 4rem;min-width:0}
.source{margin:0 0 3rem}
.source h2{font:600 1.3rem/1.3 Georgia,"Times New Roman",serif;margin:0 0 .25rem}
.meta{color:var(--muted);font-size:.9rem;margin:0 0 1rem}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font:1.07rem/1.9 Georgia,"Times New Roman",serif;max-width:80ch;margin:0;padding:1.25rem 1.5rem;background:var(--paper);border:1px solid var(--line);border-radius:6px}
mark{color:inherit;background:none}
mark.q{background-color:var(--light);border-bottom:3px solid var(--dark);padding:0 0 1px;cursor:pointer;scroll-margin:6rem}
mark.q.k-indirect{border-bottom-style:dashed}
mark.q.k-mixed{border-bottom-style:dotted}
mark.q mark.q{padding-bottom:6px;background-clip:content-box}
mark.q mark.q mark.q{padding-bottom:11px}
mark.q[data-n]::before{content:attr(data-n);display:inline-block;font:700 .68rem/1.35 system-ui,sans-serif;color:#fff;background:var(--dark);border-radius:3px;padding:0 .3rem;margin-right:.25rem;vertical-align:.2em;letter-spacing:.02em}
mark.q.draft{background-image:repeating-linear-gradient(135deg,transparent 0 6px,rgba(0,0,0,.09) 6px 8px)}
mark.seg{background-color:var(--mid);text-decoration:underline 2px var(--dark);text-underline-offset:3px}
.cue{border:1.5px solid #3d3d3d;border-radius:3px;padding:0 2px;font-style:italic}
.who{color:var(--dark);font-weight:700}
mark.q:focus,mark.q:target{outline:3px solid var(--focus);outline-offset:2px}
mark.q.selected{box-shadow:0 0 0 2px var(--paper),0 0 0 4px var(--dark)}
.off,mark.q.off,mark.seg.off{background:none!important;border-bottom-color:transparent!important;text-decoration:none;box-shadow:none!important;cursor:auto}
mark.q.off::before{display:none}
.cue.off{border-color:transparent;font-style:inherit}
.who.off{color:inherit;font-weight:inherit}
.missing{color:var(--muted);font-style:italic}
aside{position:sticky;top:0;max-height:100vh;overflow:auto;background:var(--paper);border-left:1px solid var(--line);padding:1rem 1.25rem 2rem}
aside>h2{font-size:1.15rem;margin:0 0 .5rem}
.filters{border:0;margin:0 0 .5rem;padding:0}
.filters fieldset{border:0;margin:0 0 .5rem;padding:0}
.filters legend{font-size:.75rem;letter-spacing:.06em;text-transform:uppercase;color:var(--muted);padding:0;margin-bottom:.2rem}
.chips{display:flex;flex-wrap:wrap;gap:.3rem}
.chips label{position:relative;display:inline-flex;align-items:center;gap:.35rem;border:1px solid #8a8a8a;border-radius:999px;padding:.1rem .6rem;font-size:.85rem;cursor:pointer;background:var(--paper)}
.chips input{position:absolute;opacity:0;width:1px;height:1px;margin:0}
.chips label:has(input:checked){background:var(--ink);color:#fff;border-color:var(--ink)}
.chips label:has(input:checked) .dot{box-shadow:0 0 0 2px #fff}
.chips label:has(input:focus-visible){outline:3px solid var(--focus);outline-offset:2px}
.count{font-size:.85rem;color:var(--muted);margin:.25rem 0 .75rem}
.rows{list-style:none;margin:0;padding:0}
.row{border:1px solid var(--line);border-left:6px solid var(--dark);border-radius:6px;padding:.6rem .75rem;margin:0 0 .6rem;cursor:pointer;scroll-margin:1rem;background:var(--paper)}
.row:hover{background:#f7f6f2}
.row.selected{outline:3px solid var(--dark);outline-offset:1px;background:var(--light)}
.row-top{display:flex;flex-wrap:wrap;gap:.35rem;align-items:center;font-size:.78rem}
.badge{display:inline-block;border:1px solid currentColor;border-radius:3px;padding:0 .3rem;line-height:1.4;color:var(--muted)}
.badge.num{background:var(--dark);border-color:var(--dark);color:#fff;font-weight:700}
.badge.kind{color:var(--ink)}
.badge.k-direct{border-style:solid}
.badge.k-indirect{border-style:dashed}
.badge.k-mixed{border-style:dotted}
.badge.draft{color:#7a3d00;border-color:#7a3d00;background:#fff3e0;font-weight:700}
.row h3{font-size:1rem;margin:.25rem 0 0;line-height:1.3}
.row h3 a{color:var(--dark);text-decoration:none}
.row h3 a:hover{text-decoration:underline}
.role{margin:0;font-size:.85rem;color:var(--muted)}
.qt{margin:.4rem 0;font:.95rem/1.45 Georgia,serif;display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:3;line-clamp:3;overflow:hidden}
.row.selected .qt,.row.unplaced .qt{display:block;-webkit-line-clamp:unset;line-clamp:none}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .6rem;margin:.3rem 0 0;font-size:.85rem}
.facts dt{color:var(--muted)}
.facts dd{margin:0}
.warn{margin:.4rem 0 0;font-size:.85rem;color:#8a1c1c;font-weight:600}
details{margin-top:.35rem;font-size:.85rem}
summary{cursor:pointer;color:var(--muted)}
details p{margin:.25rem 0}
.empty{color:var(--muted)}
footer{padding:1rem 2rem 2rem;color:var(--muted);font-size:.85rem}
@media (max-width:900px){.layout{grid-template-columns:1fr}.legend ul{grid-template-columns:1fr}aside{position:static;max-height:none;border-left:0;border-top:1px solid var(--line)}main,.top{padding-left:1rem;padding-right:1rem}.text{padding:1rem}}
@media (prefers-reduced-motion:no-preference){html{scroll-behavior:smooth}}
@media print{
@page{margin:1.5cm}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{background:#fff;font-size:11pt}
.skip,.filters,.count,.keys{display:none!important}
.top{padding:0 0 .5rem;border:0}
.layout{display:block}
main{padding:0}
.text{border:0;padding:0;max-width:none;font-size:11pt;line-height:1.8}
aside{position:static;max-height:none;overflow:visible;border:0;padding:0;break-before:page}
.row{break-inside:avoid;cursor:auto}
.row.selected{outline:0;background:var(--paper)}
.qt{display:block;-webkit-line-clamp:unset;line-clamp:none}
details::details-content{content-visibility:visible;display:block}
mark.q:focus,mark.q.selected{outline:0;box-shadow:none}
a{color:inherit;text-decoration:none}
}
`.trim();
