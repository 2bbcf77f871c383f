import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseDraft } from '@arende/core';
import { exportDraft, previewCss, previewHtml } from '../src/index.js';
import { parts } from './helpers.js';

const example = readFileSync(new URL('../../../examples/politikerinitiativ-sip-samordning.md', import.meta.url), 'utf8');

/** The visible text of the HTML, paragraph by paragraph. */
function text(html: string): string[] {
  return html
    .replace(/<div class="footer">.*?<\/div>/, '')
    .split(/<\/(?:p|h[1-6])>/)
    .map((p) =>
      p
        .replace(/<span class="num">[^<]*<\/span>/g, '')
        .replace(/<[^>]+>/g, '')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#8203;/g, '')
        .replace(/&#8209;/g, '\u2011')
        .trim(),
    )
    .filter(Boolean);
}

describe('the preview: the draft as the Word document reads', () => {
  it('holds the paragraphs of the exported document.xml, in order, with their text', () => {
    const draft = parseDraft(example);
    const html = previewHtml(draft);
    // Word's non-breaking hyphen (in dates) is an element of its own, not text: read it as the character.
    const xml = parts(exportDraft(draft))['word/document.xml']!.replace(/<w:noBreakHyphen\/>/g, '<w:t xml:space="preserve">\u2011</w:t>');
    const paragraphs = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)]
      .map((m) =>
        [...m[1]!.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)]
          .map((t) =>
            t[1]!
              .replace(/&amp;/g, '&')
              .replace(/&lt;/g, '<')
              .replace(/&gt;/g, '>')
              .replace(/&quot;/g, '"'),
          )
          .join(''),
      )
      .map((p) => p.trim())
      .filter(Boolean);
    // A tab in a line (the letterhead) is a gap in the preview: compare without white space.
    const squash = (xs: string[]) => xs.map((x) => x.replace(/\s+/g, ''));
    assert.deepEqual(squash(text(html)), squash(paragraphs));
  });

  it('shows the rubrik as the heading, the att-satser numbered, the styles from the export', () => {
    const html = previewHtml(parseDraft(example));
    assert.match(html, /<h1 class="s-Heading1">Fler och bättre samordnade individuella planer inom socialpsykiatrin<\/h1>/);
    assert.match(html, /<span class="num">1\.<\/span>socialnämnden ger förvaltningen i uppdrag/);
    assert.match(html, /<span class="num">4\.<\/span>uppdraget redovisas/);
    const css = previewCss();
    assert.match(css, /\.s-Heading1 \{[^}]*font-family: 'Arial'[^}]*font-size: 16pt[^}]*font-weight: bold/);
    assert.match(css, /\.page \{[^}]*width: 210\.0mm/);
  });

  it('escapes what the writer typed (no HTML from the draft reaches the webview)', () => {
    const html = previewHtml(parseDraft(example.replace('## Bakgrund\n', '## Bakgrund\n\nEtt <script>alert(1)</script> & "citat".\n')));
    assert.doesNotMatch(html, /<script>/);
    assert.match(html, /Ett alert\(1\) &amp; &quot;citat&quot;\./);
  });
});
