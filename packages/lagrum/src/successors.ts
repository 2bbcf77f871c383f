/**
 * Where a repealed paragraph of socialtjänstlagen (2001:453) went, as something a fix may write. A fix writes
 * a legal basis into a public document, so it is applied without a person (`check --fix`) only when there is
 * one answer: the correspondence moves the whole paragraph ("helt") to one new paragraph, and the words of
 * the sentence do not speak of something the new paragraph lacks. Otherwise every candidate is offered for
 * a person to choose, each with its heading ("4 kap. 1 § SoL" about rätt till bistånd went partly to five
 * paragraphs; the first is not the one about försörjningsstöd).
 */
import { contentStems, occursIn } from './old-sol.js';
import { fullForm, standardForm } from './forms.js';
import { correspondenceLaws, correspondingProvisions, lawBySfs, lookupProvision } from './registry.js';

export interface Successor {
  /** "12:1": the new paragraph's ref in the registry. */
  ref: string;
  /** "12 kap. 1 § SoL". */
  standardForm: string;
  /** "12 kap. 1 § socialtjänstlagen (2025:400)". */
  fullForm: string;
  /** The new paragraph's heading, when the registry has one. */
  rubrik: string | null;
  /** The part of the old paragraph it took over ("första stycket"), or "" for all of it. */
  part: string;
  scope: 'helt' | 'delvis';
}

export interface Successors {
  successors: Successor[];
  /** The one replacement a fix may apply unattended; null when a person must choose (or check). */
  sure: Successor | null;
  /** Why there is no sure one, in Swedish and English (null when there is). */
  why: string | null;
  whyEn: string | null;
}

/** The successors of old SoL `kapitel:paragraf`, and whether one of them is sure for the words of `context`. */
export function successorsOf(kapitel: string | null, paragraf: string, context: string): Successors {
  const edges = correspondingProvisions(`${kapitel}:${paragraf}`);
  const target = lawBySfs(correspondenceLaws.to)!;
  const successors = edges.map((e): Successor => {
    const [k, p] = e.ref.includes(':') ? (e.ref.split(':') as [string, string]) : [null, e.ref];
    const rubrik = lookupProvision(target.sfs, k, p)?.rubrik ?? null;
    return {
      ref: e.ref,
      standardForm: standardForm(target, k, p),
      fullForm: fullForm(target, k, p),
      rubrik: usableHeading(rubrik),
      part: e.part ?? '',
      scope: e.scope,
    };
  });
  const one = successors.length === 1 ? successors[0]! : null;
  if (!one) {
    return {
      successors,
      sure: null,
      why: successors.length ? `Den gamla paragrafen fördelades på ${successors.length} nya; välj den som avses.` : null,
      whyEn: successors.length ? `The old paragraph was divided among ${successors.length} new ones; choose the one meant.` : null,
    };
  }
  if (one.scope !== 'helt')
    return {
      successors,
      sure: null,
      why: 'Den nya paragrafen motsvarar bara delvis den gamla; kontrollera att den täcker det som avses.',
      whyEn: 'The new paragraph corresponds only partly to the old one; check that it covers what is meant.',
    };
  if (!sentenceFits(context, kapitel, paragraf, one))
    return {
      successors,
      sure: null,
      why: 'Orden runt hänvisningen handlar om något som den nya paragrafen inte nämner; kontrollera att den täcker det som avses.',
      whyEn: 'The words around the reference are about something the new paragraph does not mention; check that it covers what is meant.',
    };
  return { successors, sure: one, why: null, whyEn: null };
}

/** "12 kap. 1 § socialtjänstlagen (2025:400) (Ekonomiskt bistånd …)": a candidate as a person reads it. */
export function successorLabel(s: Successor, form: 'fullForm' | 'standardForm' = 'fullForm', language: 'sv' | 'en' = 'sv'): string {
  // In English the heading is the law's own Swedish words: quoted.
  return s.rubrik ? `${s[form]} (${language === 'en' ? `'${s.rubrik}'` : s.rubrik})` : s[form];
}

/** A heading worth showing: the data glues a sentence's start to some ("Den enskilde har rätt till …"). */
function usableHeading(rubrik: string | null): string | null {
  if (!rubrik || rubrik.length > 80 || /AVDELNING/u.test(rubrik)) return null;
  return rubrik;
}

/**
 * Whether the sentence's words fit the new paragraph: of the content words the old paragraph's text has,
 * those the new one lacks must not outnumber those it has (a sentence about what the old paragraph said
 * that the new one does not, is not to be rewritten unseen).
 */
function sentenceFits(context: string, kapitel: string | null, paragraf: string, s: Successor): boolean {
  const oldP = lookupProvision(correspondenceLaws.from, kapitel, paragraf);
  const [k, p] = s.ref.includes(':') ? (s.ref.split(':') as [string, string]) : [null, s.ref];
  const newP = lookupProvision(correspondenceLaws.to, k, p);
  if (!oldP?.text || !newP?.text) return true;
  const oldStems = contentStems(oldP.text);
  const newStems = contentStems(`${newP.text} ${newP.rubrik ?? ''}`);
  let shared = 0;
  let lost = 0;
  for (const w of contentStems(context)) {
    if (!occursIn(w, oldStems)) continue;
    if (occursIn(w, newStems)) shared++;
    else lost++;
  }
  return lost <= shared;
}
