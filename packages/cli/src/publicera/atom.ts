/**
 * flode.xml: an Atom feed (RFC 4287) of the status site's changes, one entry per step of an ärende's
 * timeline that has happened on or before `per` (newest first), each linking to the ärende's page. Ids are
 * name-based UUIDs of the ärende and the step, so a feed reader sees the same entry as the same entry from
 * one build to the next; `updated` is the step's day (the site knows days, not times: midnight UTC).
 * Links are relative to the feed, as the pages' are, so the folder works wherever it is put.
 */
import { atomId, type StatusSite } from './model.js';
import { escapeHtml as esc } from '@arende/docx';
import { siteTitle } from './html.js';

const stamp = (day: string) => `${day}T00:00:00Z`;

export function atomFeed(site: StatusSite): string {
  const title = siteTitle(site);
  const entries = site.ärenden
    .flatMap((a) =>
      a.händelser
        .filter((e) => !e.kommande)
        .map((e) => ({
          a,
          e,
          id: atomId(`${a.slug}/${e.typ}/${e.datum}/${e.text}`),
        })),
    )
    .sort((x, y) => y.e.datum.localeCompare(x.e.datum) || x.a.slug.localeCompare(y.a.slug) || x.id.localeCompare(y.id));
  const author = site.kommun ?? 'ärende';
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">
<title>${esc(title)}</title>
<subtitle>Motioner, medborgarförslag och politikerinitiativ: ändringar i ärendenas gång</subtitle>
<id>${atomId(`feed/${site.kommun ?? ''}`)}</id>
<updated>${stamp(site.uppdaterad)}</updated>
<link rel="self" type="application/atom+xml" href="flode.xml"/>
<link rel="alternate" type="text/html" href="index.html"/>
<author><name>${esc(author)}</name></author>
<generator>ärende</generator>
${entries
  .map(
    ({ a, e, id }) => `<entry>
<title>${esc(`${a.rubrik}: ${e.text}`)}</title>
<id>${id}</id>
<updated>${stamp(e.datum)}</updated>
<link rel="alternate" type="text/html" href="${esc(a.slug)}.html${e.utdrag ? `#${esc(e.utdrag)}` : ''}"/>
<category term="${esc(e.typ)}"/>
<summary>${esc(`${a.typLabel}${a.diarienummer ? ` ${a.diarienummer}` : ''}. ${e.text}`)}</summary>
</entry>`,
  )
  .join('\n')}
</feed>
`;
}
