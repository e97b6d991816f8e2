import { createHash } from 'node:crypto';
import { version } from '../../package.json';
import { escapeHtml } from '../report/html.js';
import { stylesheet } from '../report/style.js';
import { reviewScript } from './script.js';

const reviewStyle = `${stylesheet}
.top{padding:.8rem 2rem .7rem}
.top h1{font-size:1.3rem;margin:0}
.bar{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;align-items:center;margin-top:.35rem}
#counts{color:var(--muted)}
#status{margin:0;font-weight:600}
#status.bad{color:#8a1c1c}
button{font:inherit;font-size:.9rem;border:1px solid #6b6b6b;border-radius:4px;background:#fff;color:var(--ink);padding:.25rem .7rem;cursor:pointer}
button:hover{background:#f0eee9}
button:disabled{color:#777;border-color:#bbb;cursor:default;background:#f7f7f7}
button.primary{background:#1f4e99;border-color:#1f4e99;color:#fff}
button.danger{border-color:#a3320b;color:#a3320b}
details#keys{font-size:.85rem}
details#keys ul{margin:.3rem 0 0;padding-left:1.1rem;columns:2}
.layout{grid-template-columns:minmax(0,1fr) minmax(360px,460px)}
.text{user-select:text}
mark.q.done{background-image:none}
aside h2{margin:.2rem 0 .3rem;font-size:1.05rem}
#ed-text{font:.95rem/1.45 Georgia,serif;margin:.3rem 0;padding:.4rem .6rem;background:#f7f6f2;border-left:4px solid #1f4e99;white-space:pre-wrap}
.small{font-size:.8rem;color:var(--muted);margin:.15rem 0}
form fieldset{border:1px solid var(--line);border-radius:6px;margin:.55rem 0;padding:.35rem .7rem .6rem}
form legend{font-size:.75rem;letter-spacing:.06em;text-transform:uppercase;color:var(--muted);padding:0 .25rem}
.grid{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.3rem .6rem;align-items:center}
.grid label{font-size:.85rem;color:#333}
input,select,textarea{font:inherit;font-size:.9rem;width:100%;padding:.2rem .35rem;border:1px solid #8a8a8a;border-radius:4px;background:#fff;color:var(--ink)}
textarea{min-height:2.2rem;resize:vertical}
[aria-invalid="true"]{border:2px solid #b00020;background:#fff5f5}
.err{grid-column:2;color:#8a1c1c;font-size:.8rem;font-weight:600}
#issues{border-left:4px solid #b00020;background:#fff5f5;padding:.4rem .7rem;margin:.5rem 0;font-size:.88rem}
#issues p{margin:0;font-weight:700}
#issues ul{margin:.25rem 0 0;padding-left:1.1rem}
.actions{display:flex;flex-wrap:wrap;gap:.45rem;margin:.6rem 0}
#quote-list{list-style:none;margin:.5rem 0 0;padding:0;max-height:16rem;overflow:auto;border-top:1px solid var(--line)}
#quote-list li{margin:0}
.pick{display:flex;gap:.35rem;align-items:baseline;width:100%;text-align:left;border:0;border-bottom:1px solid #eee;border-radius:0;padding:.25rem .2rem;background:none}
.pick[aria-current="true"]{background:#e8eefb}
.pick .snippet{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;font:.85rem Georgia,serif}
.pick.draft .badge:nth-child(2){color:#7a3d00;border-color:#7a3d00;background:#fff3e0}
`;

