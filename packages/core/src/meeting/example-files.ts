/**
 * Small handlingar for the meeting rules' documented examples (docs.files): a meeting file's example
 * names them under `handlingar`, and the rule-docs test reads them as the files beside it.
 */
import { KINDS } from '../kinds/index.js';

const initiativ = (mottagare: string, dnr: string, kommun = '') => `---
typ: politikerinitiativ
rubrik: Ett initiativ
datum: 2026-02-01
mottagare: ${mottagare}
${kommun ? `kommun: ${kommun}\n` : ''}diarienummer: ${dnr}
avsändare:
  - namn: Kim Exempel
    parti: Exempelpartiet
lagrum:
  - 4 kap. 20 § kommunallagen (2017:725)
---

Skäl.

## Vi föreslår därför att

- nämnden utreder frågan
`;

const tjänsteskrivelse = (dnr: string) => `---
typ: tjänsteskrivelse
rubrik: Svar på initiativet
datum: 2026-03-01
mottagare: Socialnämnden
diarienummer: ${dnr}
förvaltning: Socialförvaltningen
avsändare:
  - namn: Alex Chef
    roll: förvaltningschef
---

## Förslag till beslut

1. Initiativet anses besvarat.

## Sammanfattning

Kort.

## Ärendet

Text.
`;

// The kinds fullmäktige decides, by the kind table: the one it may hand over to a nämnd, and the one it may not.
const MEDBORGARFÖRSLAG = KINDS.find((k) => k.workflow.delegable)!.name;
const MOTION = KINDS.find((k) => k.workflow.frist && !k.workflow.delegable)!.name;

/** A motion or medborgarförslag to fullmäktige (remitted to the nämnd for beredning, or handed over). */
const tillFullmäktige = (typ: string, dnr: string) => `---
typ: ${typ}
rubrik: Ett förslag till fullmäktige
datum: 2026-02-01
väckt: 2026-02-16
mottagare: Kommunfullmäktige
diarienummer: ${dnr}
avsändare:
  - namn: Kim Exempel
---

Skäl.

## Jag föreslår därför att

- kommunen utreder frågan
`;

export const MEETING_EXAMPLE_FILES: Readonly<Record<string, string>> = {
  'initiativ-anhorigcafe.md': initiativ('Socialnämnden', 'SN 2026/41'),
  'tjansteskrivelse-anhorigcafe.md': tjänsteskrivelse('SN 2026/41'),
  'tjansteskrivelse-traffpunkt.md': tjänsteskrivelse('SN 2026/57'),
  'initiativ-till-kulturnamnden.md': initiativ('Kulturnämnden', 'KN 2026/3'),
  'initiativ-fran-grannkommunen.md': initiativ('Socialnämnden', 'SN 2026/9', 'Grannby kommun'),
  'motion-traffpunkt.md': tillFullmäktige(MOTION, 'KS 2026/12'),
  'medborgarforslag-anhorigcafe.md': tillFullmäktige(MEDBORGARFÖRSLAG, 'KS 2026/13'),
};
