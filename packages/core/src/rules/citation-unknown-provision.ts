import { provisionsOf } from '@arende/lagrum';
import { citationPlace, draftCitations, successorFix } from '../citations.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'citation-unknown-provision',
  summary: 'Den hänvisade paragrafen, eller dess stycke eller punkt, finns inte i lagen som gällde på handlingens datum.',
  summaryEn: "The cited paragraph, or its subsection (stycke) or point, does not exist in the law in force on the paper's date.",
  severity: 'error',
  docs: {
    what: "Kontrollerar att kapitel och paragraf finns i den lag som hänvisningen avser, i den lydelse som gällde på handlingens 'datum'. 'SoL' och 'socialtjänstlagen' utan SFS-nummer betyder lagen (2001:453) före 2025-07-01 och lagen (2025:400) från den dagen. Där ärendes lagtext är ofullständig (båda socialtjänstlagarna, (2001:453) och (2025:400)) sägs 'finns inte i registret' och problemet blir en varning, så att exporten inte stoppas av en lucka i registret. Stycke och punkt ('andra stycket 3', '9 § 4 LSS') kontrolleras mot paragrafens stycken och numrerade punkter där lagtexten visar dem (kommunallagen, LSS, LVU, LVM, förvaltningslagen, föräldrabalken och lagen (2017:612)); ett stycke eller en punkt som inte finns ger en varning. En punkt utan stycke ('9 § 4') läses i det första stycket som har punkter. För övriga lagar kontrolleras inte stycke och punkt.",
    why: 'En hänvisning till en paragraf som inte finns gör handlingens rättsliga grund oklar. Vanligast är gamla paragrafer ur socialtjänstlagen (2001:453) i handlingar skrivna efter 1 juli 2025.',
    bad: '---\ndatum: 2026-03-02\nlagrum:\n  - 2 kap. 6 § SoL\n---',
    good: '---\ndatum: 2026-03-02\nlagrum:\n  - 7 kap. 3 § SoL\n---',
  },
  check(draft, report) {
    for (const c of draftCitations(draft).citations) {
      const r = c.resolved;
      // The paragraph exists, but not the stycke or punkt cited (where the registry knows them). A warning:
      // the structure is that of the current consolidated text, and a point can hide in the source's layout.
      if (r.structureProblem) {
        // What the data cannot show is said (info), not accepted silently nor called wrong.
        const severity = r.structureProblem.kind === 'okänd' ? 'info' : 'warning';
        report({ message: r.structureProblem.message, messageEn: r.structureProblem.messageEn, range: citationPlace(c), severity });
        continue;
      }
      if (r.status !== 'saknas') continue;
      const alt = r.alternative;
      // The author used "SoL" for the old law: the fix names the new one with its year. None where the old
      // law still governs the matter (återkrav of aid granted before 2025-07-01). Several or partial
      // successors are offered to choose between, never applied by --fix.
      const fix =
        alt && !alt.stillApplies && alt.motsvararFull.length && r.paragraf !== null
          ? successorFix(c, r.kapitel, r.paragraf, 'fullForm')
          : { note: '', noteEn: '', expected: undefined, choose: undefined };
      // A chapter the law does not have at all is missing for certain, incomplete registry or not.
      const noSuchChapter = r.sfs !== null && r.kapitel !== null && provisionsOf(r.sfs, r.kapitel).length === 0;
      // A paragraph missing from a registry known to be incomplete may still exist: never an error (it
      // would block export), even when the old law has the number (the alternative is only a likely reading).
      const uncertain = r.incompleteData && !noSuchChapter;
      report({
        // "99 kap. KL" (no paragraph) names only the chapter: the message says no "null §".
        message:
          noSuchChapter && !alt
            ? `${r.lagTitel} har inget ${r.kapitel} kap., så ${r.paragraf === null ? `${r.kapitel} kap.` : `${r.kapitel} kap. ${r.paragraf} §`} finns inte.`
            : r.message + fix.note,
        messageEn:
          noSuchChapter && !alt
            ? `${r.lagTitel} has no chapter ${r.kapitel} (${r.kapitel} kap.), so ${r.paragraf === null ? 'it' : `${r.kapitel} kap. ${r.paragraf} §`} does not exist.`
            : r.messageEn + fix.noteEn,
        range: citationPlace(c),
        // Missing from an incomplete registry is not proof that it never existed.
        severity: uncertain ? 'warning' : undefined,
        expected: fix.expected,
        choose: fix.choose,
      });
    }
  },
});
