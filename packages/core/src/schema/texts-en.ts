/**
 * The English of the schemas' titles and descriptions, for the hover and completion of an editor set to
 * English (`arende.language: en`). Keyed by the Swedish text itself, so a changed Swedish text has no
 * English until it is written here too (a test lists every text the hover can show without one). A
 * function, not a table: nothing is built before an English hover asks.
 */
export function schemaTextEn(sv: string): string | undefined {
  switch (sv) {
    case 'Typ av ärende':
      return 'Kind of matter (typ)';
    case 'Vilken sorts handling utkastet är. Avgör vilka nycklar och avsnitt som krävs.':
      return 'What kind of paper the draft is. Decides which keys and sections are required.';
    case 'Rubrik (ärendemening)':
      return "Title (rubrik, the matter's heading)";
    case 'Ärendets rubrik, som den ska stå i kallelsen och protokollet.':
      return "The matter's title, as it should appear in the notice of meeting (kallelse) and the minutes (protokoll).";
    case 'Datum':
      return 'Date (datum)';
    case 'Handlingens datum, ÅÅÅÅ-MM-DD. Avgör vilken lydelse av en lag en hänvisning avser (t.ex. socialtjänstlagen före eller från 2025-07-01).':
      return "The paper's date, YYYY-MM-DD. Decides which wording of a law a reference means (e.g. socialtjänstlagen before or from 2025-07-01).";
    case 'Ordföranden i den nämnd interpellationen riktas till, med namn: "Socialnämndens ordförande Anna Berg".':
      return 'The chair of the nämnd the interpellation is addressed to, by name: "Socialnämndens ordförande Anna Berg".';
    case 'Ledamöterna i fullmäktige som ställer interpellationen, med parti.':
      return 'The members of the council (fullmäktige) who put the interpellation, with their party.';
    case 'Ordföranden i den nämnd frågan riktas till, med namn: "Socialnämndens ordförande Anna Berg".':
      return 'The chair of the nämnd the question is addressed to, by name: "Socialnämndens ordförande Anna Berg".';
    case 'Ledamoten i fullmäktige som ställer frågan, med parti.':
      return 'The member of the council (fullmäktige) who asks the question, with their party.';
    case 'Mottagare':
      return 'Recipient (mottagare)';
    case 'Nämnden som handlingen ställs till, eller Kommunfullmäktige.':
      return 'The committee (nämnd) the paper is addressed to, or Kommunfullmäktige (the municipal council).';
    case 'Kommun':
      return 'Municipality (kommun)';
    case 'Kommunen (eller regionen) som handlingen gäller.':
      return 'The municipality (or region) the paper concerns.';
    case 'Diarienummer':
      return 'Reference number (diarienummer)';
    case "Ärendets diarienummer: ett prefix, år/nummer och ibland en klasskod. Inte en protokollsparagraf som 'KS § 58'.":
      return "The matter's reference number (diarienummer): a prefix, year/number and sometimes a class code. Not a paragraph of the minutes such as 'KS § 58'.";
    case 'Förvaltning':
      return 'Administration (förvaltning)';
    case 'Förvaltningen som skriver en redovisning av nämnduppdrag.':
      return 'The administration (förvaltning) that writes a report on a nämnd assignment.';
    case 'Lagrum':
      return 'Legal basis (lagrum)';
    case 'Den rättsliga grunden: hänvisningar till lagparagrafer, en per rad.':
      return 'The legal basis: references to provisions of law, one per line.';
    case 'Person':
      return 'Person';
    case 'En avsändare. Kontaktuppgifter (adress, e-post, telefon) följer inte med i en export för publicering.':
      return 'A sender. Contact details (adress, e-post, telefon) are left out of an export for publication.';
    case 'Namn':
      return 'Name (namn)';
    case 'Parti':
      return 'Party (parti)';
    case 'Roll':
      return 'Role (roll)';
    case 'T.ex. ledamot, ersättare, förvaltningschef, handläggare.':
      return 'E.g. member (ledamot), substitute (ersättare), head of administration (förvaltningschef), case officer (handläggare).';
    case 'Adress':
      return 'Address (adress)';
    case 'E-post':
      return 'E-mail (e-post)';
    case 'Telefon':
      return 'Telephone (telefon)';
    case 'Uppdrag':
      return 'Assignment (uppdrag)';
    case 'Nämndens beslut om det uppdrag som redovisas: beslutet (nämnd, datum och paragraf i protokollet), datum och ev. diarienummer.':
      return "The nämnd's decision on the assignment being reported on: the decision (nämnd, date and paragraph of the minutes), the date and any reference number (diarienummer).";
    case 'Beslut':
      return 'Decision (beslut)';
    case 'Punkt på dagordningen':
      return 'Item on the agenda (punkt)';
    case 'Ärendets nummer i kallelsen, när sekreteraren vill bestämma ordningen.':
      return "The matter's number in the notice of meeting (kallelse), when the secretary wants to decide the order.";
    case 'Väckt':
      return 'Raised (väckt)';
    case "Dagen då motionen eller medborgarförslaget väcktes (anmäldes) i fullmäktige, ÅÅÅÅ-MM-DD. Fristen på ett år räknas härifrån (5 kap. 35 § kommunallagen); utan 'väckt' räknas den från 'datum'.":
      return "The day the motion or citizen's proposal was raised (announced) in the council (fullmäktige), YYYY-MM-DD. The one-year time limit counts from here (5 kap. 35 § kommunallagen); without 'väckt' it counts from 'datum'.";
    case 'Avser':
      return 'Concerns (avser)';
    case 'Ärendet som tjänsteskrivelsen besvarar: dess typ och diarienummer.':
      return 'The matter the officer report (tjänsteskrivelse) answers: its kind (typ) and reference number (diarienummer).';
    case 'Typ':
      return 'Kind (typ)';
    case 'Vad som besvaras, t.ex. medborgarförslag, politikerinitiativ, motion eller nämnduppdrag.':
      return 'What is answered, e.g. medborgarförslag, politikerinitiativ, motion or nämnduppdrag.';
    case 'Rubrik':
      return 'Title (rubrik)';
    case 'Avsändare':
      return 'Senders (avsändare)';
    case 'Den eller de som står bakom handlingen, minst en.':
      return 'The person or persons behind the paper, at least one.';
    case 'Bilagor':
      return 'Attachments (bilagor)';
    case 'Bilagor som listas under Bilagor i exporten.':
      return 'Attachments, listed under Bilagor in the export.';
    case 'Beslutet skickas till':
      return 'Decision sent to (beslutet_skickas_till)';
    case 'Mottagare av beslutet.':
      return 'Who receives the decision.';
    case 'Kommunfullmäktige (en motion väcks i fullmäktige).':
      return 'Kommunfullmäktige (a motion is raised in the municipal council).';
    case 'Partiet ledamoten företräder i fullmäktige.':
      return 'The party the member represents in the council (fullmäktige).';
    case 'Ledamöterna i fullmäktige som väcker motionen.':
      return 'The council members who raise the motion.';
    case 'Partiet ledamoten företräder i fullmäktige, om något. Frivilligt: varje ledamot får väcka en motion (5 kap. 22 § första stycket 2 kommunallagen), också den som har lämnat sitt parti.':
      return 'The party the member represents in the council (fullmäktige), if any. Optional: every member may raise a motion (5 kap. 22 § första stycket 2 kommunallagen), also one who has left their party.';
    case 'Partiet avsändaren företräder i nämnden, om något. Frivilligt: rätten att väcka ärenden (4 kap. 20 § kommunallagen) gäller varje ledamot, med eller utan parti.':
      return 'The party the sender represents in the nämnd, if any. Optional: the right to raise matters (4 kap. 20 § kommunallagen) belongs to every member, with or without a party.';
    case 'Nämnd':
      return 'Committee (nämnd)';
    case 'Nämnden som sammanträder.':
      return 'The committee (nämnd) that meets.';
    case 'Sammanträdets dag, ÅÅÅÅ-MM-DD.':
      return 'The day of the meeting, YYYY-MM-DD.';
    case 'Tid':
      return 'Time (tid)';
    case 'När sammanträdet börjar, t.ex. "13.00" (inom citattecken).':
      return 'When the meeting starts, e.g. "13.00" (in quotes).';
    case 'Plats':
      return 'Place (plats)';
    case 'Var sammanträdet hålls.':
      return 'Where the meeting is held.';
    case 'Ordförande':
      return 'Chair (ordförande)';
    case 'Ordförandens namn (och parti).':
      return "The chair's name (and party).";
    case 'Sekreterare':
      return 'Secretary (sekreterare)';
    case 'Nämndsekreterarens namn.':
      return "The committee secretary's name.";
    case 'Förhinder anmäls till':
      return 'Apologies to (förhinder)';
    case 'Till vem och hur en ledamot anmäler förhinder (standard: sekreteraren).':
      return 'To whom and how a member sends apologies for absence (default: the secretary).';
    case 'Justerare':
      return 'Minutes checkers (justerare)';
    case 'Ledamöterna som justerar protokollet.':
      return 'The members who check and sign the minutes.';
    case "Namn, gärna med parti och uppdrag: 'Kim Exempel (S), ordförande'.":
      return "Name, preferably with party and office: 'Kim Exempel (S), ordförande'.";
    case 'Justering':
      return 'Checking of the minutes (justering)';
    case 'När och var protokollet justeras (senast fjorton dagar efter sammanträdet, 5 kap. 69 § kommunallagen).':
      return 'When and where the minutes are checked (no later than fourteen days after the meeting, 5 kap. 69 § kommunallagen).';
    case 'Var justeringen sker.':
      return 'Where the minutes are checked.';
    case 'Första paragrafen':
      return 'First paragraph (paragrafer_från)';
    case 'Numret på protokollets första paragraf (paragraferna numreras löpande över året).':
      return 'The number of the first paragraph of the minutes (the paragraphs are numbered consecutively over the year).';
    case 'Närvarande':
      return 'Present (närvarande)';
    case 'Vilka som tjänstgjorde (5 kap. 66 § kommunallagen): beslutande, tjänstgörande och ej tjänstgörande ersättare, övriga.':
      return 'Who served (5 kap. 66 § kommunallagen): voting members, serving and non-serving substitutes, others.';
    case 'Beslutande':
      return 'Voting members (beslutande)';
    case 'Ledamöter och tjänstgörande ersättare.':
      return 'Members and serving substitutes.';
    case 'Ersättare':
      return 'Substitutes (ersättare)';
    case 'Ersättare som inte tjänstgjorde.':
      return 'Substitutes who did not serve.';
    case 'Övriga':
      return 'Others (övriga)';
    case 'Tjänstepersoner och andra närvarande.':
      return 'Officials and others present.';
    case 'Stående punkter':
      return 'Standing items (stående_punkter)';
    case 'Anslag':
      return 'Notice (anslag)';
    case 'Anslagsbeviset: dagen då justeringen tillkännages på anslagstavlan (senast andra dagen efter justeringen, 8 kap. 12 § kommunallagen) och var protokollet förvaras.':
      return 'The notice certificate: the day the checking of the minutes is announced on the notice board (no later than the second day after it, 8 kap. 12 § kommunallagen) and where the minutes are kept.';
    case 'Förvaringsplats':
      return 'Kept at (förvaringsplats)';
    case 'Var protokollet finns tillgängligt.':
      return 'Where the minutes are available.';
    case 'Ärenden':
      return 'Matters (ärenden)';
    case 'Föredragningslistans ärenden i ordning.':
      return "The agenda's matters, in order.";
    case 'Ärende':
      return 'Matter (ärende)';
    case 'En punkt på föredragningslistan: handlingarna, och efter sammanträdet beslutet.':
      return 'An item on the agenda: its papers, and after the meeting the decision.';
    case 'Ärendemeningen, om den inte ska tas från handlingarna.':
      return "The matter's title, if it is not to be taken from the papers.";
    case 'Handlingar':
      return 'Papers (handlingar)';
    case "Utkasten och bilagorna i ärendet, som sökvägar från mötesfilens mapp: initiativet och tjänsteskrivelsen. En bilaga som inte är ett utkast (.pdf, .docx, .xlsx) kan skrivas med titel: '- fil: delegationslista.pdf' och 'titel: Delegationsbeslut mars'.":
      return "The drafts and attachments of the matter, as paths from the meeting file's folder: the initiative and the officer report (tjänsteskrivelse). An attachment that is not a draft (.pdf, .docx, .xlsx) can be given with a title: '- fil: delegationslista.pdf' and 'titel: Delegationsbeslut mars'.";
    case 'Fil':
      return 'File (fil)';
    case 'Sökvägen till filen, från mötesfilens mapp.':
      return "The path to the file, from the meeting file's folder.";
    case 'Titel':
      return 'Title (titel)';
    case 'Vad handlingen heter i kallelsen och protokollet (standard: filnamnet utan ändelse och bindestreck).':
      return 'What the paper is called in the notice and the minutes (default: the file name without extension and dashes).';
    case 'Formalia':
      return 'Formalities (formalia)';
    case 'Om protokollet och kallelsen börjar med val av justerare och godkännande av dagordningen, var för sig en paragraf (standard: true). Skriv false för att ta bort dem.':
      return 'Whether the minutes and the notice open with the election of the members who check the minutes and the approval of the agenda, each a paragraph (default: true). Write false to leave them out.';
    case "Punkter efter de inledande formalia och före ärendena, t.ex. Anmälningar, Delegationsbeslut, Information. Var och en blir en paragraf i protokollet, med texten 'Anmäls och läggs till handlingarna' om punkten inte har en egen 'text'.":
      return "Items after the opening formalities and before the matters, e.g. Anmälningar, Delegationsbeslut, Information. Each becomes a paragraph of the minutes, with the text 'Anmäls och läggs till handlingarna' (reported and filed) unless it has its own 'text'.";
    case 'Punktens rubrik.':
      return "The item's heading.";
    case 'Vad protokollet säger under punkten (standard: Anmäls och läggs till handlingarna).':
      return 'What the minutes say under the item (default: Anmäls och läggs till handlingarna, reported and filed).';
    case 'Utfall':
      return 'Outcome (utfall)';
    case 'Vad som hände med ärendet: avgjort (standard när ärendet har ett beslut), återremitterat eller bordlagt (ärendet är fortfarande öppet), anmält (beredningen är inte klar och anmäls till fullmäktige, 5 kap. 35 § kommunallagen) eller avskrivet.':
      return 'What happened to the matter: avgjort (decided; the default when it has a decision), återremitterat or bordlagt (referred back or tabled; the matter is still open), anmält (the preparation is not finished and is reported to the council, 5 kap. 35 § kommunallagen) or avskrivet (written off).';
    case 'Delegerat':
      return 'Delegated (delegerat)';
    case 'Fullmäktige har överlåtit åt nämnden att besluta i ärendet (bara för ett medborgarförslag, 5 kap. 23 § andra stycket kommunallagen). Utan det är en nämnds beslut om en motion eller ett medborgarförslag ett förslag till fullmäktige.':
      return "The council handed the decision of the matter over to the committee (a citizens' proposal only, 5 kap. 23 § andra stycket kommunallagen). Without it, a committee's decision on a motion or a citizens' proposal is a proposal to the council.";
    case 'Jäv':
      return 'Conflict of interest (jäv)';
    case 'Ledamöter som anmälde jäv och inte deltog i handläggningen av ärendet (6 kap. 28–30 §§ kommunallagen). Protokollet noterar det och lämnar dem utanför ärendets närvaro.':
      return 'Members who declared a conflict of interest and took no part in the handling of the matter (6 kap. 28–30 §§ kommunallagen). The minutes note it and leave them out of those serving in the matter.';
    case 'Deltar inte':
      return 'Not taking part (deltar_inte)';
    case 'Ledamöter som av annat skäl än jäv inte deltog i ärendet.':
      return 'Members who did not take part in the matter for a reason other than a conflict of interest.';
    case 'Omedelbart justerad':
      return 'Checked at once (omedelbart_justerad)';
    case 'Paragrafen justerades omedelbart vid sammanträdet, så att beslutet kan verkställas och ett utdrag göras samma dag (enligt nämndens reglemente eller arbetsordning).':
      return "The paragraph was checked (justerad) at the meeting itself, so that the decision can be carried out and an extract made the same day (under the committee's rules of procedure).";
    case 'Förslag till beslut':
      return 'Proposed decision (förslag)';
    case 'Ordförandens eller presidiets förslag, när det inte finns någon tjänsteskrivelse eller förslaget ska vara ett annat än förvaltningens. En att-sats per rad.':
      return "The chair's or the presidium's proposal, when there is no officer report (tjänsteskrivelse) or the proposal differs from the administration's. One proposal clause (att-sats) per line.";
    case "Efter sammanträdet: 'enligt förslag', eller nämndens egna att-satser som en lista.":
      return "After the meeting: 'enligt förslag' (as proposed), or the nämnd's own proposal clauses (att-satser) as a list.";
    case 'Yrkanden':
      return 'Motions at the meeting (yrkanden)';
    case 'Yrkanden som lades fram och inte togs tillbaka.':
      return 'Motions put forward at the meeting and not withdrawn.';
    case 'Ledamotens namn.':
      return "The member's name.";
    case 'Ledamotens parti.':
      return "The member's party.";
    case 'Text':
      return 'Text (text)';
    case 'Yrkandet.':
      return 'The motion put forward.';
    case 'Beslutsgång':
      return 'How the decision was reached (beslutsgång)';
    case 'Sekreterarens redogörelse för hur beslutet fattades: vilka förslag ordföranden ställde mot varandra, i vilken ordning, och vad nämnden fann. En text, eller en lista med ett stycke per rad.':
      return "The secretary's account of how the decision was made: which proposals the chair put against each other, in what order, and what the committee found. A text, or a list with one paragraph per line.";
    case 'Omröstning':
      return 'Vote (omröstning)';
    case 'En omröstning (votering) i ärendet: antalet ja, nej och avstår, vad ja och nej betydde, och vid öppen omröstning hur varje ledamot röstade.':
      return "A vote (votering) in the matter: the number of yes ('ja'), no ('nej') and abstentions ('avstår'), what yes and no meant, and at an open vote how each member voted.";
    case 'Ja':
      return 'Yes (ja)';
    case 'Antalet ja-röster.':
      return 'The number of yes votes.';
    case 'Nej':
      return 'No (nej)';
    case 'Antalet nej-röster.':
      return 'The number of no votes.';
    case 'Avstår':
      return 'Abstains (avstår)';
    case 'Antalet ledamöter som avstod från att rösta.':
      return 'The number of members who abstained.';
    case 'Ja avser':
      return 'Yes means (ja_avser)';
    case 'Vad en ja-röst betydde, t.ex. förvaltningens förslag.':
      return "What a yes vote meant, e.g. the administration's proposal (förvaltningens förslag).";
    case 'Nej avser':
      return 'No means (nej_avser)';
    case 'Vad en nej-röst betydde, t.ex. ett avslagsyrkande.':
      return 'What a no vote meant, e.g. a motion to reject (avslagsyrkande).';
    case 'Röster':
      return 'Votes (röster)';
    case 'Vid öppen omröstning: hur varje ledamot röstade (inte vid sluten omröstning om val eller anställning, 5 kap. 54 § kommunallagen).':
      return 'At an open vote: how each member voted (not at a secret vote on an election or an appointment, 5 kap. 54 § kommunallagen).';
    case 'Röst':
      return 'Vote (röst)';
    case 'Hur ledamoten röstade: ja, nej eller avstår.':
      return "How the member voted: 'ja' (yes), 'nej' (no) or 'avstår' (abstains).";
    case 'Reservationer':
      return 'Dissents (reservationer)';
    case 'Ledamöter som reserverade sig mot beslutet.':
      return 'Members who entered a dissent against the decision.';
    case 'Reservationens text eller motivering.':
      return "The dissent's text or reasons.";
    case 'Vart beslutet expedieras.':
      return 'Where the decision is sent.';
    case 'Redogörelse':
      return 'Account (redogörelse)';
    case 'En kort redogörelse för ärendet i protokollet (annars tjänsteskrivelsens sammanfattning).':
      return "A short account of the matter in the minutes (otherwise the officer report's summary).";
    case 'Nämnden som ska besluta i ärendet.':
      return 'The committee (nämnd) that is to decide the matter.';
    case 'Ärendets diarienummer: samma som initiativets när skrivelsen besvarar ett initiativ.':
      return "The matter's reference number (diarienummer): the same as the initiative's when the report answers an initiative.";
    case 'Förvaltningen som skriver tjänsteskrivelsen.':
      return 'The administration (förvaltning) that writes the officer report.';
    case 'Tjänstepersonerna som undertecknar, med roll (t.ex. förvaltningschef, handläggare).':
      return 'The officials who sign, with their role (e.g. förvaltningschef, handläggare).';
    case 'Mottagare av beslutet (expediering).':
      return 'Who receives the decision (expediering).';
    case "Yrkanden som lades fram och inte togs tillbaka. Med 'typ' och 'utfall' räknar ärende fram beslutet ur förslaget till beslut.":
      return "Motions put forward at the meeting and not withdrawn. With 'typ' and 'utfall', ärende computes the decision from the proposed decision.";
    case 'Yrkandet i ord. För ett tillägg den nya att-satsen, för en återremiss motiveringen.':
      return 'The motion in words. For an addition (tillägg) the new att-sats, for a referral back (återremiss) the reason.';
    case 'Id':
      return 'Id (id)';
    case 'Ett kort id för yrkandet, unikt i ärendet (t.ex. Y1).':
      return 'A short id for the motion, unique in the item (e.g. Y1).';
    case 'Typ av yrkande':
      return 'Kind of motion (typ)';
    case 'Vad yrkandet gör med förslaget till beslut: bifall, avslag, ändring (av en att-sats), tillägg (en ny att-sats), motförslag (ett helt eget förslag), återremiss eller bordläggning.':
      return 'What the motion does to the proposed decision: bifall (in favour), avslag (reject), ändring (amend an att-sats), tillägg (add an att-sats), motförslag (a complete alternative), återremiss (refer back) or bordläggning (postpone).';
    case 'Instämmer':
      return 'Supported by (instämmer)';
    case 'Tjänstgörande ledamöter som instämmer i yrkandet.':
      return 'Serving members who support the motion.';
    case "Hur nämnden besvarade yrkandet: bifall eller avslag. När yrkandena har utfall och ärendet saknar 'beslut' räknas beslutet fram.":
      return "How the committee answered the motion: bifall (adopted) or avslag (rejected). When the motions have an outcome and the item has no 'beslut', the decision is computed.";
    case 'Att-sats':
      return 'Att-sats number (att_sats)';
    case 'Ändring: numret på att-satsen i förslaget till beslut som yrkandet ändrar (1 = den första).':
      return 'Amendment: the number of the att-sats in the proposed decision that the motion changes (1 = the first).';
    case 'Ersätt':
      return 'Replace (ersätt)';
    case 'Ändring: texten i att-satsen som byts ut. Den ska stå exakt en gång i att-satsen.':
      return 'Amendment: the text in the att-sats that is replaced. It must occur exactly once in the att-sats.';
    case 'Med':
      return 'With (med)';
    case "Ändring: den nya texten i stället för 'ersätt' (tom för att stryka).":
      return "Amendment: the new text instead of 'ersätt' (empty to strike it out).";
    case 'Ny lydelse':
      return 'New wording (ny_lydelse)';
    case "Ändring: hela att-satsen som den ska lyda (i stället för 'ersätt' och 'med').":
      return "Amendment: the whole att-sats as it is to read (instead of 'ersätt' and 'med').";
    case 'Efter att-sats':
      return 'After att-sats (efter)';
    case "Tillägg: numret på att-satsen som den nya följer efter (0 = först; utan 'efter' sist).":
      return "Addition: the number of the att-sats the new one follows (0 = first; without 'efter', last).";
    case 'Att-satser':
      return 'Att-satser (att_satser)';
    case 'Motförslag: hela det egna förslaget, en att-sats per rad.':
      return 'Counter-proposal: the whole alternative proposal, one att-sats per line.';
  }
  return undefined;
}
