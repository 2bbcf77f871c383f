/**
 * The last look before the status site is written: the text a visitor can read in every page and in the
 * feed (tags and attribute values stripped, entities decoded, the feed's ids left out) must hold no
 * personnummer or samordningsnummer (core personal-data.ts, also one with a wrong check digit where the
 * writing says it is one), no contact detail (core contact-details.ts) and no name of a private person the
 * drafts name as a medborgarförslag's sender. The masking before it should leave nothing; this guard is
 * what makes a slip refuse the build instead of publishing it.
 */
import { findContactDetails, findIdentityNumbers, maskedIdentityNumber } from '@arende/core';

/** What a reader sees of an HTML or Atom document, as plain text. */
export function readableText(markup: string): string {
  return markup
    .replace(/<id>[^<]*<\/id>/g, ' ')
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

export interface Leak {
  file: string;
  what: string;
}

/** Every personal datum in `files` (name → markup). `privateNames`: names that must not appear. */
export function leaks(files: ReadonlyMap<string, string>, privateNames: readonly string[]): Leak[] {
  const out: Leak[] = [];
  for (const [file, markup] of files) {
    const text = readableText(markup);
    for (const n of findIdentityNumbers(text, { wrongCheckDigit: true })) out.push({ file, what: `ett personnummer (${maskedIdentityNumber(n)})` });
    for (const c of findContactDetails(text)) out.push({ file, what: `en kontaktuppgift (${c.what})` });
    for (const name of privateNames) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
      if (re.test(text)) out.push({ file, what: `namnet på en privatperson (${name.slice(0, 2)}…)` });
    }
  }
  return out;
}
