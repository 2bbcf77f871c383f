/**
 * The exporter as a unified compiler, so it sits at the end of a remark pipeline:
 * `unified().use(remarkParse).use(remarkGfm).use(remarkDocx, {metadata})` → `file.result` (bytes).
 */
import type { Root } from 'mdast';
import type { Processor } from 'unified';
import type { Metadata } from '@arende/core';
import { exportDraft } from './draft.js';
import type { ExportOptions } from './types.js';

export interface RemarkDocxOptions extends ExportOptions {
  /** The draft's frontmatter values (core's `Draft.metadata`). */
  metadata: Metadata;
}

export function remarkDocx(this: Processor, options: RemarkDocxOptions): void {
  // unified calls compilers synchronously; and so is this one.
  this.compiler = (tree) => exportDraft({ metadata: options.metadata, tree: tree as Root }, options);
}
