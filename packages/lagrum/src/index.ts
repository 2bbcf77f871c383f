/**
 * @arende/lagrum: recognises, resolves and checks Swedish statute citations, date-aware.
 * See README.md for an example and the decisions behind the API.
 */
export { findCitations } from './parse.js';
export { isIsoDate, todayInSweden } from './dates.js';
export { findLawMentions } from './law-mentions.js';
export { otherLawSfs } from './registry.js';
export { resolveCitation, citeText, findLaw } from './resolve.js';
export { citeJson, citationsJson, toCitationJson, formatCitationText, formatCitations } from './format.js';
export { standardForm, fullForm, provisionLabel, nameWithSfs, joinList, type Language } from './forms.js';
export { hoverCitation, hoverMarkdown, completeCitation, parseCitationString } from './editor.js';
export type { Hover, CompletionItem, ParsedLagrum } from './editor.js';
export {
  lawBySfs,
  lookupProvision,
  provisionsOf,
  allLaws,
  correspondingProvisions,
  textsAvailable,
  repealedLaw,
  lagtextPer,
  allRepealedLaws,
} from './registry.js';
export type { Law, Provision, ProvisionStructure, RepealedLaw } from './registry.js';
export type { Citation, CitationJson, CitationStatus, LawMention, ResolvedCitation } from './types.js';
export { oldSolReading, contentStems, withOldSolNotes, sentenceAround, saysRepealed, aboutRecovery } from './old-sol.js';
export type { OldSolReading } from './old-sol.js';
export { successorsOf, successorLabel } from './successors.js';
export type { Successor, Successors } from './successors.js';
