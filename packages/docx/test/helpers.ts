import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { parseDraft, type Draft, type Metadata } from '@arende/core';
import type { CliIo } from '../../cli/src/io.js';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

export function fixturePath(name: string): string {
  return path.join(FIXTURES, name);
}

export function loadDraft(file: string): Draft {
  const full = path.isAbsolute(file) ? file : fixturePath(file);
  return parseDraft(readFileSync(full, 'utf8'), { path: full });
}

/** The package's parts as text (every part of ours is XML). */
export function parts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/**
 * The XML with each date's non-breaking hyphens (w:noBreakHyphen between w:t elements) written back as
 * plain hyphens, and the w:t elements of a run joined, so that a test can look for "2026-04-15" in the XML as Word shows it.
 */
export function withHyphens(xml: string): string {
  return xml.replace(/<\/w:t><w:noBreakHyphen\/><w:t xml:space="preserve">/g, '-').replace(/<\/w:t><w:t xml:space="preserve">/g, '');
}

/** Paragraphs of document.xml with their style id and text. */
export function paragraphs(documentXml: string): { style: string | undefined; text: string; xml: string }[] {
  return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => {
    const xml = m[0];
    const style = /<w:pStyle w:val="([^"]+)"/.exec(xml)?.[1];
    // A date's hyphens are Word's non-breaking hyphen (w:noBreakHyphen): read as a hyphen, as Word shows it.
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:noBreakHyphen\/>/g)]
      .map((t) => t[1] ?? (t[0] === '<w:noBreakHyphen/>' ? '-' : '\t'))
      .join('');
    return { style, text: decode(text), xml };
  });
}

/**
 * The rows of document.xml's tables as text: the cells joined by a tab (a cell's paragraphs by a newline;
 * empty cells left out), so that a label row reads "Datum\t2026-04-15" as it did when it was a tabbed paragraph.
 */
export function tableRows(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)]
      .map((c) =>
        paragraphs(c[0])
          .map((p) => p.text)
          .filter(Boolean)
          .join('\n'),
      )
      .filter(Boolean)
      .join('\t'),
  );
}

export function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Hand-made metadata of a politikerinitiativ (for compiling a tree without a draft file). */
export function testMetadata(overrides: Partial<Metadata> = {}): Metadata {
  return {
    typ: 'politikerinitiativ',
    rubrik: 'Prov',
    datum: '2026-01-05',
    mottagare: 'Socialnämnden',
    avsändare: [{ namn: 'Ada Prov', parti: 'P' }],
    lagrum: [],
    bilagor: [],
    beslutet_skickas_till: [],
    raw: {},
    ...overrides,
  };
}

/** A CliIo that keeps what a command prints, for the CLI commands run in process; `today` fixed. */
export function fakeIo(cwd: string, today = '2026-05-01') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { cwd, stdout: (t) => out.push(t), stderr: (t) => err.push(t), today: () => today };
  return { io, out: () => out.join(''), err: () => err.join('') };
}
