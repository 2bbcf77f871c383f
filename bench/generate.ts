/**
 * Deterministic draft generator for benchmarks: the same seed gives the same drafts, so runs compare.
 * Text is Swedish-like municipal prose with lists, tables, footnotes and citations.
 */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'förvaltningen nämnden samverkan insatser boendestöd brukare regionen psykiatrin uppföljning kartläggning ' +
  'personligt ombud sysselsättning målgrupp behov stöd planering ansvar anhöriga resultat kostnader verksamhet ' +
  'socialtjänsten individuell plan möjlighet utveckling arbetssätt kvalitet tillgänglighet information'
).split(' ');
const CITATIONS = [
  '10 kap. 8 § socialtjänstlagen (2025:400)',
  '3 kap. 1 § SoL',
  'HSL 16 kap. 4 §',
  '9 § LSS',
  '4 kap. 20 § kommunallagen (2017:725)',
  'SoL 7:3',
];

function sentence(r: () => number): string {
  const n = 8 + Math.floor(r() * 14);
  const words = Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]!);
  if (r() < 0.15) words.splice(Math.floor(r() * n), 0, `enligt ${CITATIONS[Math.floor(r() * CITATIONS.length)]}`);
  const s = words.join(' ');
  return `${s.charAt(0).toUpperCase() + s.slice(1)}.`;
}

function paragraph(r: () => number): string {
  return Array.from({ length: 3 + Math.floor(r() * 4) }, () => sentence(r)).join(' ');
}

/** A nämnduppdrag of about `pages` pages (≈ 3,000 characters a page). */
export function longDraft(pages = 30, seed = 1): string {
  const r = rng(seed);
  const head = `---
typ: nämnduppdrag
rubrik: Redovisning av uppdrag om samverkan kring personer med psykisk funktionsnedsättning
datum: 2026-03-12
mottagare: Socialnämnden
kommun: Exempelby kommun
diarienummer: SN 2026/${100 + seed}
förvaltning: Socialförvaltningen
uppdrag:
  beslut: SN 2025-05-20 § 47
  datum: 2025-05-20
avsändare:
  - namn: Robin Exempel
    roll: förvaltningschef
  - namn: Alex Prov
    roll: handläggare
lagrum:
  - 10 kap. 8 § socialtjänstlagen (2025:400)
bilagor:
  - Åtgärdsplan
beslutet_skickas_till:
  - Kommunstyrelsen
---

## Förslag till beslut

1. Redovisningen godkänns.
2. Förvaltningen får i uppdrag att genomföra åtgärdsplanen.

## Sammanfattning

${paragraph(r)}

## Beskrivning av ärendet

${paragraph(r)}
`;
  const parts = [head];
  let size = head.length;
  let i = 0;
  while (size < pages * 3000) {
    i++;
    let section = `\n## Avsnitt ${i}: ${WORDS[i % WORDS.length]}\n\n${paragraph(r)}\n\n${paragraph(r)}[^n${i}]\n\n`;
    if (i % 3 === 0) section += `- ${sentence(r)}\n- ${sentence(r)}\n- ${sentence(r)}\n\n`;
    if (i % 4 === 0)
      section += `| År | Antal | Kostnad |\n|---|---:|---:|\n| 2024 | ${Math.floor(r() * 200)} | ${Math.floor(r() * 9000)} |\n| 2025 | ${Math.floor(r() * 200)} | ${Math.floor(r() * 9000)} |\n\n`;
    section += `[^n${i}]: ${sentence(r)}\n`;
    parts.push(section);
    size += section.length;
  }
  parts.push(`\n## Ekonomiska konsekvenser\n\n${paragraph(r)}\n\n## Barnets bästa\n\n${paragraph(r)}\n`);
  return parts.join('');
}

/** A short politikerinitiativ (about two pages). */
export function shortDraft(seed: number): string {
  const r = rng(seed);
  return `---
typ: politikerinitiativ
rubrik: Initiativ nummer ${seed} om ${WORDS[seed % WORDS.length]}
datum: 2026-0${1 + (seed % 9)}-1${seed % 10}
mottagare: Socialnämnden
avsändare:
  - namn: Kim Exempel ${seed}
    parti: Exempelpartiet
lagrum:
  - 10 kap. 8 § socialtjänstlagen (2025:400)
---

${paragraph(r)}

${paragraph(r)}

## Bakgrund

${paragraph(r)}

${paragraph(r)}

${paragraph(r)}

${paragraph(r)}

## Skäl

${paragraph(r)}

${paragraph(r)}

${paragraph(r)}

## Vi föreslår därför att

- ${sentence(r)}
- ${sentence(r)}
`;
}
