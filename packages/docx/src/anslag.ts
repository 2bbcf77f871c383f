/**
 * The tillkännagivande for the digital anslagstavla (8 kap. 9–12 §§ kommunallagen): that the protokoll
 * has been justerat, when and where it is kept, and how to appeal (laglighetsprövning, 13 kap. KL), as
 * plain text (anslag.txt) and as an accessible web page (anslag.html). The dates come from the meeting
 * file; the appeal period from core's överklagandetid (13 kap. 5 § KL and lagen om beräkning av
 * lagstadgad tid).
 */
import { överklagandetid } from '@arende/core';
import type { Meeting } from './types.js';
import { escapeHtml } from './xml.js';

export interface Anslag {
  organ: string;
  kommun?: string | undefined;
  sammanträdesdatum: string;
  justerat: string;
  uppsatt: string;
  tasNedTidigast: string;
  sistaDagAttÖverklaga: string;
  förvaras?: string | undefined;
}

/** Why an anslag cannot be made (the CLI shows it): a date the meeting file lacks. */
export class AnslagError extends Error {}

/**
 * The anslag's facts. The day it is put up is `anslag: datum`, else the justering's day (it must be up
 * "senast andra dagen efter" the justering, 8 kap. 12 §); without a justering date there is nothing to announce.
 */
export function anslagOf(meeting: Meeting): Anslag {
  const justerat = meeting.justering?.datum;
  if (!justerat) throw new AnslagError("mötesfilen saknar 'justering: datum'; tillkännagivandet säger när protokollet justerades.");
  const uppsatt = meeting.anslag?.datum ?? justerat;
  const tid = överklagandetid(uppsatt);
  return {
    organ: meeting.namnd,
    kommun: meeting.kommun,
    sammanträdesdatum: meeting.datum,
    justerat,
    uppsatt,
    tasNedTidigast: tid.tasNedTidigast,
    sistaDagAttÖverklaga: tid.sistaDag,
    förvaras: meeting.anslag?.förvaringsplats,
  };
}

const HEADING = 'Tillkännagivande om justerat protokoll';

function rows(a: Anslag): [string, string][] {
  return [
    ['Organ', a.organ],
    ['Sammanträdesdatum', a.sammanträdesdatum],
    ['Protokollet justerades', a.justerat],
    ['Tillkännagivandet sattes upp', a.uppsatt],
    ['Tillkännagivandet tas ned tidigast', a.tasNedTidigast],
    ['Sista dag att överklaga', a.sistaDagAttÖverklaga],
    ['Protokollet förvaras', a.förvaras ?? 'hos nämndens sekreterare'],
  ];
}

function appeal(a: Anslag): string[] {
  return [
    `Den som är medlem i ${a.kommun ?? 'kommunen'} får överklaga ett beslut i protokollet genom laglighetsprövning (13 kap. kommunallagen (2017:725)).`,
    `Överklagandet ska ha kommit in till förvaltningsrätten senast ${a.sistaDagAttÖverklaga}, det vill säga inom tre veckor från den dag då det tillkännagavs på anslagstavlan att protokollet justerats (13 kap. 5 § kommunallagen).`,
    'Skriv vilket beslut du överklagar, varför du anser att det är fel enligt 13 kap. 8 § kommunallagen och vilken ändring du vill ha. Ett beslut av rent förberedande eller rent verkställande art får inte överklagas (13 kap. 2 §).',
  ];
}

const FOOT = 'Tillkännagivandet görs på kommunens anslagstavla enligt 8 kap. 9–12 §§ kommunallagen (2017:725).';

/** anslag.txt: the tillkännagivande as plain text. */
export function anslagText(a: Anslag): string {
  const width = Math.max(...rows(a).map(([k]) => k.length));
  return [
    HEADING,
    '',
    ...(a.kommun ? [a.kommun, ''] : []),
    ...rows(a).map(([k, v]) => `${`${k}:`.padEnd(width + 2)}${v}`),
    '',
    'Så överklagar du',
    ...appeal(a),
    '',
    FOOT,
    '',
  ].join('\n');
}

/** anslag.html: the tillkännagivande as one accessible page (lang, title, headings, a definition list, no script). */
export function anslagHtml(a: Anslag): string {
  const title = `${HEADING}: ${a.organ} ${a.sammanträdesdatum}`;
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem;margin:1rem auto;padding:0 1rem;color:#1b1b1b}dt{font-weight:600;margin-top:.5rem}dd{margin:0}</style>
</head>
<body>
<main>
<h1>${escapeHtml(HEADING)}</h1>
${a.kommun ? `<p>${escapeHtml(a.kommun)}</p>\n` : ''}<dl>
${rows(a)
  .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`)
  .join('\n')}
</dl>
<h2>Så överklagar du</h2>
${appeal(a)
  .map((p) => `<p>${escapeHtml(p)}</p>`)
  .join('\n')}
<p>${escapeHtml(FOOT)}</p>
</main>
</body>
</html>
`;
}
