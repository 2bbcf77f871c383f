#!/usr/bin/env node
// Renders page 1 and the last page of every example's Word export (and of an agenda of all
// examples) to PNG, for people to look at: export → LibreOffice (one soffice call) → PDF →
// pdftoppm → out/pages/NAME.sida-1.png and NAME.sista-sidan.png. Images next to the drafts are
// embedded; with --mall FILE.dotx the exports use that kommun template.
// Usage: node scripts/render-pages.mjs [--mall MALL.dotx] [DRAFT.md|FOLDER …]   (default: examples/)
// Needs soffice (libreoffice-writer-nogui) and pdftoppm (poppler-utils).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { draftVerdict, isMarkdownFile, parseDraft } = await import(path.join(root, 'packages/core/src/index.ts'));
const { exportDraft, exportAgenda } = await import(path.join(root, 'packages/docx/src/index.ts'));
const { loadImages, readTemplate } = await import(path.join(root, 'packages/docx/src/node.ts'));
const args = process.argv.slice(2);
const mallAt = args.indexOf('--mall');
const template = mallAt >= 0 ? await readTemplate(args.splice(mallAt, 2)[1]) : undefined;

const out = path.join(root, 'out/pages');
const docxDir = path.join(out, 'docx');
const pdfDir = path.join(out, 'pdf');
rmSync(out, { recursive: true, force: true });
mkdirSync(docxDir, { recursive: true });

const inputs = args.length ? args : [path.join(root, 'examples')];
const files = inputs.flatMap((p) =>
  statSync(p).isDirectory()
    ? readdirSync(p)
        .filter(isMarkdownFile)
        .sort()
        .map((f) => path.join(p, f))
    : [p],
);

const drafts = [];
const docxFiles = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const verdict = draftVerdict(text);
  if (!verdict.draft) continue;
  // A broken draft is named, never silently left out of the pictures.
  if (!verdict.kind) {
    console.error(`render-pages: ${file} går inte att läsa som ett ärende av känd typ (kör arende check); hoppar över.`);
    continue;
  }
  const draft = parseDraft(text, { path: file });
  const target = path.join(docxDir, `${path.basename(file, '.md')}.docx`);
  writeFileSync(target, exportDraft(draft, { images: await loadImages(draft), template }));
  docxFiles.push(target);
  drafts.push(draft);
}
if (drafts.length === 0) {
  console.error('render-pages: inga utkast hittades.');
  process.exit(2);
}
const agenda = path.join(docxDir, 'kallelse.docx');
writeFileSync(
  agenda,
  exportAgenda({ namnd: 'Socialnämnden', datum: '2026-04-15', tid: '13.00', plats: 'Sessionssalen' }, drafts, { withDocuments: true, template }),
);
docxFiles.push(agenda);

const profile = `file://${path.join(out, 'lo-profile')}`;
const lo = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, ...docxFiles], {
  encoding: 'utf8',
});
if (lo.error || lo.status !== 0) {
  console.error(`render-pages: soffice misslyckades: ${lo.error?.message ?? lo.stderr}`);
  process.exit(1);
}
for (const docx of docxFiles) {
  const name = path.basename(docx, '.docx');
  const pdf = path.join(pdfDir, `${name}.pdf`);
  const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const last = Number(/Pages:\s+(\d+)/.exec(info.stdout ?? '')?.[1] ?? 1);
  for (const [page, label] of [
    [1, 'sida-1'],
    [last, 'sista-sidan'],
  ]) {
    const r = spawnSync('pdftoppm', ['-png', '-r', '70', '-f', String(page), '-l', String(page), '-singlefile', pdf, path.join(out, `${name}.${label}`)]);
    if (r.error || r.status !== 0) {
      console.error(`render-pages: pdftoppm misslyckades för ${name}`);
      process.exit(1);
    }
    console.log(path.relative(root, path.join(out, `${name}.${label}.png`)));
  }
}
