/**
 * Bench for @arende/lagrum. Run: `node --import tsx bench/lagrum.ts`.
 * 1. Registry load, cold: a fresh Node process imports the registry module (index) and, separately,
 *    reads the provision texts once; median of several processes.
 * 2. Scan of ~1 MB of generated (deterministic) draft text with findCitations, median in process.
 * 3. Agreement with ferenda's legalref test cases (read from ../shared/data/ferenda-legalref at run
 *    time, never copied): how many of ferenda's links (sfs, chapter, paragraph) we also find.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findCitations, findLaw, type Citation } from '../packages/lagrum/src/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const floors: [string, boolean, string][] = [];

// 1. Cold load -------------------------------------------------------------------------------------
function coldLoad(): { index: number; module: number; texts: number } {
  const registry = path.join(root, 'packages/lagrum/src/registry.ts');
  // registryLoadMs: parsing the index and building the maps, measured inside the module. `module` adds
  // Node's and tsx's module loading (resolution, TypeScript transform cache), which a bundle does not pay.
  const script = `
    const t0 = performance.now();
    const m = await import(${JSON.stringify(registry)});
    const t1 = performance.now();
    m.textsAvailable();
    console.log(JSON.stringify({ index: m.registryLoadMs, module: t1 - t0, texts: m.textsLoadMs }));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root });
  return JSON.parse(out.toString());
}
// Warm the tsx transform cache once so that we time the registry, not the TypeScript compiler.
coldLoad();
const loads = Array.from({ length: 7 }, coldLoad);
const loadMs = median(loads.map((l) => l.index));
const moduleMs = median(loads.map((l) => l.module));
const textsMs = median(loads.map((l) => l.texts));
console.log(`Registry load (fresh process, median of ${loads.length}): index ${loadMs!.toFixed(1)} ms ` +
  `(whole module import under tsx ${moduleMs!.toFixed(1)} ms); texts on first use ${textsMs!.toFixed(1)} ms`);
floors.push(['registry load ≤ 20 ms', loadMs! <= 20, `${loadMs!.toFixed(1)} ms`]);

// 2. Scan 1 MB ----------------------------------------------------------------------------------------
function generateDraft(bytes: number): string {
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const prose = [
    'Socialnämnden föreslås besluta att godkänna redovisningen.', 'Förvaltningen har utrett frågan under våren.',
    'Barnets bästa har beaktats i beredningen av ärendet.', 'Kostnaderna ryms inom befintlig budgetram för 2026.',
    'Samverkan med regionen sker genom samordnad individuell plan.', 'Ärendet bereddes vid arbetsutskottets sammanträde.',
    'Enligt protokoll § 14 beslutade nämnden att återremittera ärendet.', 'KS § 58 gäller uppdraget till förvaltningen.',
    'Dnr SN 2025/123 avser samma fråga.', 'Mötet börjar kl. 13:30 i sal 2.', 'Lag (2012:776).',
  ];
  const cites = [
    '2 kap. 6 § SoL', 'SoL 2:6', '2:6 SoL', 'HSL 16:4', '8 a § LSS', '9 § 4 LSS', 'LSS 7 §', '4 kap. 20 § KL',
    '5 kap. 22 § andra stycket 3 kommunallagen (2017:725)', '6 och 7 §§ LSS', '2, 4–6 och 8 §§ LSS',
    '26 kap. 1 § offentlighets- och sekretesslagen (2009:400)', 'lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser',
    'föräldrabalken', '11 kap. 4 § samma lag', 'Socialtjänstlag (2025:400)', '3 kap. 10 § dataskyddslagen (2018:218)',
  ];
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    // About one citation per 500 characters: a dense tjänsteskrivelse (real ones cite less).
    const s = rnd() < 0.12 ? `Se ${pick(cites)}${rnd() < 0.3 ? ` och ${pick(cites)}` : ''}.` : pick(prose);
    parts.push(s!);
    size += s!.length + 1;
  }
  return parts.join(rnd() < 0.1 ? '\n\n' : ' ');
}
const draft = generateDraft(1024 * 1024);
let found = 0;
for (let i = 0; i < 3; i++) found = findCitations(draft).length;
const scans: number[] = [];
for (let i = 0; i < 9; i++) {
  const t0 = performance.now();
  findCitations(draft);
  scans.push(performance.now() - t0);
}
const scanMs = median(scans);
console.log(`Scan of ${(draft.length / 1024).toFixed(0)} kB draft text: ${found} citations, median ${scanMs!.toFixed(1)} ms (runs: ${scans.map((s) => s.toFixed(0)).join(', ')})`);
floors.push(['1 MB scan ≤ 50 ms', scanMs! <= 50, `${scanMs!.toFixed(1)} ms`]);

// 3. Ferenda agreement --------------------------------------------------------------------------------
const ferendaDir = process.env.ARENDE_FERENDA_DIR ?? path.resolve(root, '../shared/data/ferenda-legalref/SFS');
if (!existsSync(ferendaDir)) {
  console.log(`Ferenda: ${ferendaDir} saknas, hoppar över.`);
} else {
  const key = (sfs: string | null, k: string | null, p: string | null) => `${sfs ?? '-'}|${k ?? ''}|${p ?? ''}`;
  const ours = (c: Citation): string => {
    const sfs = c.law ? c.law.sfs ?? findLaw(c.law.name ?? '', '2026-01-01')?.sfs ?? null : null;
    return key(sfs, c.kapitel?.replace(' ', '') ?? null, c.paragraf?.replace(' ', '') ?? null);
  };
  let total = 0;
  let hit = 0;
  const rows: string[] = [];
  for (const file of readdirSync(ferendaDir).filter((f) => f.endsWith('.txt')).sort()) {
    const raw = readFileSync(path.join(ferendaDir, file), 'utf8');
    const cut = raw.indexOf('\n<list>');
    if (cut < 0) continue;
    const text = raw.slice(0, cut).replace(/\n+$/, '');
    const expected: string[] = [];
    for (const m of raw.slice(cut).matchAll(/<Link uri="https:\/\/lagen\.nu\/(\d{4}:\d+)(?:#([^"]*))?">/g)) {
      const sfs = m[1] === '9999:999' ? null : m[1];
      const anchor = m[2] ?? '';
      const k = /K(\d+[a-z]?)/.exec(anchor)?.[1] ?? null;
      const p = /P(\d+[a-z]?)/.exec(anchor)?.[1] ?? null;
      expected.push(key(sfs!, k, p));
    }
    if (expected.length === 0) continue;
    const got = new Set(findCitations(text).map(ours));
    const n = expected.filter((e) => got.has(e)).length;
    total += expected.length;
    hit += n;
    rows.push(`${file.padEnd(52)} ${String(n).padStart(3)}/${String(expected.length).padEnd(3)} ${((100 * n) / expected.length).toFixed(0).padStart(4)} %`);
  }
  console.log('\nFerenda legalref (SFS): links we also find (same sfs, chapter, paragraph)');
  for (const r of rows) console.log(`  ${r}`);
  const pct = (100 * hit) / total;
  console.log(`  total ${hit}/${total} = ${pct.toFixed(1)} %`);
  floors.push(['ferenda agreement (measured, no floor)', true, `${pct.toFixed(1)} %`]);
}

console.log('\nSummary');
for (const [name, ok, value] of floors) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${name}: ${value}`);
process.exitCode = floors.every(([, ok]) => ok) ? 0 : 1;
