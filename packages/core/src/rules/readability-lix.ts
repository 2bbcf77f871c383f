import { kindByName } from '../kinds/index.js';
import { lixLevel } from '../klarsprak/lix.js';
import { draftReadability, lixTarget, MIN_WORDS_FOR_LIX } from '../klarsprak/readability.js';
import { defineRule } from './rule.js';

/** Språklagen's demand on the language of public bodies, the basis of every klarspråk rule. */
export const SPRAKLAGEN = '11 § språklagen (2009:600)';

export default defineRule({
  id: 'readability-lix',
  summary: 'Ett avsnitt har högre LIX (läsbarhetsindex) än målet för typen av handling.',
  summaryEn: "A section's LIX (readability index) is above the target for the kind of draft.",
  severity: 'info',
  lagrum: SPRAKLAGEN,
  docs: {
    what: `Räknar LIX (ord per mening + 100 × andelen ord med fler än sex bokstäver) på varje avsnitts löptext, utan rubriker, citat, lagrumshänvisningar, tabeller och namnlistor, och rapporterar vid rubriken när värdet är över målet: 50 för förslag som medborgare skriver (gränsen mellan medelsvår och svår text; de skrivs för alla slags läsare) och 55 för andra typer (de svåraste avsnitten i en text som annars är normal för en myndighet). Målen ändras i arende.config.json: "läsbarhet": {"lix": 50} för alla typer, eller ett tal per typ med typens namn som nyckel och "alla" för resten. Avsnitt med färre än ${MIN_WORDS_FOR_LIX} ord bedöms inte, och inte heller förslaget till beslut: att-satserna följer nämndens fasta beslutsformler. 'arende läsbarhet' visar värdena.`,
    why: 'Språket i offentlig verksamhet ska vara vårdat, enkelt och begripligt. Långa meningar och långa ord gör texten svår för den som inte är van vid förvaltningsspråk, och handlingarna läses av medborgare på kommunens webbplats.',
    bad: `---
typ: medborgarförslag
rubrik: Bättre belysning
mottagare: Kommunfullmäktige
avsändare:
  - namn: Kim Exempel
---

## Bakgrund

Undertecknad konstaterar att belysningssituationen beträffande gångvägsförbindelsen mellan järnvägsstationen och vårdcentralsbyggnaden under vinterhalvårsperioden upplevs som otillfredsställande av betydande delar av lokalbefolkningen, vilket medför otrygghetsupplevelser och begränsningar avseende kvällstida förflyttningsmöjligheter för äldre personer, funktionsnedsatta personer och övriga invånare som saknar tillgång till bilburna transportalternativ. Undertecknad hemställer därför om att kommunen skyndsamt genomför en inventering av belysningsbehovet längs ifrågavarande sträckning samt därefter vidtar nödvändiga åtgärder.
`,
    good: `---
typ: medborgarförslag
rubrik: Bättre belysning
mottagare: Kommunfullmäktige
avsändare:
  - namn: Kim Exempel
---

## Bakgrund

Gångvägen mellan stationen och vårdcentralen är mörk på vintern. Många känner sig otrygga där på kvällen. Äldre och de som inte har bil går därför hellre inte ut. Jag tror att fler lampor längs vägen skulle göra stor skillnad. Det gäller särskilt den del som går genom skogen. Där finns i dag ingen lampa alls.
`,
  },
  check(draft, report, context) {
    const target = lixTarget(draft.kind, context.config);
    const kind = kindByName(draft.kind);
    const proposal = draft.proposal?.headingRange.start.offset;
    for (const s of draftReadability(draft, context.config).sections) {
      if (s.headingRange.start.offset === proposal) continue;
      if (s.lix === null || s.counts.words < MIN_WORDS_FOR_LIX || s.lix <= target) continue;
      const value = s.lix.toFixed(1).replace('.', ',');
      const perSentence = Math.round(s.counts.words / s.counts.sentences);
      const longShare = Math.round((100 * s.counts.longWords) / s.counts.words);
      const where = s.heading ? `Avsnittet '${s.heading}'` : 'Texten före första rubriken';
      const whereEn = s.heading ? `The section '${s.heading}'` : 'The text before the first heading';
      const forKind = kind ? `för typen ${kind.name}` : 'för handlingen';
      const level = lixLevel(s.lix);
      report({
        message: `${where} har LIX ${value} (${level.sv} text); målet ${forKind} är högst ${target}. Meningarna har i snitt ${perSentence} ord och ${longShare} % av orden är långa: dela långa meningar och byt långa ord mot kortare.`,
        messageEn: `${whereEn} has LIX ${value} (${level.en} text); the target for this kind is at most ${target}. The sentences average ${perSentence} words and ${longShare} % of the words are long: split long sentences and use shorter words.`,
        range: s.headingRange,
      });
    }
  },
});
