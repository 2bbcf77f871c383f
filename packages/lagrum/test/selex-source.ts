/**
 * Test helper: reads one provision straight from the selex/ Markdown, independently of the build script,
 * so that the registry's structure can be checked against the source rather than against itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultDataDir } from '../scripts/build-registry.js';

export const selexFiles: Record<string, string> = {
  '2017:725': 'sfs-2017-725.md',
  '1993:387': 'sfs-1993-387.md',
  '1990:52': 'sfs-1990-52.md',
  '1988:870': 'sfs-1988-870.md',
  '2017:900': 'sfs-2017-900.md',
  '1949:381': 'sfs-1949-381.md',
  '2017:612': 'sfs-2017-612.md',
  // Only in selex/ (issue 21): read from the Markdown alone.
  '1991:1128': 'sfs-1991-1128.md',
};

export function selexAvailable(): boolean {
  return existsSync(path.join(defaultDataDir(), 'selex', selexFiles['2017:725']!));
}

/** The provision's paragraphs as the source separates them (blank lines), Markdown as written. */
export function sourceParagraphs(sfs: string, kapitel: string | null, paragraf: string): string[] {
  const md = readFileSync(path.join(defaultDataDir(), 'selex', selexFiles[sfs]!), 'utf8');
  const lines = md.split('\n');
  let i = 0;
  if (kapitel !== null) {
    i = lines.findIndex((l) => l.startsWith(`## ${kapitel} kap.`));
    if (i < 0) throw new Error(`${sfs}: inget ${kapitel} kap.`);
  }
  const head = lines.findIndex((l, j) => j > i && new RegExp(`^#{3,4} ${paragraf} §$`).test(l));
  if (head < 0) throw new Error(`${sfs}: ingen ${paragraf} §`);
  const end = lines.findIndex((l, j) => j > head && l.startsWith('#'));
  return lines
    .slice(head + 1, end < 0 ? undefined : end)
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Source paragraphs that are numbered points ("1. …"), with their numbers. */
export function numberedPoints(paragraphs: string[]): number[] {
  return paragraphs
    .map((p) => /^(\d+)\.\s/.exec(p))
    .filter((m) => m !== null)
    .map((m) => Number(m[1]));
}
