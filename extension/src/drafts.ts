/**
 * Which documents are drafts, and their parsed model. A draft is a Markdown document whose YAML
 * frontmatter has `typ:` (detect.ts): READMEs and notes are left alone.
 */
import type * as vscode from 'vscode';
import { parseDraft, type Draft } from '@arende/core';
import { looksLikeDraft } from './detect.js';
import { trace } from './trace.js';

/** Files and new documents; not the other versions VS Code opens (git: in a diff, output, …), whose problems would be listed twice. */
const CHECKED_SCHEMES = new Set(['file', 'untitled']);

const verdicts = new WeakMap<vscode.TextDocument, { version: number; draft: boolean }>();

/**
 * Whether a document is a draft. Asked many times per keystroke (the check, the status bar, each provider
 * VS Code calls), and each answer reads the header's YAML: kept per document version.
 */
export function isDraftDocument(document: vscode.TextDocument): boolean {
  if (document.languageId !== 'markdown' || !CHECKED_SCHEMES.has(document.uri.scheme)) return false;
  const hit = verdicts.get(document);
  if (hit && hit.version === document.version) return hit.draft;
  const draft = looksLikeDraft(document.getText());
  verdicts.set(document, { version: document.version, draft });
  return draft;
}

const parsed = new WeakMap<vscode.TextDocument, { version: number; draft: Draft }>();

/**
 * The draft model of a document at its current version. core caches parsed sections by their text,
 * so after an edit only the section that changed is parsed again.
 */
export function draftOf(document: vscode.TextDocument): Draft {
  const hit = parsed.get(document);
  if (hit && hit.version === document.version) return hit.draft;
  trace('draftOf.parse', `v${document.version}`);
  const draft = parseDraft(document.getText(), { path: document.uri.scheme === 'file' ? document.uri.fsPath : document.uri.toString() });
  trace('draftOf.parse.end', `v${document.version}`);
  parsed.set(document, { version: document.version, draft });
  return draft;
}
