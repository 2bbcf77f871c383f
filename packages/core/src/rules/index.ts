/** The rule registry: every rule ärende runs, in reporting order. Rule ids are public. */
import type { RuleDefinition } from './rule.js';
import draftLimits from './draft-limits.js';
import frontmatterMissing from './frontmatter-missing.js';
import frontmatterYaml from './frontmatter-yaml.js';
import frontmatterRequired from './frontmatter-required.js';
import frontmatterType from './frontmatter-type.js';
import frontmatterUnknownKey from './frontmatter-unknown-key.js';
import attSatsMissing from './att-sats-missing.js';
import sectionMissing from './section-missing.js';
import reasoningMissing from './reasoning-missing.js';
import recipientWrongBody from './recipient-wrong-body.js';
import titleMismatch from './title-mismatch.js';
import citationUnparsed from './citation-unparsed.js';
import citationUnknownLaw from './citation-unknown-law.js';
import citationUnknownProvision from './citation-unknown-provision.js';
import citationRepealed from './citation-repealed.js';
import citationNotInForce from './citation-not-in-force.js';
import citationOldSol from './citation-old-sol.js';
import citationForm from './citation-form.js';
import citationDataDate from './citation-data-date.js';
import personalData from './personal-data.js';
import placeholderText from './placeholder-text.js';
import imageMissing from './image-missing.js';
import imageOutsideFolder from './image-outside-folder.js';
import imageAltMissing from './image-alt-missing.js';
import headingLevelSkipped from './heading-level-skipped.js';
import linkTextUnclear from './link-text-unclear.js';
import tableHeaderMissing from './table-header-missing.js';
import textColorOnly from './text-color-only.js';
import meetingHandlingMissing from './meeting-handling-missing.js';
import meetingHandlingOtherNamnd from './meeting-handling-other-namnd.js';
import meetingHandlingOtherKommun from './meeting-handling-other-kommun.js';
import meetingDiarienummerMismatch from './meeting-diarienummer-mismatch.js';
import meetingBeslutWithoutProposal from './meeting-beslut-without-proposal.js';
import meetingJusteringLate from './meeting-justering-late.js';
import meetingBeslutsgangMissing from './meeting-beslutsgang-missing.js';
import meetingOmrostningMismatch from './meeting-omrostning-mismatch.js';
import kommunName from './kommun-name.js';
import meetingBeslutDiffers from './meeting-beslut-differs.js';
import meetingYrkandeAttSatsMissing from './meeting-yrkande-att-sats-missing.js';
import meetingYrkandeTextMissing from './meeting-yrkande-text-missing.js';
import meetingYrkandenOverlap from './meeting-yrkanden-overlap.js';
import meetingYrkandeOrder from './meeting-yrkande-order.js';
import meetingYrkandeIdDuplicate from './meeting-yrkande-id-duplicate.js';
import meetingYrkandeInstammerNotMember from './meeting-yrkande-instammer-not-member.js';
import meetingDelegeratInvalid from './meeting-delegerat-invalid.js';
import meetingReservationNotParticipant from './meeting-reservation-not-participant.js';
import meetingJavVoted from './meeting-jav-voted.js';
import meetingAnslagLate from './meeting-anslag-late.js';
import readabilityLix from './readability-lix.js';
import sentenceLong from './sentence-long.js';
import plainWord from './plain-word.js';
import abbreviationUnexplained from './abbreviation-unexplained.js';
import spelling from './spelling.js';

export const rules: readonly RuleDefinition[] = [
  draftLimits,
  frontmatterMissing,
  frontmatterYaml,
  frontmatterRequired,
  frontmatterType,
  frontmatterUnknownKey,
  attSatsMissing,
  sectionMissing,
  reasoningMissing,
  recipientWrongBody,
  titleMismatch,
  citationUnparsed,
  citationUnknownLaw,
  citationUnknownProvision,
  citationRepealed,
  citationNotInForce,
  citationOldSol,
  citationForm,
  citationDataDate,
  personalData,
  placeholderText,
  imageOutsideFolder,
  imageMissing,
  imageAltMissing,
  headingLevelSkipped,
  linkTextUnclear,
  tableHeaderMissing,
  textColorOnly,
  meetingHandlingMissing,
  meetingHandlingOtherNamnd,
  meetingHandlingOtherKommun,
  meetingDiarienummerMismatch,
  meetingBeslutWithoutProposal,
  meetingJusteringLate,
  meetingBeslutsgangMissing,
  meetingOmrostningMismatch,
  kommunName,
  meetingBeslutDiffers,
  meetingYrkandeAttSatsMissing,
  meetingYrkandeTextMissing,
  meetingYrkandenOverlap,
  meetingYrkandeOrder,
  meetingYrkandeIdDuplicate,
  meetingYrkandeInstammerNotMember,
  meetingDelegeratInvalid,
  meetingReservationNotParticipant,
  meetingJavVoted,
  meetingAnslagLate,
  readabilityLix,
  sentenceLong,
  plainWord,
  abbreviationUnexplained,
  spelling,
];

export function ruleById(id: string): RuleDefinition | undefined {
  return rules.find((r) => r.id === id);
}

export type { RuleDefinition, RuleDocs } from './rule.js';
