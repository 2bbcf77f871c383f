import { defineRule } from './rule.js';

export default defineRule({
  id: 'frontmatter-missing',
  summary: 'Utkastet måste börja med ett huvud (frontmatter) mellan två rader med ---.',
  summaryEn: 'A draft must start with a header (frontmatter) between two lines with ---.',
  severity: 'error',
  docs: {
    what: 'Kontrollerar att filen börjar med ett YAML-huvud som anger typ, rubrik, datum, mottagare och avsändare.',
    why: 'Utan huvud vet ärende inte vilken sorts handling det är, vilket datum som avgör lagens lydelse eller vem som står bakom den.',
    bad: '# Bättre samordning\n\nText utan huvud …',
    good: '---\ntyp: politikerinitiativ\nrubrik: Bättre samordning\ndatum: 2026-03-02\nmottagare: Socialnämnden\navsändare:\n  - namn: Kim Exempel\n    parti: Exempelpartiet\nlagrum:\n  - 10 kap. 8 § socialtjänstlagen (2025:400)\n---\n\nText …',
  },
  check(draft, report) {
    if (draft.frontmatter || draft.frontmatterUnclosed) return;
    const first = draft.text.search(/\r?\n|\r|$/);
    report({
      message:
        "Utkastet saknar huvud (frontmatter). Börja filen med en rad '---', därefter nycklarna typ, rubrik, datum, mottagare och avsändare, och avsluta med en rad '---'. Kör 'arende new' för en mall.",
      messageEn:
        "The draft has no header (frontmatter). Start the file with a line '---', then the keys typ, rubrik, datum, mottagare and avsändare, and end with a line '---'. Run 'arende new' for a template.",
      range: { start: draft.pointAt(0), end: draft.pointAt(first) },
    });
  },
});
