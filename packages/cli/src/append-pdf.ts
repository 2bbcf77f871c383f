/**
 * `arende agenda --med-handlingar --pdf`: the pages of the handlingar that are PDF files (a delegation list, a
 * report from another authority) appended to the kallelse's PDF, in agenda order, with pdf-lib. A file that cannot
 * be read as a PDF is named, not dropped silently.
 */
import { readFileSync, statSync } from 'node:fs';
import { MAX_HANDLING_BYTES } from '@arende/core';
import { PDFDocument } from 'pdf-lib';

export interface AppendResult {
  bytes: Uint8Array;
  appended: string[];
  failed: { file: string; reason: string }[];
}

export async function appendPdfPages(pdf: Uint8Array, files: readonly { path: string; label: string }[]): Promise<AppendResult> {
  const out = await PDFDocument.load(pdf);
  const appended: string[] = [];
  const failed: { file: string; reason: string }[] = [];
  for (const f of files) {
    try {
      // The meeting file's check refuses a handling over the cap; with --force it is still never read whole.
      const stats = statSync(f.path);
      if (!stats.isFile() || stats.size > MAX_HANDLING_BYTES) {
        failed.push({ file: f.label, reason: `större än ${MAX_HANDLING_BYTES / (1024 * 1024)} MB eller ingen vanlig fil` });
        continue;
      }
      const src = await PDFDocument.load(readFileSync(f.path), { ignoreEncryption: false });
      const pages = await out.copyPages(src, src.getPageIndices());
      for (const p of pages) out.addPage(p);
      appended.push(f.label);
    } catch (e) {
      failed.push({ file: f.label, reason: (e as Error).message.split('\n')[0]! });
    }
  }
  return { bytes: await out.save(), appended, failed };
}
