import { kindByName } from '../kinds/index.js';
import { CONTACT_WORDS, findContactDetails } from '../contact-details.js';
import { maskedIdentityNumber } from '../personal-data.js';
import { hiddenContactDetails, identityNumbersInDraft } from '../printed-text.js';
import type { Draft, Range } from '../model/types.js';
import { defineRule } from './rule.js';

/**
 * Frontmatter values that are printed in the exported paper (and `namn` in its author property): the
 * place for a name, a role, an attachment's title, a recipient; never for contact details.
 */
function publishedValues(draft: Draft): { path: (string | number)[]; key: string; value: string }[] {
  const raw = draft.metadata.raw;
  const out: { path: (string | number)[]; key: string; value: string }[] = [];
  const senders = raw.avsändare;
  if (Array.isArray(senders)) {
    senders.forEach((p, i) => {
      if (!p || typeof p !== 'object') return;
      for (const key of ['namn', 'roll'] as const) {
        const value = (p as Record<string, unknown>)[key];
        if (typeof value === 'string') out.push({ path: ['avsändare', i, key], key, value });
      }
    });
  }
  for (const key of ['bilagor', 'beslutet_skickas_till'] as const) {
    const list = raw[key];
    if (!Array.isArray(list)) continue;
    list.forEach((value, i) => {
      if (typeof value === 'string') out.push({ path: [key, i], key, value });
    });
  }
  return out;
}

/** The range of `value.slice(start, end)` inside the value's YAML node (the whole node when quoting hides it). */
function partRange(draft: Draft, node: Range, value: string, start: number, end: number): Range {
  const source = draft.text.slice(node.start.offset, node.end.offset);
  const part = value.slice(start, end);
  const at = source.indexOf(part);
  if (at < 0) return node;
  return { start: draft.pointAt(node.start.offset + at), end: draft.pointAt(node.start.offset + at + part.length) };
}

/** CONTACT_WORDS in English. */
function contactWordEn(what: 'e-post' | 'telefon' | 'adress'): string {
  return what === 'e-post' ? 'an e-mail address' : what === 'telefon' ? 'a telephone number' : 'a street address';
}

