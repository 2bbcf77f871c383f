/** The editor features' results as plain data: no editor types (the extension maps them to its own). */
import type { Diagnostic, Language } from '../diagnostic.js';
import type { Range } from '../model/types.js';

export interface HoverResult {
  range: Range;
  /** Markdown, Swedish (or English with `language: 'en'`). */
  markdown: string;
}

/** What the editor features are asked in: Swedish (the default) or English (`arende.language: en`). */
export interface EditorOptions {
  language?: Language;
  /**
   * The problems the editor shows in the same hover (VS Code puts a problem's message above the
   * provider's text): what they say is not said again.
   */
  shownProblems?: readonly Pick<Diagnostic, 'ruleId' | 'range'>[];
}

export interface CompletionEntry {
  label: string;
  detail?: string;
  documentation?: string;
  insertText: string;
  kind: 'key' | 'value' | 'heading' | 'law' | 'chapter' | 'paragraph';
}

export interface Completion {
  items: CompletionEntry[];
  /** The text the chosen item replaces (the word being typed). */
  range: Range;
}

export interface Fix {
  /** Swedish. */
  title: string;
  /** The same in English (an editor set to English): the replacement and a provision's heading stay as written. */
  titleEn: string;
  ruleId: string;
  range: Range;
  newText: string;
  /** The first fix of a diagnostic is the preferred one. */
  preferred: boolean;
}

export const inside = (r: Range, offset: number): boolean => r.start.offset <= offset && offset <= r.end.offset;
