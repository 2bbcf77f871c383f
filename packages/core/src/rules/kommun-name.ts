import { checkKommunName } from '../kommuner/index.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'kommun-name',
  summary: "'kommun' i huvudet ska vara kommunens (eller regionens) officiella namn.",
  summaryEn: "'kommun' in the header should be the official name of the municipality (kommun) or region.",
  severity: 'warning',
  basis:
    'SCB:s förteckning över Sveriges 290 kommuner och 21 regioner (kommunkoder); namnen som kommunerna själva använder, som Stockholms stad, är också rätt.',
  basisEn:
    "Statistics Sweden's (SCB) list of Sweden's 290 municipalities and 21 regions (municipality codes); the names municipalities use themselves, such as Stockholms stad, are also right.",
  docs: {
    what: "Kontrollerar att 'kommun' är ett namn som en av Sveriges 290 kommuner eller 21 regioner har: det juridiska namnet ('Lindesbergs kommun') eller det namn kommunen själv använder ('Stockholms stad', 'Göteborgs Stad', 'Region Gotland'). En kortform eller ett stavfel rättas till det officiella namnet. Ett namn som inte liknar någon kommun (som i exemplen här) lämnas utan anmärkning.",
    why: 'Kommunens namn står i sidhuvudet och i diariet. Med det officiella namnet hittar registratorn rätt kommun, och handlingar från olika kommuner blandas inte ihop.',
    bad: '---\nkommun: Lindesberg\n---',
    good: '---\nkommun: Lindesbergs kommun\n---',
  },
  check(draft, report) {
    const value = draft.metadata.kommun;
    if (typeof value !== 'string') return;
    const result = checkKommunName(value);
    if (result.status !== 'fix') return;
    const range = draft.rangeOf(['kommun'], 'value');
    if (!range) return;
    const actual = draft.text.slice(range.start.offset, range.end.offset);
    const names = result.official.map((n) => `'${n}'`).join(' eller ');
    // Fixed only where the value is written plainly (not quoted or folded), so the fix replaces exactly it.
    const fixable = actual === value;
    report({
      message: `'${value}' är inte kommunens officiella namn. Skriv ${names}.`,
      messageEn: `'${value}' is not the official name of the municipality. Write ${names.replace(/ eller /g, ' or ')}.`,
      range,
      ...(fixable ? { actual, expected: result.official } : {}),
    });
  },
});
