/**
 * Keeps the Problems panel in step with open drafts: checks on open and, after a short pause in
 * typing (`arende.checkDelay`), on change; clears a document's problems when it closes or stops being
 * a draft. Every rule runs in core; nothing here decides what is wrong. A draft whose check goes over
 * the time budget (check-budget.ts) waits for a longer pause in typing, and the status bar says so once.
 */
import path from 'node:path';
import * as vscode from 'vscode';
import { checkDraft, fileText, mergeMisspeltKeys, parseDraft, rules, type Diagnostic, type RuleDefinition } from '@arende/core';
import { nodeFileProbe } from '@arende/core/node';
import { configFor } from './config.js';
import { draftOf, isDraftDocument } from './drafts.js';
import { toDiagnostic } from './convert.js';
import { editorHandlingLoader } from './handlingar.js';
import { CHECK_DELAY_MS, CheckBudget } from './check-budget.js';
import { language, t } from './texts.js';
import { trace, traced, tracing } from './trace.js';

/** With ARENDE_TRACE, each rule's time is noted too (trace.ts); otherwise core's own list. */
const tracedRules: readonly RuleDefinition[] | undefined = tracing
  ? rules.map((r) => ({ ...r, check: (...args: Parameters<RuleDefinition['check']>) => traced(`rule:${r.id}`, '', () => r.check(...args)) }))
  : undefined;

export class DraftChecker implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('arende');
  /** core's diagnostics per document (uri → version and list), for quick fixes. */
  private readonly latest = new Map<string, { version: number; diagnostics: Diagnostic[] }>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly configProblems = new Set<string>();
  private readonly budget = new CheckBudget();
  private readonly checked = new vscode.EventEmitter<{ document: vscode.TextDocument; diagnostics: Diagnostic[] }>();
  /** Fires after every check, with core's diagnostics (the status bar listens). */
  readonly onDidCheck = this.checked.event;

  constructor(private readonly docs: vscode.Uri) {}

  enabled(): boolean {
    return vscode.workspace.getConfiguration('arende').get<boolean>('enable', true);
  }

  /**
   * Checks after a change: at once when it is the first key after a pause in typing, after the configured
   * pause within a burst of keys (check-budget.ts: pauseAfterChange).
   */
  schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    const configured = vscode.workspace.getConfiguration('arende').get<number>('checkDelay', CHECK_DELAY_MS);
    const delay = this.budget.pauseAfterChange(key, configured, performance.now());
    this.timers.set(
      key,
      setTimeout(() => {
        trace('timer', `v${document.version} pause=${delay}`);
        this.timers.delete(key);
        // A provider VS Code asked in the meantime (quick fixes, hover) may have checked this version already.
        if (this.latest.get(key)?.version !== document.version || document.isClosed) this.check(document);
      }, delay),
    );
  }

  check(document: vscode.TextDocument): Diagnostic[] {
    trace('check.enter', `v${document.version}`);
    const key = document.uri.toString();
    if (document.isClosed || !this.enabled() || !isDraftDocument(document)) {
      // Only what was a draft has problems of ours to clear (arende.config.json keeps its own).
      if (this.latest.has(key) || this.timers.has(key)) this.forget(document);
      return [];
    }
    const { config, problem } = configFor(document.uri);
    this.reportConfigProblem(problem);
    // Images are looked up next to a saved draft; an untitled one has no folder to look in.
    const files = document.uri.scheme === 'file' ? nodeFileProbe() : undefined;
    // A meeting file's handlingar are read as the editor has them (open ones with their unsaved changes).
    const started = performance.now();
    // A misspelt key is one problem here, not two (core's mergeMisspeltKeys says why).
    const draft = traced('parse', `v${document.version}`, () => draftOf(document));
    const diagnostics = traced('check', `v${document.version}`, () =>
      mergeMisspeltKeys(checkDraft(draft, { config, files, handlingar: editorHandlingLoader(document.uri), rules: tracedRules })),
    );
    const took = Math.round(performance.now() - started);
    if (this.budget.record(key, took)) {
      vscode.window.setStatusBarMessage(
        t('ärende: att granska {0} tog {1} ms; utkastet granskas nu först när du gör en längre paus i skrivandet.', path.basename(document.uri.path), took),
        15_000,
      );
    }
    this.latest.set(key, { version: document.version, diagnostics });
    const lang = language();
    traced('diagnostics', `v${document.version} ${diagnostics.length}`, () =>
      this.collection.set(
        document.uri,
        diagnostics.map((d) => toDiagnostic(d, this.docs, lang)),
      ),
    );
    traced('onDidCheck', `v${document.version}`, () => this.checked.fire({ document, diagnostics }));
    return diagnostics;
  }

  /** Shows diagnostics of a draft that is not open (the workspace check); opening it checks it again. */
  show(uri: vscode.Uri, diagnostics: readonly Diagnostic[]): void {
    const lang = language();
    this.collection.set(
      uri,
      diagnostics.map((d) => toDiagnostic(d, this.docs, lang)),
    );
  }

  /**
   * The document's text as it would be after an edit (`text`) and core's diagnostics of it, checked as
   * the document is, without showing them: Fix All's later rounds (core's fixUntilStable).
   */
  recheck(document: vscode.TextDocument, text: string): { text: string; diagnostics: Diagnostic[] } {
    const { config } = configFor(document.uri);
    const files = document.uri.scheme === 'file' ? nodeFileProbe() : undefined;
    const draft = parseDraft(text, { path: document.uri.scheme === 'file' ? document.uri.fsPath : document.uri.toString(), incremental: false });
    return { text: fileText(draft), diagnostics: checkDraft(draft, { config, files, handlingar: editorHandlingLoader(document.uri) }) };
  }

  /** core's diagnostics for the document as it is now (checked again if it changed since). */
  diagnosticsOf(document: vscode.TextDocument): Diagnostic[] {
    const hit = this.latest.get(document.uri.toString());
    return hit && hit.version === document.version ? hit.diagnostics : this.check(document);
  }

  forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.latest.delete(key);
    this.budget.forget(key);
    // A broken arende.config.json keeps its problem until it is fixed, open or not.
    if (!(document.uri.scheme === 'file' && this.configProblems.has(document.uri.fsPath))) this.collection.delete(document.uri);
  }

  checkAllOpen(): void {
    for (const document of vscode.workspace.textDocuments) this.check(document);
  }

  /** A broken arende.config.json is shown on the config file itself; drafts are checked with the defaults. */
  private reportConfigProblem(problem: { file: string; message: string } | undefined): void {
    if (!problem) return;
    const uri = vscode.Uri.file(problem.file);
    if (this.configProblems.has(problem.file)) return;
    this.configProblems.add(problem.file);
    const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 1), problem.message, vscode.DiagnosticSeverity.Error);
    d.source = 'arende';
    this.collection.set(uri, [d]);
  }

  /** After arende.config.json changed: forget what it said and check again. */
  configChanged(): void {
    for (const file of this.configProblems) this.collection.delete(vscode.Uri.file(file));
    this.configProblems.clear();
    this.checkAllOpen();
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.collection.dispose();
    this.checked.dispose();
  }
}
