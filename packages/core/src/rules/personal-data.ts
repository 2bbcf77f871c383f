import { kindByName } from '../kinds/index.js';
import { findIdentityNumbers } from '../personal-data.js';
import { defineRule } from './rule.js';

/** An e-mail address, and a Swedish telephone number (070-123 45 67, 08-123 456 78, +46 70 123 45 67). */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
const PHONE = /(?<![\d\p{L}])(?:\+46[ -]?|0)\d{1,3}[ -]?\d{2,3}[ -]?\d{2}[ -]?\d{2}(?![\d])/gu;

export default defineRule({
  id: 'personal-data',
  summary: 'Inga personnummer i en handling som blir allmän, och en medborgares kontaktuppgifter bara i huvudet.',
  severity: 'error',
  lagrum: '3 kap. 10 § dataskyddslagen (2018:218)',
  docs: {
    what:
      'Letar efter personnummer och samordningsnummer (med giltig kontrollsiffra) i hela utkastet, och efter e-postadresser och telefonnummer i texten till ett medborgarförslag.',
    why:
      'Handlingar till en nämnd är allmänna handlingar och publiceras ofta på kommunens webbplats. Ett personnummer får bara behandlas när det är klart motiverat (3 kap. 10 § dataskyddslagen), och inom socialtjänsten är sekretess huvudregeln (26 kap. 1 § offentlighets- och sekretesslagen). Ett medborgarförslags kontaktuppgifter står i huvudet, som tas bort när förslaget exporteras; i texten följer de med.',
    bad: '---\ntyp: medborgarförslag\n…\n---\n\nJag (811218-9876) föreslår … Nå mig på anna@example.se.',
    good: '---\ntyp: medborgarförslag\n…\navsändare:\n  - namn: Anna Exempel\n    e-post: anna@example.se\n---\n\nJag föreslår …',
  },
  check(draft, report) {
    for (const n of findIdentityNumbers(draft.text)) {
      report({
        // The last four digits are masked: the message itself ends up in logs, e-mails and reports.
        message: `Texten innehåller ett ${n.kind} (${n.text.slice(0, -4)}XXXX). Handlingen blir allmän och publiceras ofta: ta bort numret, eller skriv bara födelseåret om det behövs.`,
        range: { start: draft.pointAt(n.start), end: draft.pointAt(n.end) },
      });
    }
    // Private persons' contact details (a medborgarförslag's) belong in the frontmatter, which export drops.
    if (!kindByName(draft.kind)?.features.privateSenders) return;
    const bodyStart = draft.frontmatter ? draft.frontmatter.range.end.offset : 0;
    const body = draft.text.slice(bodyStart);
    const contacts: { start: number; end: number; what: string }[] = [];
    for (const m of body.matchAll(EMAIL)) contacts.push({ start: m.index!, end: m.index! + m[0].length, what: 'en e-postadress' });
    for (const m of body.matchAll(PHONE)) contacts.push({ start: m.index!, end: m.index! + m[0].length, what: 'ett telefonnummer' });
    for (const c of contacts.sort((a, b) => a.start - b.start)) {
      report({
        severity: 'warning',
        message: `Texten innehåller ${c.what}. I texten följer den med när förslaget publiceras; skriv kontaktuppgifter bara i huvudet (under avsändare: e-post, telefon), som tas bort vid export.`,
        range: { start: draft.pointAt(bodyStart + c.start), end: draft.pointAt(bodyStart + c.end) },
      });
    }
  },
});
