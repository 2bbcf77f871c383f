#!/usr/bin/env node
// Renders page 1 of every example's Word export (and of an agenda of all examples) to PNG, for
// people to look at: export → LibreOffice (one soffice call) → PDF → pdftoppm → out/pages/*.png.
// Usage: node scripts/render-pages.mjs [DRAFT.md|FOLDER …]   (default: examples/)
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

const out = path.join(root, 'out/pages');
const docxDir = path.join(out, 'docx');
const pdfDir = path.join(out, 'pdf');
rmSync(out, { recursive: true, force: true });
mkdirSync(docxDir, { recursive: true });

const inputs = process.argv.slice(2).length ? process.argv.slice(2) : [path.join(root, 'examples')];
const files = inputs.flatMap((p) =>
  statSync(p).isDirectory()
    ? readdirSync(p).filter(isMarkdownFile).sort().map((f) => path.join(p, f))
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
  writeFileSync(target, exportDraft(draft));
  docxFiles.push(target);
  drafts.push(draft);
}
if (drafts.length === 0) {
  console.error('render-pages: inga utkast hittades.');
  process.exit(2);
}
const agenda = path.join(docxDir, 'kallelse.docx');
writeFileSync(agenda, exportAgenda({ namnd: 'Socialnämnden', datum: '2026-04-15', tid: '13.00', plats: 'Sessionssalen' }, drafts, { withDocuments: true }));
docxFiles.push(agenda);

const profile = `file://${path.join(out, 'lo-profile')}`;
const lo = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, ...docxFiles], { encoding: 'utf8' });
if (lo.error || lo.status !== 0) {
  console.error(`render-pages: soffice misslyckades: ${lo.error?.message ?? lo.stderr}`);
  process.exit(1);
}
for (const docx of docxFiles) {
  const name = path.basename(docx, '.docx');
  const r = spawnSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', path.join(pdfDir, `${name}.pdf`), path.join(out, name)]);
  if (r.error || r.status !== 0) {
    console.error(`render-pages: pdftoppm misslyckades för ${name}`);
    process.exit(1);
  }
  console.log(path.relative(root, path.join(out, `${name}.png`)));
}
