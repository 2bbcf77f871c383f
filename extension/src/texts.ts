/**
 * The extension's own texts: Swedish, or English when `arende.language` is "en".
 *
 * Not vscode.l10n: VS Code has no Swedish display language, so with l10n bundles every Swedish user
 * (whose VS Code is then in English) would get English. The Swedish text is the key; l10n/en.json
 * holds the English (a test checks that every text has one). Command titles and setting descriptions
 * follow VS Code's own convention instead: English in package.nls.json, Swedish in package.nls.sv.json.
 */
import * as vscode from 'vscode';
import english from '../l10n/en.json';

const EN: Record<string, string> = english;

function inEnglish(): boolean {
  return vscode.workspace.getConfiguration('arende').get<string>('language', 'sv') === 'en';
}

/** The language core is asked for diagnostics, quick fixes, hover and completion in (its texts carry both). */
export function language(): 'sv' | 'en' {
  return inEnglish() ? 'en' : 'sv';
}

/** A text that carries both languages itself (the table of kinds' names and descriptions). */
export function bilingual(text: { sv: string; en: string }): string {
  return inEnglish() ? text.en : text.sv;
}

export function t(swedish: string, ...args: (string | number)[]): string {
  const text = inEnglish() ? (EN[swedish] ?? swedish) : swedish;
  return text.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : m));
}
