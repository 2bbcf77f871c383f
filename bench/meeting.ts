import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng } from './generate.js';
import { median, timeProcess } from './measure.js';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const OUT = path.join(ROOT, 'bench/out/meeting');
const CLI = path.join(ROOT, 'packages/cli/bin/arende.js');
const ITEMS = 30;

const random = rng(11);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
const SUBJECTS = ['Förvaltningen', 'Brukarrådet', 'Regionens psykiatri', 'Boendestödet', 'Anhörigstödet', 'Enheten för socialpsykiatri'];
const VERBS = ['har kartlagt', 'följer upp', 'bedömer', 'har utvecklat', 'beskriver', 'prioriterar'];
const OBJECTS = [
  'väntetiderna till boendestöd',
  'samverkan med vårdcentralerna',
  'stödet till anhöriga',
  'tillgången till sysselsättning',
  'uppföljningen av insatserna',
];
const sentence = () => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} under ${2024 + Math.floor(random() * 3)}.`;
const paragraph = (n: number) => Array.from({ length: n }, sentence).join(' ');

function initiative(i: number): string {
  const medborgare = i % 2 === 0;
  const head = medborgare
    ? `typ: medborgarförslag\nrubrik: Medborgarförslag ${i} om ${pick(OBJECTS)}\ndatum: 2026-02-${String((i % 27) + 1).padStart(2, '0')}\nmottagare: Kommunfullmäktige\nkommun: Sjöviks kommun\ndiarienummer: SN 2026/${100 + i}\navsändare:\n  - namn: Invånare ${i}\n    adress: Gatan ${i}, 123 45 Sjövik`
    : `typ: politikerinitiativ\nrubrik: Initiativ ${i} om ${pick(OBJECTS)}\ndatum: 2026-02-${String((i % 27) + 1).padStart(2, '0')}\nmottagare: Socialnämnden\nkommun: Sjöviks kommun\ndiarienummer: SN 2026/${100 + i}\navsändare:\n  - namn: Ledamot ${i}\n    parti: Sjöviks framtid\nlagrum:\n  - 10 kap. 8 § socialtjänstlagen (2025:400)`;
  const proposal = medborgare ? 'Jag föreslår att' : 'Vi föreslår därför att';
  return `---\n${head}\n---\n\n## Bakgrund\n\n${paragraph(8)}\n\n${paragraph(8)}\n\n## ${proposal}\n\n- nämnden utreder ${pick(OBJECTS)}\n- resultatet redovisas senast i december 2026\n`;
}

function tjänsteskrivelse(i: number): string {
  return `---
typ: tjänsteskrivelse
rubrik: Svar på ärende ${i} om ${pick(OBJECTS)}
datum: 2026-03-${String((i % 27) + 1).padStart(2, '0')}
mottagare: Socialnämnden
kommun: Sjöviks kommun
diarienummer: SN 2026/${100 + i}
förvaltning: Socialförvaltningen
avsändare:
  - namn: Chef Exempelsson
    roll: förvaltningschef
beslutet_skickas_till:
  - Förslagsställaren
---

## Förslag till beslut

1. Förvaltningen får i uppdrag att utreda ${pick(OBJECTS)}.
2. Ärendet anses besvarat.

## Sammanfattning

${paragraph(4)}

## Ärendet

${paragraph(10)}

${paragraph(10)}

## Förvaltningens bedömning

${paragraph(8)}
`;
}

/**
 * Two structured yrkanden per item (60 in all, issue 20), so that the protokoll computes every beslut in
 * propositionsordning: an ändring of att-sats 1 bifallen and an återremiss avslagen on even items, a tillägg
 * bifallet and an avslag avslaget on odd ones. No `beslut:`: it is computed.
 */
