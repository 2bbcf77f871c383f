import { MEETING_EXAMPLE_FILES } from '../meeting/example-files.js';
import { meetingRule } from '../meeting/rule.js';
import { sameDiarienummer } from '../meeting/resolve.js';

export default meetingRule({
  id: 'meeting-diarienummer-mismatch',
  summary: 'En tjänsteskrivelse i ett ärende ska ha samma diarienummer som initiativet den besvarar.',
  summaryEn: 'An officer report (tjänsteskrivelse) in a matter must have the same reference number (diarienummer) as the initiative it answers.',
  severity: 'error',
  docs: {
    what: "Kontrollerar i en mötesfil att tjänsteskrivelsen (eller redovisningen av nämnduppdrag) i ett ärende har samma diarienummer som ärendets initiativ (politikerinitiativ, medborgarförslag eller motion), både i 'diarienummer' och i 'avser: diarienummer'.",
    why: 'Initiativet och svaret på det är samma ärende i diariet. Olika nummer betyder oftast att fel tjänsteskrivelse har lagts till, och då blir förslaget till beslut fel.',
    bad: 'ärenden:\n  - handlingar:\n      - initiativ-anhorigcafe.md             # SN 2026/41\n      - tjansteskrivelse-traffpunkt.md       # SN 2026/57',
    good: 'ärenden:\n  - handlingar:\n      - initiativ-anhorigcafe.md             # SN 2026/41\n      - tjansteskrivelse-anhorigcafe.md      # SN 2026/41',
    files: MEETING_EXAMPLE_FILES,
  },
  checkMeeting({ items }, report) {
    // The tjänsteskrivelse answers the initiative: the same ärende, so the same diarienummer.
    for (const r of items) {
      const ts = r.tjänsteskrivelse;
      const initDnr = r.initiative?.metadata.diarienummer;
      if (!ts || !initDnr) continue;
      const tsHandling = r.handlingar.find((h) => h.draft === ts)!;
      const wrong = [ts.metadata.diarienummer, readAvserDnr(ts.metadata.raw)].find((d) => d && !sameDiarienummer(d, initDnr));
      if (!wrong) continue;
      report({
        message: `Tjänsteskrivelsen '${tsHandling.ref.path}' har diarienummer ${wrong}, men initiativet den besvarar har ${initDnr}. Kontrollera att det är rätt tjänsteskrivelse, eller rätta diarienumret i den.`,
        messageEn: `The officer report (tjänsteskrivelse) '${tsHandling.ref.path}' has the reference number (diarienummer) ${wrong}, but the initiative it answers has ${initDnr}. Check that it is the right report, or correct the reference number in it.`,
        range: tsHandling.ref.range,
      });
    }
  },
});

function readAvserDnr(raw: Record<string, unknown>): string | undefined {
  const avser = raw.avser;
  if (!avser || typeof avser !== 'object') return undefined;
  const dnr = (avser as Record<string, unknown>).diarienummer;
  return typeof dnr === 'string' && dnr.trim() ? dnr.trim() : undefined;
}
