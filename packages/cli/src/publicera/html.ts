/**
 * The status site's pages: index.html (every ärende by status) and one page per ärende (its facts, its
 * timeline, its published protokollsutdrag). Plain HTML with one inline style sheet and no script, so a
 * page works opened from a folder (file://) with no network, and on any web host; the CSP forbids
 * everything but the inline style. Relative links only. On a narrow screen (a phone) the index's table
 * becomes one block per ärende, its cells labelled; the ARIA roles keep it a table for a screen reader.
 */
import { escapeHtml as esc } from '@arende/docx';
import { longDate, STATUS_ORDER, STATUS_TEXT, type Händelse, type StatusSite, type Ärendesida } from './model.js';

/** "2026-06-15" → "15 juni 2026", in a <time> element. */
export function dateHtml(iso: string): string {
  return `<time datetime="${esc(iso)}">${esc(longDate(iso))}</time>`;
}

const STYLE = `
:root{color-scheme:light;--ink:#1b1b1b;--muted:#4a4a4a;--line:#c8c8c8;--accent:#005a8c;--soft:#f3f6f8}
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;color:var(--ink);background:#fff;margin:0;font-size:1.0625rem}
a{color:var(--accent)}a:focus-visible{outline:3px solid #1b1b1b;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:.5rem;top:.5rem;background:#fff;padding:.5rem;z-index:1}
header,main,footer{max-width:60rem;margin:0 auto;padding:0 1rem}
header{padding-top:1rem}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0 1rem}h2{font-size:1.25rem;margin:2rem 0 .5rem}h3{font-size:1.05rem;margin:1.25rem 0 .25rem}
p.lead{color:var(--muted);margin-top:0}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{text-align:left;vertical-align:top;padding:.45rem .5rem;border-bottom:1px solid var(--line)}
thead th{border-bottom:2px solid var(--ink);font-size:.95rem}
.status{font-weight:600}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0 0 1rem}
dl.facts dt{font-weight:600}dl.facts dd{margin:0}
ol.gang{list-style:none;padding:0;margin:0;border-left:3px solid var(--line)}
ol.gang li{position:relative;padding:.25rem 0 .75rem 1.1rem}
ol.gang li::before{content:"";position:absolute;left:-.55rem;top:.55rem;width:.8rem;height:.8rem;border-radius:50%;background:var(--accent)}
ol.gang li.kommande::before{background:#fff;border:2px solid var(--accent)}
ol.gang .when{display:block;font-weight:600}
.tag{display:inline-block;font-size:.85rem;border:1px solid var(--muted);border-radius:.25rem;padding:0 .3rem;margin-left:.25rem;color:var(--muted)}
section.utdrag{background:var(--soft);border-left:4px solid var(--accent);padding:.5rem 1rem;margin:1rem 0}
footer{margin-top:2rem;padding-bottom:2rem;color:var(--muted);font-size:.95rem}
@media (max-width:40rem){
 table.arenden thead{position:absolute;left:-999px}
 table.arenden,table.arenden tbody,table.arenden tr,table.arenden td{display:block;width:100%}
 table.arenden tr{border:1px solid var(--line);border-radius:.4rem;padding:.5rem .75rem;margin-bottom:.75rem}
 table.arenden td{border:0;padding:.15rem 0}
 table.arenden td[data-label]::before{content:attr(data-label) ": ";font-weight:600}
 dl.facts{grid-template-columns:1fr}dl.facts dd{margin-bottom:.4rem}
}`;

