/**
 * The names of persons in running text, for the web version of an item marked `personuppgifter: true`
 * (publicering.ts). Nothing tells a person's name from other capitalised words for certain, so the rule is
 * cautious: every run of two or more capitalised words is a name, except what is plainly not one. What is
 * taken away is only what cannot be part of a person's name:
 *
 * - a word that starts a sentence and is never a given name ("Enligt", "Även", "Därför", "Om"): it is
 *   dropped and the rest of the run is judged on its own, so "Enligt Kim Exempel" masks "Kim Exempel" and
 *   "Även Polisen" (one word left) masks nothing. Words that are also given names ("Hans", "Per", "Bo")
 *   are never dropped;
 * - a word that names an organisation, an authority or a place by its ending ("Försäkringskassan",
 *   "Socialstyrelsen", "Stadsmissionen", "Korset", "Kommuner"): the run is split there, and each side with two
 *   or more words is judged on its own.
 *
 * And it reaches names a plain "Förnamn Efternamn" pattern misses: four or five words ("Anna Maria Lisa
 * Svensson"), particles ("Karl von Essen", "Ana de la Cruz"), double names ("Åsa-Lena Öberg-Stål"), and inner
 * capitals and apostrophes ("O'Brien", "McDonald", "DiCaprio").
 */

/** One capitalised word: "Anna", "O'Brien", "McDonald", "Al-Hassan", "Öberg-Stål". */
const PART = String.raw`\p{Lu}(?:\p{Ll}*['’]\p{Lu})?\p{Ll}+(?:\p{Lu}\p{Ll}+)?`;
const WORD = `${PART}(?:-${PART})*`;
/** Lower-case name particles (von, van der, de la, af, bin, al-). */
const PARTICLE = '(?:von|van|der|den|de|du|af|da|di|del|della|la|le|bin|ibn|al|el|ter|ten|zu)';
const SEP = String.raw`[ \u00a0]`;
const RUN = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])${WORD}(?:${SEP}(?:${PARTICLE}${SEP})*${WORD})+(?![\p{L}\p{N}'’])`, 'gu');

/**
 * Words that start a sentence and are never given names in Sweden: prepositions, conjunctions, pronouns,
 * determiners, adverbs, and the nouns an account of an ärende starts with. (Not "Hans", "Per", "Inga", "Mina",
 * "Min", "Han", "De", "Den", "Du", "Annan": names or parts of names too.)
 */
const SENTENCE_WORDS = new Set(
  (
    'Och Men Eller Samt Att Som Det Detta Denna Dessa Där Här Då Nu När Om Enligt Till Från Vid För Med Mot ' +
    'Utan Under Över Efter Före Inför Inom Genom Hos Mellan Bland Trots Sedan Eftersom Även Också Både Varken ' +
    'Antingen Dessutom Därför Samtidigt Således Alltså Vidare Slutligen Först Sist Varje Alla Allt Ingen Inget ' +
    'Någon Något Några Flera Många Vissa Andra Annat Vi Jag Ni Hon Hen Man Mitt Vår Vårt Våra ' +
    'Er Ert Era Hennes Deras Dess Ett En Region Ärendet Beslutet Förslaget Nämnden Kommunen Förvaltningen Ordföranden ' +
    'Sekreteraren Enheten Synpunkten Klagomålet Anmälan Ansökan Svaret Frågan Yrkandet Motionen Medborgarförslaget ' +
    'Initiativet Redovisningen Tjänsteskrivelsen Hej Tack Angående Avseende Beträffande Gällande Rörande Ang'
  ).split(' '),
);

/** Endings of words that name an organisation, an authority, a place or a group rather than a person (genitive s allowed). */
const NOT_A_PERSON = new RegExp(
  '(?:nämnd|nämnden|styrelse|styrelsen|fullmäktige|förvaltning|förvaltningen|kommun|kommunen|kommuner|kommunerna|region|regionen|regioner|regionerna|' +
    'rätt|rätten|bolag|bolaget|förbund|förbundet|förening|föreningen|län|kassan|myndighet|myndigheten|verket|inspektionen|centrum|centret|' +
    'mission|missionen|kyrka|kyrkan|korset|rådet|partiet|skolan|sjukhuset|psykiatrin|vården|mottagningen|huset|nätverket|stiftelse|stiftelsen|' +
    'akademin|universitet|universitetet|högskola|högskolan|polisen|departementet|riksdagen|regeringen|sverige|utskottet|presidiet|enheten|' +
    'avdelningen|boendet|träffpunkten|gatan|vägen|torget)s?$',
  'iu',
);

const isParticle = (w: string) => /^\p{Ll}/u.test(w);

/** The name-like runs in `text` that may be persons, as written (particles included). */
export function personNameCandidates(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(RUN)) {
    const words = m[0].split(/[ \u00a0]/);
    // Split at words that name an organisation or a place; judge each side.
    let run: string[] = [];
    const flush = () => {
      while (run.length && (SENTENCE_WORDS.has(run[0]!) || isParticle(run[0]!))) run.shift();
      while (run.length && isParticle(run[run.length - 1]!)) run.pop();
      if (run.filter((w) => !isParticle(w)).length >= 2) out.push(run.join(' '));
      run = [];
    };
    for (const w of words) {
      if (!isParticle(w) && NOT_A_PERSON.test(w)) flush();
      else run.push(w);
    }
    flush();
  }
  return out;
}
