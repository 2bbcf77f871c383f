/** @arende/core: the draft model, JSON Schemas, rules and editor features of ärende. */
export * from './model/types.js';
export { parseDraft, type ParseOptions } from './model/parse-draft.js';
export { clearParseCache } from './model/body.js';
export { LineIndex } from './model/positions.js';
export { PROPOSAL_HEADINGS, isProposalHeading, headingKey } from './model/headings.js';
export {
  KINDS,
  AGENDA_GROUPS,
  kindByName,
  kindFromArg,
  kindNamesText,
  isDraftKind,
  swedishList,
  type KindDefinition,
  type KindFeatures,
  type RequiredSection,
  type SenderField,
  type AgendaGroup,
  type Bilingual,
  type Basis,
  type Raiser,
  type Addressee,
  type MeetingAct,
} from './kinds/index.js';
export { plainText } from './model/text.js';
export { draftVerdict, isMarkdownFile, skippedSummary, SKIP_REASONS, type DraftVerdict, type SkipReason } from './draft-files.js';
export type { Diagnostic, Severity, LagrumRef, Problem, Language } from './diagnostic.js';
export { ruleUrl, RULE_DOCS_URL, diagnosticBasis, messageWithBasis, messageIn, SEVERITY_WORDS, countWord } from './diagnostic.js';
export { checkDraft, checkDraftInSteps, checkText, hasErrors, MAX_PROBLEMS_PER_RULE, type CheckOptions, type CheckResult } from './check.js';
export { rules, ruleById, type RuleDefinition, type RuleDocs } from './rules/index.js';
export { CONFIG_FILE, ConfigError, DEFAULT_CONFIG, parseConfig, type ArendeConfig, type RuleSetting } from './config.js';
export { toVFile } from './vfile.js';
export {
  MAX_DRAFT_BYTES,
  MAX_NESTING,
  MAX_BRACKET_NESTING,
  MAX_TABLE_COLUMNS,
  MAX_TABLE_CELLS,
  limitProblem,
  sizeLimitProblem,
  type LimitProblem,
} from './model/limits.js';
export { findContactDetails, withoutContactDetails, type ContactDetail } from './contact-details.js';
export { findIdentityNumbers, maskedIdentityNumber, type IdentityNumber } from './personal-data.js';
export { identityNumbersInDraft, validIdentityNumbersInDraft, printedSegments, type FoundIdentityNumber, type PrintedSegment } from './printed-text.js';
export { SCHEMA_FILES } from './schema/validate.js';
export { nearest } from './nearest.js';
export {
  hoverAt,
  completeAt,
  fixesFor,
  silenceEdits,
  mergeMisspeltKeys,
  documentSymbols,
  foldingLines,
  type OutlineSymbol,
  type FoldingLines,
  type SilenceEdits,
  type TextEdit,
  type HoverResult,
  type Completion,
  type CompletionEntry,
  type Fix,
  type EditorOptions,
} from './editor/index.js';
export { schemaTextEn } from './schema/texts-en.js';
export { draftCitations, citationDate, type DraftCitation, type DraftCitations } from './citations.js';
export { TEMPLATES, TEMPLATE_FILE_NAMES, draftFromTemplate } from './templates.js';
export {
  DRAFT_QUESTIONS,
  mottagareQuestion,
  väcktQuestion,
  SENDER_QUESTIONS,
  draftAsSnippet,
  draftFromAnswers,
  sectionsToWrite,
  templateValue,
  type DraftAnswers,
  type Question,
} from './new-draft.js';
export { isIsoDate, todayInSweden } from './dates.js';
export { applyFixes, changedRange, fixUntilStable, isFixable, type AppliedFixes, type StableFixes } from './fixes.js';
export { fileText, type SourceText } from './model/normalization.js';
export {
  draftImages,
  draftLinks,
  imageSource,
  IMAGE_TYPES,
  MAX_IMAGE_BYTES,
  type DraftImage,
  type DraftLink,
  type FileProbe,
  type ImageFileStatus,
  type ImageSource,
  type OutsideFolder,
} from './model/media.js';
export { decodeDraft, firstInvalidUtf8, ENCODING_PROBLEM_ID, type DecodedDraft } from './encoding.js';
export {
  readMeeting,
  ENLIGT_FORSLAG,
  type MeetingFile,
  type MeetingItem,
  type HandlingRef,
  type Reservation,
  type Yrkande,
  type Beslut,
  type Attendance,
  type Omröstning,
  type Röstande,
  type Röst,
  RÖSTER,
  röstOf,
  UTFALL,
  utfallOf,
  type Utfall,
  type StandingItem,
} from './meeting/model.js';
export { meetingDecides, fristEffect, decidedByFullmäktige, mayBeDelegated, isFullmäktigeMeeting, type FristEffect } from './meeting/decision.js';
export { participants, personName, samePerson, whyNotParticipating } from './meeting/participation.js';
export { överklagandetid, nextVardag, notVardag, helgdagar, påskdagen } from './meeting/calendar.js';
export {
  resolveMeeting,
  decisionOf,
  kindOf,
  isInitiative,
  isProposalDraft,
  sameNämnd,
  sameKommun,
  sameDiarienummer,
  isFullmäktige,
  belongsToMeeting,
  MAX_HANDLING_BYTES,
  type HandlingLoader,
  type HandlingSource,
  type HandlingUnreadable,
  type ResolvedHandling,
  type ResolvedItem,
  type ResolvedMeeting,
  type ItemProposal,
} from './meeting/resolve.js';
export { addDays, type MeetingReport } from './meeting/rule.js';
export { MEETING_KIND, isMeeting, kindDefinitionOf } from './meeting/kind.js';
export { meetingFromAnswers, MEETING_QUESTIONS, type MeetingAnswers } from './meeting/new-meeting.js';
export {
  YRKANDE_TYPER,
  YRKANDE_UTFALL,
  YRKANDE_TYP_TEXT,
  readYrkanden,
  hasUtfall,
  utfallFromYrkanden,
  yrkandeParty,
  yrkandeName,
  memberName,
  type YrkandeTyp,
  type YrkandeUtfall,
} from './meeting/yrkanden.js';
export {
  analyseYrkanden,
  adoptedText,
  originalText,
  återremissSentence,
  bordläggningSentence,
  avslagSatser,
  type ComputedBeslut,
  type ComputedUtfall,
  type ChangedSats,
  type Segment,
  type YrkandeAnalysis,
  type YrkandeIssue,
} from './meeting/compute-beslut.js';
export { yrkandeProblems, yrkandeAnalysis, computedBeslutOf, satsDiff, type YrkandeProblem, type YrkandeRuleId } from './meeting/yrkande-problems.js';
export {
  yrkandeAt,
  yrkandeHover,
  attSatsChoices,
  yrkandeValueChoices,
  beslutViews,
  type YrkandeAt,
  type AttSatsChoice,
  type BeslutView,
} from './meeting/yrkande-view.js';
export {
  fristFor,
  fristFrån,
  fristStatus,
  väcktDatum,
  compareFrister,
  dnrKey,
  FRIST_KINDS,
  FRIST_LAGRUM,
  SNART_DAGAR,
  type FristEntry,
  type FristStatus,
  type Decided,
  type MeetingEvent,
} from './meeting/frister.js';
export type { RuleContext } from './rules/rule.js';
export { KOMMUNER, REGIONER, kommunNames, checkKommunName, officialKommunName, type Kommun, type Region, type KommunNameCheck } from './kommuner/index.js';
export { MEDBORGARFORSLAG_NEXT_STEPS, nextStepsFor, type NextSteps } from './next-steps.js';
export { words as proseWords, sentences as proseSentences, countBlocks, lix, ovix, lixLevel, isLongWord, type Counts } from './klarsprak/lix.js';
export {
  draftReadability,
  readabilitySummary,
  lixTarget,
  sentenceLimit,
  round1,
  DEFAULT_LIX_TARGET,
  DEFAULT_LIX_TARGET_PRIVATE,
  DEFAULT_SENTENCE_WORDS,
  MIN_WORDS_FOR_LIX,
  type DraftReadability,
  type SectionReadability,
} from './klarsprak/readability.js';
export { setSpeller, currentSpeller, type Speller } from './spelling/speller.js';
export { spellingQueries } from './rules/spelling.js';
export { hunspellSpeller, type HunspellFactoryLike, type HunspellLike } from './spelling/hunspell.js';