function page(title: string, body: string, feedTitle: string): string {
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<title>${esc(title)}</title>
<link rel="alternate" type="application/atom+xml" href="flode.xml" title="${esc(feedTitle)}">
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#innehall">Till innehållet</a>
${body}
</body>
</html>
`;
}

export const siteTitle = (site: StatusSite) => (site.kommun ? `Ärendets gång – ${site.kommun}` : 'Ärendets gång');

const footer = (site: StatusSite) =>
  `<footer><p>Uppgifterna gäller ${dateHtml(site.per)}. Följ ändringarna i <a href="flode.xml">flödet (Atom)</a>. Namn på privatpersoner och kontaktuppgifter publiceras inte.</p></footer>`;

function beslutCell(a: Ärendesida): string {
  if (!a.beslut) return '–';
  const what = `${a.beslut.förslag ? 'Förslag från ' : ''}${esc(a.beslut.organ)} ${dateHtml(a.beslut.datum)}, § ${a.beslut.paragraf}`;
  return a.beslut.utdrag ? `<a href="${esc(a.slug)}.html#${esc(a.beslut.utdrag)}">${what}</a>` : `${what} (protokollet är inte justerat)`;
}

/** index.html: the ärenden grouped by status, oldest frist first in each group. */
export function indexHtml(site: StatusSite): string {
  const title = siteTitle(site);
  const groups = STATUS_ORDER.map((status) => ({ status, list: site.ärenden.filter((a) => a.status === status) })).filter((g) => g.list.length);
  const table = (status: keyof typeof STATUS_TEXT, list: Ärendesida[]) => {
    const id = `status-${status}`;
    return `<section aria-labelledby="${id}">
<h2 id="${id}">${esc(STATUS_TEXT[status])} (${list.length})</h2>
<table class="arenden" role="table">
<thead role="rowgroup"><tr role="row"><th role="columnheader" scope="col">Ärende</th><th role="columnheader" scope="col">Diarienummer</th><th role="columnheader" scope="col">Väckt</th><th role="columnheader" scope="col">Nämnd</th><th role="columnheader" scope="col">Status</th><th role="columnheader" scope="col">Frist</th><th role="columnheader" scope="col">Beslut</th></tr></thead>
<tbody role="rowgroup">
${list
  .map(
    (a) =>
      `<tr role="row"><td role="cell"><a href="${esc(a.slug)}.html">${esc(a.rubrik)}</a> <span class="tag">${esc(a.typLabel)}</span></td>` +
      `<td role="cell" data-label="Diarienummer">${esc(a.diarienummer ?? '–')}</td>` +
      `<td role="cell" data-label="Väckt">${dateHtml(a.väckt)}</td>` +
      `<td role="cell" data-label="Nämnd">${esc(a.nämnd || '–')}</td>` +
      `<td role="cell" data-label="Status" class="status">${esc(STATUS_TEXT[a.status])}</td>` +
      `<td role="cell" data-label="Frist">${a.frist ? dateHtml(a.frist) : '–'}</td>` +
      `<td role="cell" data-label="Beslut">${beslutCell(a)}</td></tr>`,
  )
  .join('\n')}
</tbody>
</table>
</section>`;
  };
  const body = `<header><p><a href="index.html" aria-current="page">${esc(title)}</a></p></header>
<main id="innehall">
<h1>${esc(title)}</h1>
<p class="lead">Motioner, medborgarförslag och politikerinitiativ: var de är i handläggningen, när de ska vara avgjorda och vad som beslutades. En motion eller ett medborgarförslag ska om möjligt avgöras inom ett år från att det väcktes (5 kap. 35 § kommunallagen).</p>
${groups.length ? groups.map((g) => table(g.status, g.list)).join('\n') : '<p>Inga ärenden att visa.</p>'}
</main>
${footer(site)}`;
  return page(title, body, `${title}: flöde`);
}

function händelseHtml(e: Händelse): string {
  const link = e.utdrag ? ` <a href="#${esc(e.utdrag)}">Läs protokollsutdraget</a>` : '';
  const tag = e.kommande ? ' <span class="tag">kommande</span>' : '';
  return `<li${e.kommande ? ' class="kommande"' : ''}><span class="when">${dateHtml(e.datum)}${tag}</span>${esc(e.text)}${link}</li>`;
}

/** One ärende's page: facts, timeline, protokollsutdrag. */
export function ärendeHtml(site: StatusSite, a: Ärendesida): string {
  const title = `${a.rubrik} – ${siteTitle(site)}`;
  const facts: [string, string][] = [
    ['Typ', esc(a.typLabel)],
    ['Diarienummer', esc(a.diarienummer ?? 'saknas')],
    ['Väckt', dateHtml(a.väckt)],
    ['Ställt till', esc(a.nämnd || '–')],
    ['Status', `<span class="status">${esc(STATUS_TEXT[a.status])}</span>`],
    ...(a.frist ? ([['Frist', `${dateHtml(a.frist)} (5 kap. 35 § kommunallagen)`]] as [string, string][]) : []),
  ];
  const utdrag = a.utdrag
    .map(
      (u) => `<section class="utdrag" id="${esc(u.id)}" aria-labelledby="${esc(u.id)}-h">
<h3 id="${esc(u.id)}-h">${esc(u.organ)}, ${dateHtml(u.datum)}, § ${u.paragraf} ${esc(u.rubrik)}</h3>
${u.sekretess ? `<p>${esc(u.sekretess)}</p>` : u.beslut.length ? `<p>Beslut:</p>\n<ul>${u.beslut.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>` : '<p>Ärendet behandlades utan beslut i sak.</p>'}
<p>Protokollet justerades ${dateHtml(u.justerat)}.</p>
</section>`,
    )
    .join('\n');
  const body = `<header><p><a href="index.html">${esc(siteTitle(site))}</a></p></header>
<main id="innehall">
<h1>${esc(a.rubrik)}</h1>
<dl class="facts">
${facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('\n')}
</dl>
<h2>Ärendets gång</h2>
<ol class="gang">
${a.händelser.map(händelseHtml).join('\n')}
</ol>
${utdrag ? `<h2>Protokollsutdrag</h2>\n${utdrag}` : ''}
</main>
${footer(site)}`;
  return page(title, body, `${siteTitle(site)}: flöde`);
}
