/**
 * A meeting file's handlingar as the editor sees them: an open document's text (unsaved changes
 * included), else the file on disk; and the workspace's drafts as paths relative to the meeting file,
 * for completion under `handlingar:`.
 */
import * as vscode from 'vscode';
import path from 'node:path';
import type { HandlingLoader } from '@arende/core';
import { nodeHandlingLoader } from '@arende/core/node';

/** Reads the handlingar of the meeting file at `meeting` (a saved file); undefined for an untitled one. */
export function editorHandlingLoader(meeting: vscode.Uri): HandlingLoader | undefined {
  if (meeting.scheme !== 'file') return undefined;
  const disk = nodeHandlingLoader(meeting.fsPath);
  const dir = path.dirname(meeting.fsPath);
  return (relative) => {
    const abs = path.resolve(dir, relative);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && d.uri.fsPath === abs);
    return open && !open.isClosed ? { exists: true, text: open.getText(), path: abs } : disk(relative);
  };
}

/** Whether the cursor is on an item of a `handlingar:` list (the key on a line above, less indented). */
export function inHandlingarList(document: vscode.TextDocument, position: vscode.Position): boolean {
  const line = document.lineAt(position.line).text.slice(0, position.character);
  const item = /^(\s*)-\s+[^:#]*$/.exec(line) ?? /^(\s*)-\s*$/.exec(line);
  if (!item) return false;
  const indent = item[1]!.length;
  for (let l = position.line - 1; l >= 0; l--) {
    const text = document.lineAt(l).text;
    if (text.trim() === '' || (/^\s*-\s/.test(text) && /^(\s*)/.exec(text)![1]!.length === indent)) continue;
    if (text.trim() === '---') return false;
    const own = /^(\s*)(?:-\s+)?handlingar:\s*$/.exec(text);
    if (own) return own[1]!.length <= indent + 2;
    return false;
  }
  return false;
}

/** Markdown files of the workspace as paths relative to the meeting file's folder ('/' separated). */
export async function handlingCandidates(meeting: vscode.Uri): Promise<string[]> {
  const files = await vscode.workspace.findFiles('**/*.{md,markdown,pdf,docx}', '**/node_modules/**', 2000);
  const dir = path.dirname(meeting.fsPath);
  return files
    .filter((f) => f.fsPath !== meeting.fsPath)
    .map((f) => path.relative(dir, f.fsPath).split(path.sep).join('/'))
    .sort((a, b) => a.localeCompare(b, 'sv'));
}
