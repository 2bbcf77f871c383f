/**
 * The draft snippets (att-sats, proposal section, avsändare), offered by completion only in drafts: as
 * contributed snippets VS Code showed them in every Markdown file, READMEs included.
 */
import * as vscode from 'vscode';
import snippets from '../snippets/markdown.json';
import { isDraftDocument } from './drafts.js';
import { bilingual } from './texts.js';

interface SnippetEntry {
  prefix: string;
  description: string;
  /** The description with `arende.language: en`. */
  descriptionEn: string;
  body: string[];
}

export function snippetProvider(): vscode.CompletionItemProvider {
  const entries = Object.entries(snippets as Record<string, SnippetEntry>);
  return {
    provideCompletionItems(document) {
      if (!isDraftDocument(document)) return undefined;
      return entries.map(([name, s]) => {
        const item = new vscode.CompletionItem({ label: s.prefix, description: name }, vscode.CompletionItemKind.Snippet);
        item.insertText = new vscode.SnippetString(s.body.join('\n'));
        item.documentation = bilingual({ sv: s.description, en: s.descriptionEn });
        item.filterText = s.prefix;
        return item;
      });
    },
  };
}