export default defineRule({
  id: 'personal-data',
  summary: 'Inga personnummer i en handling som blir allmän, och en medborgares kontaktuppgifter bara i huvudet.',
  summaryEn: "No personal identity numbers (personnummer) in a paper that becomes public, and a citizen's contact details only in the header.",
  severity: 'error',
  lagrum: '3 kap. 10 § dataskyddslagen (2018:218)',
  docs: {
    what: 'Letar efter personnummer och samordningsnummer (med giltig kontrollsiffra) i hela utkastet i alla former som skrivs (bindestreck, tankstreck, mellanslag, utan skiljetecken, 10 eller 12 siffror, +, ”pnr:” före, radbrytning efter strecket), både i källtexten och i den text som skrivs ut: värden i huvudet efter YAML-avkodning (\\u0031), texten utan Markdown-formatering, entiteter (&#49;) och kommentarer, utan osynliga tecken (mjukt bindestreck, nollbreddstecken, riktningstecken) och med breda siffror som vanliga; ett datum i en tabellcell och fyra siffror i nästa räknas som ett nummer. Ett nummer som ser ut som ett personnummer men har fel kontrollsiffra ger en varning när det skrivs med streck eller efter ”personnummer”. Letar också efter e-postadresser, telefonnummer och gatuadresser i värden som kommer med i handlingen (namn, roll, bilagor, beslutet_skickas_till); och efter e-postadresser och telefonnummer i texten till ett medborgarförslag. Ett personnummer stoppar alltid exporten, vad inställningarna än säger, om inte --force anges.',
    why: 'Handlingar till en nämnd är allmänna handlingar och publiceras ofta på kommunens webbplats. Ett personnummer får bara behandlas när det är klart motiverat (3 kap. 10 § dataskyddslagen), och inom socialtjänsten är sekretess huvudregeln (26 kap. 1 § offentlighets- och sekretesslagen). Ett medborgarförslags kontaktuppgifter står i huvudet, som tas bort när förslaget exporteras; i texten följer de med.',
    bad: '---\ntyp: medborgarförslag\n…\n---\n\nJag (811218-9876) föreslår … Nå mig på anna@example.se.',
    good: '---\ntyp: medborgarförslag\n…\navsändare:\n  - namn: Anna Exempel\n    e-post: anna@example.se\n---\n\nJag föreslår …',
  },
  check(draft, report) {
    // The source and the text the outputs print (YAML-decoded values, Markdown without markup, entities
    // and comments, invisible characters removed, NFKC): printed-text.ts.
    for (const n of identityNumbersInDraft(draft)) {
      const range = { start: draft.pointAt(n.start), end: draft.pointAt(n.end) };
      if (!n.checkDigitValid) {
        // A typo in a personnummer still gives away a birth date; it is a warning (it may be another number).
        report({
          severity: 'warning',
          message: `Texten innehåller något som ser ut som ett personnummer med fel kontrollsiffra (${maskedIdentityNumber(n)}). Även med ett skrivfel visar det ett födelsedatum: ta bort numret, eller skriv bara födelseåret om det behövs.`,
          messageEn: `The text contains what looks like a personal identity number (personnummer) with a wrong check digit (${maskedIdentityNumber(n)}). Even with a typo it gives away a date of birth: remove the number, or write only the year of birth if it is needed.`,
          range,
        });
        continue;
      }
      report({
        // The last four digits are masked: the message itself ends up in logs, e-mails and reports.
        message: `Texten innehåller ett ${n.kind} (${maskedIdentityNumber(n)}). Handlingen blir allmän och publiceras ofta: ta bort numret, eller skriv bara födelseåret om det behövs.`,
        messageEn: `The text contains a ${n.kind === 'personnummer' ? 'personal identity number (personnummer)' : 'coordination number (samordningsnummer)'} (${maskedIdentityNumber(n)}). The paper becomes public and is often published: remove the number, or write only the year of birth if it is needed.`,
        range,
      });
    }
    // Contact details typed into a value that is printed (namn, roll, bilagor, beslutet_skickas_till), in
    // every kind: they would be published, and namn also becomes the Word file's author.
    for (const { path, key, value } of publishedValues(draft)) {
      const node = draft.rangeOf(path);
      if (!node) continue;
      for (const c of findContactDetails(value)) {
        report({
          severity: 'warning',
          message: `Värdet för '${key}' innehåller ${CONTACT_WORDS[c.what]}. Det som står här kommer med i den exporterade handlingen${key === 'namn' ? ' och i Word-filens egenskaper (författare)' : ''}, som blir allmän; ta bort ${c.what === 'adress' ? 'adressen' : c.what === 'e-post' ? 'e-postadressen' : 'numret'}${kindByName(draft.kind)?.features.privateSenders ? " (en medborgares kontaktuppgifter skrivs under avsändare: 'e-post', 'telefon', 'adress', som inte exporteras)" : ''}.`,
          messageEn: `The value of '${key}' contains ${contactWordEn(c.what)}. What is written here goes into the exported paper${key === 'namn' ? " and into the Word file's properties (author)" : ''}, which becomes public; remove ${c.what === 'adress' ? 'the address' : c.what === 'e-post' ? 'the e-mail address' : 'the number'}${kindByName(draft.kind)?.features.privateSenders ? " (a citizen's contact details go under avsändare: 'e-post', 'telefon', 'adress', which are not exported)" : ''}.`,
          range: partRange(draft, node, value, c.start, c.end),
        });
      }
    }
    // Private persons' contact details (a medborgarförslag's) belong in the frontmatter, which export drops.
    if (!kindByName(draft.kind)?.features.privateSenders) return;
    const bodyStart = draft.frontmatter ? draft.frontmatter.range.end.offset : 0;
    const body = draft.text.slice(bodyStart);
    // Street names are left out in the text: a proposal may well be about Storgatan 5. Also what the printed
    // text shows and the source hides (an entity for "@", a comment inside a number).
    const inSource = findContactDetails(body, ['e-post', 'telefon']).map((c) => ({ ...c, start: bodyStart + c.start, end: bodyStart + c.end }));
    const all = [...inSource, ...hiddenContactDetails(draft, ['e-post', 'telefon'], inSource)].sort((a, b) => a.start - b.start);
    for (const c of all) {
      report({
        severity: 'warning',
        message: `Texten innehåller ${CONTACT_WORDS[c.what]}. I texten följer den med när förslaget publiceras; skriv kontaktuppgifter bara i huvudet (under avsändare: e-post, telefon), som tas bort vid export.`,
        messageEn: `The text contains ${contactWordEn(c.what)}. In the text it is published with the proposal; write contact details only in the header (under avsändare: e-post, telefon), which is removed on export.`,
        range: { start: draft.pointAt(c.start), end: draft.pointAt(c.end) },
      });
    }
  },
});
