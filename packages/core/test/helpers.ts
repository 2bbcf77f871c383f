import { loadNodeSpeller } from '../src/spelling/node-speller.js';
import { checkText, setSpeller, toVFile, type ArendeConfig, type Speller } from '../src/index.js';

/** Diagnostics of a text as `line:col-line:col: message` strings (what a user sees), by rule. */
export function messagesOf(text: string, ruleId?: string, config?: ArendeConfig): string[] {
  const { draft, diagnostics } = checkText(text, { config });
  const chosen = ruleId ? diagnostics.filter((d) => d.ruleId === ruleId) : diagnostics;
  return toVFile(undefined, draft.text, chosen).messages.map((m) => String(m));
}

/** The frontmatter of `politikerinitiativ()` (to vary one line of it). */
export const PI_FRONTMATTER = `typ: politikerinitiativ
rubrik: Fler platser i boendestöd
datum: 2026-03-02
mottagare: Socialnämnden
avsändare:
  - namn: Kim Exempel
    parti: Exempelpartiet
lagrum:
  - 10 kap. 1 § socialtjänstlagen (2025:400)`;

/** A valid politikerinitiativ, with `overrides` replacing whole frontmatter lines by key. */
export function politikerinitiativ(options: { frontmatter?: string; body?: string } = {}): string {
  return `---
${options.frontmatter ?? PI_FRONTMATTER}
---

${
  options.body ??
  `Kön till boendestöd har vuxit under året.

## Vi föreslår därför att

- socialnämnden utreder behovet av fler platser
`
}`;
}

export const VALID_MEDBORGARFORSLAG = `---
typ: medborgarförslag
rubrik: Ett anhörigcafé i Sjövik
datum: 2026-04-10
mottagare: Kommunfullmäktige
kommun: Sjöviks kommun
avsändare:
  - namn: Alex Prov
    adress: Bygatan 3, 123 45 Sjövik
    e-post: alex@example.se
    telefon: 070-111 22 33
---

Anhöriga till personer med psykisk ohälsa saknar en mötesplats.

## Förslag

- att kommunen öppnar ett anhörigcafé en kväll i veckan
`;

export const VALID_NAMNDUPPDRAG = `---
typ: nämnduppdrag
rubrik: Redovisning av uppdrag om SIP
datum: 2026-05-20
mottagare: Socialnämnden
diarienummer: SN 2026/41
uppdrag:
  beslut: SN 2026-01-15 § 7
  datum: 2026-01-15
avsändare:
  - namn: Robin Test
    roll: förvaltningschef
lagrum:
  - 10 kap. 8 § socialtjänstlagen (2025:400)
---

## Förslag till beslut

1. Redovisningen godkänns.

## Sammanfattning

Förvaltningen har följt upp arbetet med samordnade individuella planer (SIP).

## Beskrivning av ärendet

Nämnden gav förvaltningen uppdraget i januari.

## Ekonomiska konsekvenser

Inga.

## Barnets bästa

Ärendet rör vuxna; någon särskild prövning har inte gjorts.
`;

/** A valid interpellation (5 kap. 59–60 §§ KL): to a chair by name, reasons, numbered questions. */
export const VALID_INTERPELLATION = `---
typ: interpellation
rubrik: Interpellation om väntetiden till boendestöd
datum: 2026-05-04
mottagare: Socialnämndens ordförande Anna Berg
avsändare:
  - namn: Leila Ahmadi
    parti: Gröna Sjövik
---

## Bakgrund

Väntetiden till boendestöd har ökat från tre till sju veckor på ett år.

## Frågor

1. Vad beror den längre väntetiden på?
2. Vad gör nämnden för att korta den?
`;

let speller: Promise<Speller> | undefined;

/**
 * Registers the real Swedish speller (Hunspell as WebAssembly) for the tests of the enclosing describe,
 * loaded once per test process, and unregisters it after them (the rule `spelling` is silent without one).
 */
export function useRealSpeller(): void {
  before(async function () {
    this.timeout(120000);
    setSpeller(await (speller ??= loadNodeSpeller({ suggestions: true })));
  });
  after(() => setSpeller(undefined));
}
