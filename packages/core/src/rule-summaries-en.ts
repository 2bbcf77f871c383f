/**
 * Every rule's one-line summary in English, for the extension's rule list with `arende.language: en` (the
 * Swedish is the rule's `summary`). A function, not a table: nothing is built before the list is shown. A test
 * fails when a rule has none.
 */
export function ruleSummaryEn(id: string): string | undefined {
  switch (id) {
    case 'draft-limits':
      return 'The draft is larger or deeper than ärende reads (size, levels, square brackets, table cells).';
    case 'frontmatter-missing':
      return 'A draft must start with a header (frontmatter) between two lines with ---.';
    case 'frontmatter-yaml':
      return 'The header must be readable as YAML.';
    case 'frontmatter-required':
      return "The header must have the keys the draft's kind (typ) requires.";
    case 'frontmatter-type':
      return 'Every value in the header must have the right type and form.';
    case 'frontmatter-unknown-key':
      return 'Unknown keys in the header, with the nearest known key suggested.';
    case 'att-sats-missing':
      return 'The proposal must have at least one proposal clause (att-sats), as an item in a list under the proposal heading.';
    case 'section-missing':
      return 'An officer report (tjänsteskrivelse) and a report on a nämnd assignment must have the sections their kind requires.';
    case 'reasoning-missing':
      return "A councillor's initiative, a citizen's proposal or a motion must give the reasons for the proposal.";
    case 'title-mismatch':
      return "A level-# heading in the text must be the same as 'rubrik' in the header.";
    case 'citation-unparsed':
      return "Every line of 'lagrum' must be a reference to a provision of law.";
    case 'citation-unknown-law':
      return 'A reference names a law ärende does not know, or no law at all.';
    case 'citation-unknown-provision':
      return "The cited paragraph, or its subsection (stycke) or point, does not exist in the law in force on the paper's date.";
    case 'citation-repealed':
      return "The reference is to a law that was repealed on the paper's date; suggests the new provision.";
    case 'citation-not-in-force':
      return "The reference is to a law that had not yet entered into force on the paper's date.";
    case 'citation-old-sol':
      return "A reference to 'SoL' without a year whose words fit the repealed socialtjänstlagen (2001:453) better than the paragraph with the same number in the new law.";
    case 'citation-form':
      return 'The reference is not written in standard form; suggests the standard form.';
    case 'personal-data':
      return "No personal identity numbers (personnummer) in a paper that becomes public, and a citizen's contact details only in the header.";
    case 'placeholder-text':
      return "The template's placeholders (names, places and dates) are left and must be replaced.";
    case 'image-missing':
      return 'An image must be a file next to the draft, in a format Word shows.';
    case 'image-alt-missing':
      return 'An image must have an alternative text that says what it shows.';
    case 'heading-level-skipped':
      return 'Heading levels must come in order: no level skipped (#### straight after ##).';
    case 'link-text-unclear':
      return 'A link text must say where the link leads, not just "här" (here), "länk" (link) or a long web address.';
    case 'table-header-missing':
      return 'A table must have column headings in its first row.';
    case 'text-color-only':
      return 'Colour must not be the only thing that carries information ("markerat i rött", marked in red).';
    case 'meeting-handling-missing':
      return 'A paper the meeting file names must exist (and be a draft to give a title and a proposal).';
    case 'meeting-handling-other-namnd':
      return "A paper in the meeting file must be addressed to the meeting's committee (nämnd).";
    case 'meeting-handling-other-kommun':
      return "A paper in the meeting file must concern the meeting's municipality (kommun).";
    case 'meeting-diarienummer-mismatch':
      return 'An officer report (tjänsteskrivelse) in a matter must have the same reference number (diarienummer) as the initiative it answers.';
    case 'meeting-beslut-without-proposal':
      return "The decision 'enligt förslag' (as proposed) needs a proposal for a decision (an officer report or 'förslag').";
    case 'meeting-justering-late':
      return 'The minutes must be checked (justering) no later than fourteen days after the meeting.';
    case 'meeting-beslutsgang-missing':
      return "A matter with motions (yrkanden) and a decision needs a 'beslutsgång' (how the decision was reached) in the minutes.";
    case 'meeting-omrostning-mismatch':
      return "The counts of 'ja', 'nej' and 'avstår' in a vote (omröstning) must agree with 'röster', and each vote is 'ja', 'nej' or 'avstår'.";
  }
  return undefined;
}
