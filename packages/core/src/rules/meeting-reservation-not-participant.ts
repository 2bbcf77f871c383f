import { MEETING_EXAMPLE_FILES } from '../meeting/example-files.js';
import { whyNotParticipating, type NotParticipating } from '../meeting/participation.js';
import { meetingRule } from '../meeting/rule.js';

const WHY: Record<NotParticipating, [string, string]> = {
  jäv: ['anmälde jäv i ärendet', 'declared a conflict of interest (jäv) in the item'],
  deltar_inte: ["deltog inte i ärendet ('deltar_inte')", "did not take part in the item ('deltar_inte')"],
  avstår: ['avstod från att rösta i omröstningen', 'abstained in the vote'],
  ersättare: ['var ersättare utan att tjänstgöra', 'was a substitute who did not serve'],
  'inte beslutande': ["finns inte bland 'närvarande: beslutande'", "is not among 'närvarande: beslutande'"],
};

export default meetingRule({
  id: 'meeting-reservation-not-participant',
  summary: 'Bara den som deltog i beslutet kan reservera sig mot det.',
  summaryEn: 'Only a member who took part in the decision can enter a reservation against it.',
  severity: 'error',
  lagrum: '4 kap. 27 § kommunallagen (2017:725)',
  docs: {
    what: "Kontrollerar varje reservation i en mötesfil: den som reserverar sig ska vara bland de tjänstgörande i ärendet, alltså finnas i 'närvarande: beslutande' och inte ha anmält jäv ('jäv'), stått utanför ärendet ('deltar_inte') eller röstat 'avstår' i ärendets omröstning. En ersättare som inte tjänstgjorde kan inte reservera sig.",
    why: 'En förtroendevald som har deltagit i avgörandet av ett ärende får reservera sig mot beslutet (4 kap. 27 § kommunallagen). Den som inte deltog kan inte reservera sig, och en sådan reservation i protokollet ger en felaktig bild av vem som beslutade.',
    bad: 'närvarande:\n  beslutande: [Kim Exempel, Robin Exempel]\n  ersättare: [Sam Exempel]\närenden:\n  - handlingar: [initiativ-anhorigcafe.md, tjansteskrivelse-anhorigcafe.md]\n    beslut: enligt förslag\n    reservationer:\n      - namn: Sam Exempel',
    good: 'närvarande:\n  beslutande: [Kim Exempel, Robin Exempel]\n  ersättare: [Sam Exempel]\närenden:\n  - handlingar: [initiativ-anhorigcafe.md, tjansteskrivelse-anhorigcafe.md]\n    beslut: enligt förslag\n    reservationer:\n      - namn: Robin Exempel',
    files: MEETING_EXAMPLE_FILES,
  },
  checkMeeting({ draft, meeting, items }, report) {
    for (const { item } of items) {
      item.reservationer.forEach((r, i) => {
        const why = whyNotParticipating(meeting, item, r.namn);
        if (!why) return;
        const [sv, en] = WHY[why];
        report({
          message: `${r.namn} reserverar sig i ärende ${item.index + 1} men ${sv}. Bara den som deltog i beslutet kan reservera sig (4 kap. 27 § kommunallagen). Ta bort reservationen, eller rätta närvaron i ärendet.`,
          messageEn: `${r.namn} enters a reservation in item ${item.index + 1} but ${en}. Only a member who took part in the decision can enter a reservation (4 kap. 27 § kommunallagen). Remove the reservation, or correct who took part in the item.`,
          range: draft.rangeOf(['ärenden', item.index, 'reservationer', i, 'namn'], 'value') ?? item.range,
        });
      });
    }
  },
});
