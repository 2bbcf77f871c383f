/**
 * ärende: Compile agenda… (Sammanställ kallelse…) — the secretary's `arende agenda` without a
 * terminal: pick the drafts (those selected in the explorer are pre-picked), say which nämnd, date,
 * time and place, which standing items, whether each draft's full text follows, and where to save. The list, its order
 * (by `punkt` when drafts carry one) and the document come from @arende/docx, as for the CLI.
 */
import * as vscode from 'vscode';
import path from 'node:path';
import { checkDraft, isIsoDate, isMeeting, parseDraft, type Draft } from '@arende/core';
import { nodeFileProbe } from '@arende/core/node';
import { configFor } from '../config.js';
import { looksLikeDraft } from '../detect.js';
import { t } from '../texts.js';
import { confirmPersonnummer } from '../personnummer.js';

interface Candidate extends vscode.QuickPickItem {
  uri: vscode.Uri;
  draft: Draft;
  errors: number;
}

/** The draft as the editor has it when it is open (unsaved changes included), else as saved. */
async function readDraft(uri: vscode.Uri): Promise<Candidate | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  if (!looksLikeDraft(text)) return undefined;
  const draft = parseDraft(text, { path: uri.fsPath, incremental: false });
  // A meeting file is no ärende; it has its own command (Kallelse från mötesfilen…).
  if (isMeeting(draft)) return undefined;
  const errors = checkDraft(draft, { config: configFor(uri).config, files: uri.scheme === 'file' ? nodeFileProbe() : undefined }).filter(
    (d) => d.severity === 'error',
  ).length;
  return {
    label: draft.metadata.rubrik ?? path.basename(uri.fsPath),
    description: vscode.workspace.asRelativePath(uri),
    detail: [draft.metadata.typ, draft.metadata.diarienummer, errors === 1 ? t('1 fel') : errors ? t('{0} fel', errors) : undefined]
      .filter(Boolean)
      .join(' · '),
    uri,
    draft,
    errors,
  };
}

function ask(prompt: string, options: { value?: string; optional?: boolean; validate?: (v: string) => string | undefined } = {}): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    prompt,
    value: options.value,
    ignoreFocusOut: true,
    validateInput: (v) => (!options.optional && v.trim() === '' ? t('Fyll i ett värde.') : options.validate?.(v.trim())),
  });
}

export async function compileAgenda(clicked?: vscode.Uri, selected?: vscode.Uri[]): Promise<vscode.Uri | undefined> {
  const files = await vscode.workspace.findFiles('**/*.{md,markdown}', '**/node_modules/**', 2000);
  const candidates = (await Promise.all(files.map(readDraft))).filter((c): c is Candidate => !!c);
  if (candidates.length === 0) {
    void vscode.window.showErrorMessage(t('Hittade inga utkast (Markdown-filer med typ: i huvudet) i arbetsytan.'));
    return undefined;
  }
  candidates.sort((a, b) => (a.description ?? '').localeCompare(b.description ?? '', 'sv'));
  const preselected = new Set((selected?.length ? selected : clicked ? [clicked] : []).map((u) => u.toString()));
  for (const c of candidates) c.picked = preselected.has(c.uri.toString());

  const picked = await vscode.window.showQuickPick(candidates, {
    canPickMany: true,
    ignoreFocusOut: true,
    title: t('Sammanställ kallelse'),
    placeHolder: t('Välj ärendena som ska tas upp på sammanträdet'),
  });
  if (!picked?.length) return undefined;

  const bad = picked.filter((c) => c.errors > 0);
  if (bad.length > 0) {
    const anyway = t('Sammanställ ändå');
    const choice = await vscode.window.showWarningMessage(
      t('{0} av utkasten har fel: {1}.', bad.length, bad.map((c) => c.label).join(', ')),
      { modal: true },
      anyway,
    );
    if (choice !== anyway) return undefined;
  }
  if (
    !(await confirmPersonnummer(
      picked.map((c) => ({ name: c.label, draft: c.draft })),
      t('Sammanställ med numret'),
    ))
  )
    return undefined;

  const namnd = await ask(t('Nämnd'), { value: picked[0]!.draft.metadata.mottagare });
  if (namnd === undefined) return undefined;
  const datum = await ask(t('Sammanträdets datum (ÅÅÅÅ-MM-DD)'), {
    validate: (v) => (isIsoDate(v) ? undefined : t('Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-04-15.')),
  });
  if (datum === undefined) return undefined;
  const tid = await ask(t('Tid (valfritt), t.ex. 13.00'), { optional: true });
  if (tid === undefined) return undefined;
  const plats = await ask(t('Plats (valfritt), t.ex. Sessionssalen'), { optional: true });
  if (plats === undefined) return undefined;
  const { STANDARD_STANDING_ITEMS, exportAgenda } = await import('@arende/docx');
  const { writeFileSafely, WriteError } = await import('@arende/docx/node');
  const standing = await vscode.window.showQuickPick(
    STANDARD_STANDING_ITEMS.map((label) => ({ label })),
    { canPickMany: true, ignoreFocusOut: true, placeHolder: t('Stående punkter efter Godkännande av dagordningen (valfritt)') },
  );
  if (standing === undefined) return undefined;
  const withText = await vscode.window.showQuickPick([t('Med handlingar'), t('Bara föredragningslistan')], {
    ignoreFocusOut: true,
    placeHolder: t('Ska varje ärendes fullständiga text följa efter listan, på egen sida?'),
  });
  if (withText === undefined) return undefined;

  const folder = vscode.workspace.getWorkspaceFolder(picked[0]!.uri)?.uri ?? vscode.Uri.file(path.dirname(picked[0]!.uri.fsPath));
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(folder, `kallelse-${datum.trim()}.docx`),
    filters: { Word: ['docx'] },
    saveLabel: t('Spara kallelsen'),
  });
  if (!target) return undefined;

  const bytes = exportAgenda(
    {
      namnd: namnd.trim(),
      datum: datum.trim(),
      tid: tid.trim() || undefined,
      plats: plats.trim() || undefined,
      standingItems: standing.map((s) => s.label),
    },
    picked.map((c) => c.draft),
    { withDocuments: withText === t('Med handlingar') },
  );
  try {
    await writeFileSafely(target.fsPath, bytes, { protect: picked.map((c) => c.uri.fsPath), label: path.basename(target.fsPath) });
  } catch (e) {
    if (e instanceof WriteError) {
      void vscode.window.showErrorMessage(e.message);
      return undefined;
    }
    throw e;
  }
  void vscode.window.showInformationMessage(t('Sammanställde kallelse med {0} ärenden till {1}.', picked.length, path.basename(target.fsPath)));
  return target;
}