const body = `
<header class="top">
<p class="eyebrow">saidby review · ${escapeHtml(version)}</p>
<h1 id="title">Review drafts</h1>
<div class="bar"><span id="counts">Loading…</span><button type="button" id="undo" disabled>Nothing to undo</button><p id="status" role="status" aria-live="polite"></p></div>
<details id="keys"><summary>Keyboard (press ? to show)</summary><ul>
<li><kbd>j</kbd> / <kbd>k</kbd> next / previous draft</li>
<li><kbd>a</kbd> accept: save the form and mark the quote curated</li>
<li><kbd>r</kbd> reject: remove the quote from the folder</li>
<li><kbd>Ctrl</kbd>+<kbd>Enter</kbd> save the form (also inside a field)</li>
<li><kbd>s</kbd> use the selected article text as the quote's span</li>
<li><kbd>q</kbd> add a new quote from the selected article text</li>
<li><kbd>e</kbd> edit: go to the form; <kbd>Esc</kbd> back to the article</li>
<li><kbd>u</kbd> undo the last change (also after a restart)</li>
</ul></details>
</header>
<div class="layout">
<main id="main" aria-label="Archived articles"></main>
<aside id="editor" aria-labelledby="ed-title">
<p id="empty">Press <kbd>j</kbd> for the first draft, or click a highlight.</p>
<form id="editor-form" hidden novalidate>
<h2 id="ed-title"></h2>
<p id="ed-text"></p>
<p class="small"><span id="ed-span"></span> · <span id="ed-provenance"></span></p>
<div class="actions"><button type="button" id="use-selection">Use selection as span (s)</button><button type="button" id="add-selection">Add selection as new quote (q)</button></div>
<div id="issues" role="alert" hidden></div>
<fieldset><legend>Quote</legend><div class="grid">
<label for="f-kind">Kind</label><select id="f-kind" name="kind"></select>
<label for="f-claim">Claim type</label><select id="f-claim" name="claimType"></select>
<label for="f-check">Check-worthiness</label><select id="f-check" name="checkworthiness"></select>
<label for="f-topics">Topics</label><input id="f-topics" name="topics" placeholder="slugs, comma separated">
</div></fieldset>
<fieldset><legend>Speaker</legend><div class="grid">
<label for="f-speaker">Speaker</label><select id="f-speaker" name="speakerId"></select>
</div><div class="grid" id="speaker-fields">
<label for="f-sname">Name</label><input id="f-sname" name="speaker.name">
<span id="speaker-id-row" hidden><label for="f-sid">Id</label></span><input id="f-sid" name="speaker.id" placeholder="made from the name when empty">
<label for="f-saliases">Aliases</label><textarea id="f-saliases" name="speaker.aliases" placeholder="one per line"></textarea>
<label for="f-skind">Kind</label><select id="f-skind" name="speaker.kind"></select>
<label for="f-srole">Role</label><input id="f-srole" name="speaker.role">
<label for="f-saff">Affiliation</label><input id="f-saff" name="speaker.affiliation">
<label for="f-scountry">Country</label><input id="f-scountry" name="speaker.country" placeholder="ISO code, e.g. AM">
<label for="f-swd">Wikidata</label><input id="f-swd" name="speaker.wikidata" placeholder="only a verified QID">
</div></fieldset>
<fieldset><legend>Date said</legend><div class="grid">
<label for="f-dvalue">Value</label><input id="f-dvalue" name="date.value" placeholder="YYYY, YYYY-MM or YYYY-MM-DD">
<label for="f-dprec">Precision</label><select id="f-dprec" name="date.precision"></select>
<label for="f-dcert">Certainty</label><select id="f-dcert" name="date.certainty"></select>
<label for="f-dearly">Earliest</label><input id="f-dearly" name="date.earliest" placeholder="range only: YYYY-MM-DD">
<label for="f-dlate">Latest</label><input id="f-dlate" name="date.latest" placeholder="range only: YYYY-MM-DD">
<label for="f-devid">Evidence</label><textarea id="f-devid" name="date.evidence"></textarea>
</div></fieldset>
<fieldset><legend>Origin</legend><div class="grid">
<label for="f-outlet">Outlet</label><input id="f-outlet" name="origin.outlet">
<label for="f-medium">Medium</label><select id="f-medium" name="origin.medium"></select>
<label for="f-ocert">Certainty</label><select id="f-ocert" name="origin.certainty"></select>
<label for="f-oevid">Evidence</label><textarea id="f-oevid" name="origin.evidence"></textarea>
</div></fieldset>
<div class="actions"><button type="submit" id="save">Save (Ctrl+Enter)</button><button type="button" class="primary" id="accept">Accept (a)</button><button type="button" class="danger" id="reject">Reject (r)</button></div>
</form>
<h2>Quotes</h2>
<ol id="quote-list"></ol>
</aside>
</div>`;

const hashOf = (content: string) => `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;

/** The Content-Security-Policy of the review page: its own script and style by hash, requests to itself only. */
export const reviewPolicy = [
  "default-src 'none'",
  `script-src ${hashOf(reviewScript)}`,
  `style-src ${hashOf(reviewStyle)}`,
  "connect-src 'self'",
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const reviewPage = [
  '<!doctype html>',
  '<html lang="en">',
  '<head>',
  '<meta charset="utf-8">',
  '<meta name="viewport" content="width=device-width, initial-scale=1">',
  '<meta name="referrer" content="no-referrer">',
  '<title>saidby review</title>',
  `<style>${reviewStyle}</style>`,
  '</head>',
  `<body>${body}`,
  `<script>${reviewScript}</script>`,
  '</body>',
  '</html>',
  '',
].join('\n');
