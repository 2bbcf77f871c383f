import { MEETING_EXAMPLE_FILES } from '../meeting/example-files.js';
import { samePerson } from '../meeting/participation.js';
import { meetingRule } from '../meeting/rule.js';

export default meetingRule({
  id: 'meeting-jav-voted',
  summary: 'Den som har anmält jäv i ett ärende får inte finnas bland rösterna i ärendets omröstning.',
  summaryEn: 'A member who declared a conflict of interest (jäv) in an item must not be among the votes of its ballot (omröstning).',
  severity: 'error',
  lagrum: '6 kap. 28 § kommunallagen (2017:725)',
  docs: {
    what: "Kontrollerar att ingen som står under 'jäv' i ett ärende också står i ärendets 'omröstning: röster'.",
    why: 'Den som är jävig får inte delta eller närvara vid handläggningen av ärendet (6 kap. 28 § kommunallagen; i fullmäktige 5 kap. 47 §). En röst från en jävig ledamot gör beslutet överklagbart, och protokollet ska inte visa något annat än vad som hände.',
    bad: 'ärenden:\n  - handlingar: [initiativ-anhorigcafe.md, tjansteskrivelse-anhorigcafe.md]\n    jäv: [Robin Exempel]\n    beslut: enligt förslag\n    omröstning:\n      ja: 1\n      nej: 1\n      avstår: 0\n      ja_avser: förvaltningens förslag\n      nej_avser: avslag\n      röster:\n        - namn: Kim Exempel\n          röst: ja\n        - namn: Robin Exempel\n          röst: nej',
    good: 'ärenden:\n  - handlingar: [initiativ-anhorigcafe.md, tjansteskrivelse-anhorigcafe.md]\n    jäv: [Robin Exempel]\n    beslut: enligt förslag\n    omröstning:\n      ja: 1\n      nej: 0\n      avstår: 0\n      ja_avser: förvaltningens förslag\n      nej_avser: avslag\n      röster:\n        - namn: Kim Exempel\n          röst: ja',
    files: MEETING_EXAMPLE_FILES,
  },
  checkMeeting({ draft, items }, report) {
    for (const { item } of items) {
      if (!item.jäv.length || !item.omröstning) continue;
      for (const v of item.omröstning.röster) {
        if (!item.jäv.some((j) => samePerson(j, v.namn))) continue;
        report({
          message: `${v.namn} har anmält jäv i ärende ${item.index + 1} men finns bland rösterna i omröstningen. Den som är jävig får inte delta i handläggningen (6 kap. 28 § kommunallagen). Ta bort rösten (och rätta antalen), eller ta bort namnet från 'jäv'.`,
          messageEn: `${v.namn} declared a conflict of interest (jäv) in item ${item.index + 1} but is among the votes of its omröstning. A member with a conflict of interest may not take part in the handling (6 kap. 28 § kommunallagen). Remove the vote (and correct the counts), or remove the name from 'jäv'.`,
          range: draft.rangeOf(['ärenden', item.index, 'omröstning', 'röster', v.index, 'namn'], 'value') ?? item.range,
        });
      }
    }
  },
});
