/**
 * @arende/docx: ärende drafts → Word (.docx) in the nämnd's format, and the meeting agenda.
 * Writes WordprocessingML directly (no Word library).
 */
export { exportDraft, KIND_LABEL, kindLabel, sendersLine, CONTACT_VERSION_NOTICE } from './draft.js';
export { exportAgenda, exportKallelse, orderAgendaItems, STANDARD_STANDING_ITEMS } from './agenda.js';
export { exportProtokoll, paragrafer, ParagrafError, type ProtokollOptions } from './protokoll.js';
export { exportÄndringar, yrkandeRow, type ÄndringarInput } from './tracked-changes.js';
export { förslagetName, proposedBeslutsgång, yrkandeSentence } from './yrkanden.js';
export {
  meetingDocument,
  entriesFromDrafts,
  orderEntries,
  orderedEntries,
  handlingLabel,
  initiatorLabel,
  type MeetingDocument,
  type MeetingEntry,
  type MeetingHandling,
} from './meeting-document.js';
export { remarkDocx, type RemarkDocxOptions } from './plugin.js';
export { isSafeUrl } from './mdast-to-docx.js';
export type { AgendaOptions, ExportOptions, ExportableDraft, Meeting } from './types.js';
export { ImageError, imageSize, pageExtent, type EmbeddedImage, type ImageSize, type ImageType } from './images.js';
export { TemplateError } from './template-error.js';
export type { WordTemplate, TemplatePart } from './template.js';
export { previewHtml, previewCss } from './preview.js';
export { escapeHtml } from './xml.js';
export {
  webVersion,
  maskningarCsv,
  sekretessText,
  firstLetters,
  NAMN,
  KONTAKTUPPGIFT,
  type Maskning,
  type MaskningTyp,
  type WebVersion,
} from './publicering.js';
export { anslagOf, anslagText, anslagHtml, AnslagError, type Anslag } from './anslag.js';
