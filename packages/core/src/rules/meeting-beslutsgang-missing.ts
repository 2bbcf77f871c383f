import { MEETING_EXAMPLE_FILES } from '../meeting/example-files.js';
import { meetingRule } from '../meeting/rule.js';

export default meetingRule({
  id: 'meeting-beslutsgang-missing',
  summary: "Ett ärende med yrkanden och beslut behöver en 'beslutsgång' i protokollet.",
  summaryEn: "A matter with motions (yrkanden) and a decision needs a 'beslutsgång' (how the decision was reached) in the minutes.",
  severity: 'warning',
  lagrum: '5 kap. 67 § kommunallagen (2017:725)',
  docs: {
    what: "Varnar när ett ärende i mötesfilen har 'yrkanden' och 'beslut' men ingen 'beslutsgång:', sekreterarens redogörelse för hur ordföranden lade fram förslagen och vad nämnden beslutade.",
    why: 'Protokollet ska för varje ärende redovisa i vilken ordning ordföranden har lagt fram förslag till beslut (5 kap. 67 § 2 kommunallagen, för nämnder via 6 kap. 35 §). Med fler förslag än ett vet bara sekreteraren hur propositionerna ställdes; ärende skriver därför aldrig beslutsgången själv.',
    bad: 'ärenden:\n  - handlingar: [initiativ-anhorigcafe.md, tjansteskrivelse-anhorigcafe.md]\n    beslut: enligt förslag\n    yrkanden:\n      - namn: Robin Exempel\n        text: Initiativet avslås.',
    good: 'ärenden:\n  - handlingar: [initiativ-anhorigcafe.md, tjansteskrivelse-anhorigcafe.md]\n    beslut: enligt förslag\n    yrkanden:\n      - namn: Robin Exempel\n        text: Initiativet avslås.\n    beslutsgång: Ordföranden ställer förvaltningens förslag mot Robin Exempels avslagsyrkande och finner att nämnden beslutar enligt förvaltningens förslag.',
    files: MEETING_EXAMPLE_FILES,
  },
});