function yrkanden(i: number): string {
  const who = (n: number) => `        namn: Ledamot ${n}\n        parti: Sjöviks framtid`;
  return i % 2 === 0
    ? `    yrkanden:\n      - id: Y1\n${who(1)}\n        typ: ändring\n        att_sats: 1\n        ersätt: att utreda\n        med: att kartlägga och utreda\n        utfall: bifall\n` +
        `      - id: Y2\n${who(2)}\n        typ: återremiss\n        text: kostnaderna ska redovisas först\n        utfall: avslag`
    : `    yrkanden:\n      - id: Y1\n${who(1)}\n        typ: tillägg\n        efter: 2\n        text: Brukarrådet ges tillfälle att yttra sig.\n        utfall: bifall\n` +
        `      - id: Y2\n${who(2)}\n        typ: avslag\n        text: Förslaget avslås.\n        utfall: avslag`;
}

function meetingFile(): string {
  const items = Array.from(
    { length: ITEMS },
    (_, i) => `  - handlingar:\n      - handlingar/initiativ-${i}.md\n      - handlingar/tjansteskrivelse-${i}.md\n${yrkanden(i)}`,
  ).join('\n');
  return `---
typ: sammanträde
nämnd: Socialnämnden
kommun: Sjöviks kommun
datum: 2026-04-22
tid: "13.00"
plats: Sessionssalen
ordförande: Ordf Exempel
sekreterare: Sekr Exempel
justerare:
  - Just Exempel
justering:
  datum: 2026-04-29
  plats: Stadshuset
paragrafer_från: 41
närvarande:
  beslutande:
    - Ordf Exempel, ordförande
    - Just Exempel
    - Ledamot 1 (Sjöviks framtid)
    - Ledamot 2 (Sjöviks framtid)
ärenden:
${items}
---
`;
}

if (!existsSync(path.join(ROOT, 'packages/cli/dist/lib/arende.cjs'))) throw new Error('CLI:n är inte byggd: kör pnpm build.');
rmSync(OUT, { recursive: true, force: true });
mkdirSync(path.join(OUT, 'handlingar'), { recursive: true });
for (let i = 0; i < ITEMS; i++) {
  writeFileSync(path.join(OUT, `handlingar/initiativ-${i}.md`), initiative(i));
  writeFileSync(path.join(OUT, `handlingar/tjansteskrivelse-${i}.md`), tjänsteskrivelse(i));
}
writeFileSync(path.join(OUT, 'mote.md'), meetingFile());

let failed = 0;
for (const [name, args, output] of [
  [
    'arende agenda MÖTE.md --med-handlingar, 30 ärenden (60 handlingar), som process',
    [CLI, 'agenda', 'mote.md', '--med-handlingar', '-o', 'kallelse.docx'],
    'kallelse.docx',
  ],
  ['arende protokoll MÖTE.md, 30 ärenden (60 handlingar, 60 yrkanden), som process', [CLI, 'protokoll', 'mote.md', '-o', 'protokoll.docx'], 'protokoll.docx'],
] as const) {
  timeProcess(process.execPath, [...args], { cwd: OUT });
  const ms = median(Array.from({ length: 5 }, () => timeProcess(process.execPath, [...args], { cwd: OUT })));
  const pass = ms <= 3000;
  if (!pass) failed++;
  const kb = (statSync(path.join(OUT, output)).size / 1024).toFixed(0);
  console.log(`${pass ? 'PASS' : 'FAIL'}  ${name}: ${ms.toFixed(0)} ms (floor ≤ 3000 ms; ${output} ${kb} KB)`);
}
// The protokoll has every computed beslut: the bifallna ändringar and tillägg, 15 of each, in the §§' Beslut.
const xml = await (await JSZip.loadAsync(readFileSync(path.join(OUT, 'protokoll.docx')))).file('word/document.xml')!.async('string');
const count = (needle: string) => xml.split(needle).length - 1;
// The whole adopted att-sats (the Yrkanden section quotes only the changed words).
const computed = [count('Förvaltningen får i uppdrag att kartlägga och utreda'), count('Brukarrådet ges tillfälle att yttra sig.')];
const allComputed = computed.every((n) => n >= ITEMS / 2);
if (!allComputed) failed++;
console.log(
  `${allComputed ? 'PASS' : 'FAIL'}  protokollets beräknade beslut: ändringen i ${computed[0]} och tillägget i ${computed[1]} paragrafer (minst ${ITEMS / 2} vardera)`,
);
process.exitCode = failed ? 1 : 0;
