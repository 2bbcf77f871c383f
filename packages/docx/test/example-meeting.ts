/**
 * The example folder (examples/: the meeting files with their handlingar) copied to a temporary folder for
 * the tests that run the CLI's meeting commands on it, and the protokoll read back by its §§.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { paragraphs, parts } from './helpers.js';

export const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));
/** The socialnämnd's example meeting (yrkanden, beslutsgång and omröstning). */
export const SN = 'sammantrade-socialnamnden-2026-04-22.md';

/**
 * Copies examples/ to a new temporary folder before the enclosing describe's tests and removes it after
 * them; call inside a describe. The tests write their documents (and changed meeting files) beside the copy.
 */
export function examplesCopy(prefix: string): () => string {
  let dir = '';
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), prefix));
    cpSync(EXAMPLES, dir, { recursive: true });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  return () => dir;
}

export const documentXml = (file: string): string => parts(readFileSync(file))['word/document.xml']!;
/** The text of a .docx's paragraphs, in order. */
export const texts = (file: string): string[] => paragraphs(documentXml(file)).map((p) => p.text);

/** The paragraphs of one § (from its heading to the next § heading or the end). */
export function paragraf(all: string[], heading: string): string[] {
  const from = all.findIndex((t) => t.startsWith(heading));
  assert.ok(from >= 0, heading);
  const to = all.findIndex((t, i) => i > from && /^§ \d+ /.test(t));
  return all.slice(from, to < 0 ? undefined : to);
}
