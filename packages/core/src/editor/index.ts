/**
 * Editor features as plain data (yaml-language-server's way): hover, completion and fixes computed
 * from the draft model, with no editor types. The VS Code extension only maps them to its own types.
 */
export { hoverAt } from './hover.js';
export { completeAt } from './completion.js';
export { fixesFor } from './quick-fixes.js';
export type { HoverResult, Completion, CompletionEntry, Fix, EditorOptions } from './types.js';
export { silenceEdits, type SilenceEdits, type TextEdit } from './silence.js';
export { mergeMisspeltKeys } from './misspelt-keys.js';
export { documentSymbols, foldingLines, type OutlineSymbol, type FoldingLines } from './symbols.js';
