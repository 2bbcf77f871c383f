/**
 * Small handlingar for the meeting rules' documented examples (docs.files): a meeting file's example
 * names them under `handlingar`, and the rule-docs test reads them as the files beside it.
 */
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

export const MEETING_EXAMPLE_FILES: Readonly<Record<string, string>> = {
  'initiativ-anhorigcafe.md': initiativ('Socialnämnden', 'SN 2026/41'),
  'tjansteskrivelse-anhorigcafe.md': tjänsteskrivelse('SN 2026/41'),
  'tjansteskrivelse-traffpunkt.md': tjänsteskrivelse('SN 2026/57'),
  'initiativ-till-kulturnamnden.md': initiativ('Kulturnämnden', 'KN 2026/3'),
  'initiativ-fran-grannkommunen.md': initiativ('Socialnämnden', 'SN 2026/9', 'Grannby kommun'),
};
