/**
 * Contact details in text: e-mail addresses, Swedish telephone numbers and street addresses. Used by
 * the rule personal-data (a medborgarförslag's text, and the frontmatter values that are published:
 * namn, roll, bilagor, beslutet_skickas_till) and by the exporter, which never writes them into the
 * document's properties.
 *
 * Every pattern is linear in the text: a match may only start where a run of its characters starts
 * (the look-behind), and every repetition is bounded, so 160 KB without an "@" costs one pass.
 */

export interface ContactDetail {
  start: number;
  end: number;
  what: 'e-post' | 'telefon' | 'adress';
}

const LOCAL = String.raw`[\p{L}\p{N}._%+\-]`;
// Local part at most 64 characters, labels at most 63 (RFC 5321): bounded, so no start rescans a long run.
const EMAIL = new RegExp(String.raw`(?<!${LOCAL})${LOCAL}{1,64}@[\p{L}\p{N}\-]{1,63}(?:\.[\p{L}\p{N}\-]{1,63}){0,8}\.\p{L}{2,24}(?![\p{L}\p{N}])`, 'gu');
/** 070-123 45 67, 08-123 456 78, 0701234567, +46 70 123 45 67: an area code, then 5–8 digits in groups. */
const PHONE = /(?<![\d\p{L}])(?:\+46[ -]?|0)\d{1,3}(?:[ -]?\d){5,8}(?!\d)/gu;
/** The endings Swedish street names take (also the cheap test in MUST_HAVE below). */
const STREET_WORDS = 'gatan|vägen|väg|gränd|gränden|gången|stigen|backen|torget|torg|allén|leden|plan|platsen|stråket|slingan|kajen|esplanaden|promenaden';
/** "Lönnvägen 14", "Bryggargatan 3 B", "Box 123", and a postal code with its town ("712 34 Norrbacka"). */
const STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\p{Lu}[\p{L}-]{0,40}(?:${STREET_WORDS})[ \u00a0]\d{1,4}(?:[ \u00a0]?[A-Za-z](?![\p{L}]))?(?![\p{L}\p{N}])` +
    String.raw`|(?<![\p{L}\p{N}])Box[ \u00a0]\d{1,6}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\d{3}[ \u00a0]?\d{2}[ \u00a0]+\p{Lu}\p{Ll}{1,30}(?![\p{L}\p{N}])`,
  'gu',
);

/**
 * What each pattern cannot match without: cheap, non-Unicode tests run first, so a text with no "@", no
 * area code and no street word never compiles or runs the Unicode patterns above (compiling them costs a
 * cold `arende export` more than the scan itself).
 */
const MUST_HAVE: Record<ContactDetail['what'], RegExp> = {
  'e-post': /@/,
  telefon: /\+46|0\d/,
  adress: new RegExp(String.raw`(?:${STREET_WORDS}|Box)[ \u00a0]\d|\d{3}[ \u00a0]?\d{2}[ \u00a0]`),
};

/** Every e-mail address, telephone number and street address in `text`, in text order. */
export function findContactDetails(text: string, kinds: readonly ContactDetail['what'][] = ['e-post', 'telefon', 'adress']): ContactDetail[] {
  const out: ContactDetail[] = [];
  const take = (re: RegExp, what: ContactDetail['what']) => {
    if (!kinds.includes(what) || !MUST_HAVE[what].test(text)) return;
    for (const m of text.matchAll(re)) out.push({ start: m.index!, end: m.index! + m[0].length, what });
  };
  take(EMAIL, 'e-post');
  take(PHONE, 'telefon');
  take(STREET, 'adress');
  return out.sort((a, b) => a.start - b.start);
}

/** `text` without its contact details (and the separators they leave behind), for metadata. */
export function withoutContactDetails(text: string): string {
  const found = findContactDetails(text);
  if (found.length === 0) return text;
  let out = '';
  let last = 0;
  for (const c of found) {
    if (c.start < last) continue;
    out += text.slice(last, c.start);
    last = c.end;
  }
  out += text.slice(last);
  return out
    .replace(/\s+(?=[,;:)\]>])/g, '')
    .replace(/\s*[<([]\s*[>)\]]/g, '')
    .replace(/[,;:]\s*(?=[,;:]|$)/g, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, '');
}

/** Swedish words for what was found, for messages. */
export const CONTACT_WORDS: Record<ContactDetail['what'], string> = {
  'e-post': 'en e-postadress',
  telefon: 'ett telefonnummer',
  adress: 'en gatuadress',
};
