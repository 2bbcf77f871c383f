/** Outline, breadcrumbs, Go to Symbol and folding of the header: core computes them, this maps them. */
import * as vscode from 'vscode';
import { documentSymbols, foldingLines, type OutlineSymbol } from '@arende/core';
import { draftOf, isDraftDocument } from './drafts.js';
import { toRange } from './convert.js';
import { language } from './texts.js';
import { traced } from './trace.js';

const KIND: Record<OutlineSymbol['kind'], vscode.SymbolKind> = {
  header: vscode.SymbolKind.Namespace,
  key: vscode.SymbolKind.Property,
  section: vscode.SymbolKind.String,
  'att-sats': vscode.SymbolKind.EnumMember,
  ärende: vscode.SymbolKind.Event,
};

function toSymbol(s: OutlineSymbol): vscode.DocumentSymbol {
  const range = toRange(s.range);
  // VS Code requires the selection inside the range.
  const selection = range.contains(toRange(s.selectionRange)) ? toRange(s.selectionRange) : range;
  const out = new vscode.DocumentSymbol(s.name, s.detail ?? '', KIND[s.kind], range, selection);
  out.children = s.children.map(toSymbol);
  return out;
}

export function symbolProvider(): vscode.DocumentSymbolProvider {
  return {
    provideDocumentSymbols(document) {
      return traced('provider.symbols', `v${document.version}`, () =>
        isDraftDocument(document) ? documentSymbols(draftOf(document), { language: language() }).map(toSymbol) : undefined,
      );
    },
  };
}

export function foldingProvider(): vscode.FoldingRangeProvider {
  return {
    provideFoldingRanges(document) {
      return traced('provider.folding', `v${document.version}`, () =>
        isDraftDocument(document)
          ? foldingLines(draftOf(document)).map((f) => new vscode.FoldingRange(f.start - 1, f.end - 1, vscode.FoldingRangeKind.Region))
          : undefined,
      );
    },
  };
}
