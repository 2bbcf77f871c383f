/**
 * The citizens' page: a form that writes a draft, checked by @arende/core as you type and exported
 * by @arende/docx, all in the browser. Nothing is sent anywhere (see index.html's
 * Content-Security-Policy); sw.js keeps the page working offline after the first visit.
 */
import { checkText, diagnosticBasis, hasErrors, nextStepsFor, parseDraft, type Diagnostic, type DraftKind } from '@arende/core';
import { loadSpellerOnce, showReadability } from './klarsprak.js';
import { exportDraft } from '@arende/docx';
import { el, inputId, problemsId } from './dom.js';
import { download, fileStem } from './download.js';
import { draftText, emptyState, type FormState } from './draft-text.js';
import { diagnosticsByField, GENERAL } from './field-diagnostics.js';
import { stateFromDraft } from './form-from-draft.js';
import { fieldLabel, fieldOrder, renderForm, type FormActions } from './form-view.js';
import { DEFAULT_KIND, KIND_FORMS, type MetaKey, type SenderKey } from './kinds.js';

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const SEVERITY: Record<Diagnostic['severity'], string> = { error: 'Fel', warning: 'Varning', info: 'Tips' };

let state: FormState = emptyState(DEFAULT_KIND, today());
/** Fields the writer has changed: their problems are shown as they type. */
const dirty = new Set<string>();
/** Set by a download attempt: from then on every field's problems are shown. */
let showAll = false;
let byField = new Map<string, Diagnostic[]>();
let diagnostics: Diagnostic[] = [];
/** Typed since the last download: leaving the page asks first (the page keeps nothing). */
let unsaved = false;
window.addEventListener('beforeunload', (e) => {
  if (unsaved) e.preventDefault();
});

const formEl = document.getElementById('form') as HTMLFormElement;

/**
 * After the Word file of a medborgarförslag: what to do with it and what happens then (core's
 * next-steps.ts, the same text as the closing note in the file). Below the form, so that re-rendering
 * the form keeps it. Returns whether there was anything to show.
 */
function showNextSteps(kind: DraftKind): boolean {
  document.getElementById('next-steps')?.remove();
  const steps = nextStepsFor(kind);
  if (!steps) return false;
  formEl.after(
    el(
      'section',
      { id: 'next-steps', class: 'next-steps', 'aria-labelledby': 'next-steps-heading' },
      el('h2', { id: 'next-steps-heading' }, steps.heading),
      el('ol', {}, ...steps.items.map((t) => el('li', {}, t))),
    ),
  );
  return true;
}

/** Writes one input's value into the state. */
function setField(field: string, value: string): void {
  const [group, rest = ''] = field.split(/\.(.*)/s);
  if (field === 'rubrik') state.rubrik = value;
  else if (field === 'datum') state.datum = value;
  else if (field === 'mottagare') state.mottagare = value;
  else if (group === 'avsändare') state.sender[rest as SenderKey] = value;
  else if (group === 'avsnitt') state.sections[rest] = value;
  else if (group === 'att-sats') state.attSatser[Number(rest)] = value;
  else if (group === 'lagrum') state.lagrum[Number(rest)] = value;
  else state.meta[field as MetaKey] = value;
}

/** A field's problems are shown once it (or, for a list item, its list) has been changed. */
function visible(field: string): boolean {
  if (showAll || field === GENERAL || field === 'typ') return true;
  if (dirty.has(field)) return true;
  if (field === 'att-satser') return [...dirty].some((f) => f.startsWith('att-sats.'));
  if (field === 'lagrum') return [...dirty].some((f) => f.startsWith('lagrum.'));
  return false;
}

/**
 * A plain lead for the problems that core words for a YAML file ("saknar värde. Skriv text efter
 * kolonet."): in the form there is no colon, only a box to fill in. Core's message follows as it is.
 */
function plainLead(d: Diagnostic, field: string): string | undefined {
  if ((d.ruleId === 'frontmatter-type' && /saknar värde/.test(d.message)) || d.ruleId === 'frontmatter-required') {
    return `Fyll i ${fieldLabel(state, field).toLowerCase()}.`;
  }
  return undefined;
}

function problemNode(d: Diagnostic, field: string): HTMLElement {
  const lead = plainLead(d, field);
  // What the requirement rests on, worded as arende check and the extension word it.
  const basis = diagnosticBasis(d);
  return el(
    'p',
    { class: `problem ${d.severity}`, 'data-rule': d.ruleId },
    el('span', { class: 'severity' }, `${SEVERITY[d.severity]}: `),
    lead ? `${lead} ` : null,
    lead ? el('span', { class: 'technical' }, `(I utkastfilen: ${d.message})`) : d.message,
    basis ? el('span', { class: 'lagrum' }, ` ${basis}`) : null,
  );
}

let checks = 0;

function check(): void {
  const t0 = performance.now();
  const { text, spans } = draftText(state);
  diagnostics = checkText(text).diagnostics;
  byField = diagnosticsByField(diagnostics, spans, state.kind);
  showProblems();
  showReadability(text);
  // The speller is fetched once the writer has typed (not on the first visit's own check).
  if (checks++ > 0) loadSpellerOnce(check);
  // For the bench (bench/web.ts): how long the last check took, shown problems included.
  document.documentElement.dataset.checkMs = (performance.now() - t0).toFixed(1);
}

function showProblems(): void {
  let errors = 0;
  let warnings = 0;
  for (const box of formEl.querySelectorAll<HTMLElement>('.problems')) {
    const field = box.id.replace(/^f-/, '').replace(/-problem$/, '');
    const list = visible(field) ? (byField.get(field) ?? []) : [];
    box.replaceChildren(...list.map((d) => problemNode(d, field)));
    for (const d of list) d.severity === 'error' ? errors++ : d.severity === 'warning' && warnings++;
    const input = document.getElementById(inputId(field));
    if (input && !(input instanceof HTMLFieldSetElement)) {
      if (list.some((d) => d.severity === 'error')) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
  }
  const status = document.getElementById('status');
  if (status) {
    const waiting = diagnostics.filter((d) => d.severity === 'error').length - errors;
    const parts: string[] = [];
    if (errors) parts.push(`${errors} fel`);
    if (warnings) parts.push(`${warnings} ${warnings === 1 ? 'varning' : 'varningar'}`);
    const text = parts.length
      ? `Kontrollen hittade ${parts.join(' och ')}. Du ser dem vid rutorna.`
      : waiting > 0
        ? 'Inga fel i det du har skrivit hittills. Fyll i resten av rutorna.'
        : 'Kontrollen hittade inga fel. Du kan ladda ner Word-filen.';
    // Only a change is written: a screen reader reads the status line each time it is replaced.
    if (status.textContent !== text) status.textContent = text;
  }
  if (showAll) renderSummary();
}

function renderSummary(): void {
  const box = document.getElementById('error-summary');
  if (!box) return;
  const errors = fieldOrder(state).flatMap((f) => (byField.get(f) ?? []).filter((d) => d.severity === 'error').map((d) => ({ f, d })));
  box.hidden = errors.length === 0;
  if (!errors.length) {
    box.replaceChildren();
    return;
  }
  box.replaceChildren(
    el('h3', { id: 'error-summary-heading' }, errors.length === 1 ? 'Rätta det här först' : `Rätta de här ${errors.length} sakerna först`),
    el('p', {}, 'Sedan kan du ladda ner Word-filen.'),
    el(
      'ul',
      {},
      ...errors.map(({ f, d }) => {
        const target = document.getElementById(inputId(f)) ? inputId(f) : problemsId(GENERAL);
        const link = el('a', { href: `#${target}` }, `${fieldLabel(state, f)}: ${plainLead(d, f) ?? d.message}`);
        link.addEventListener('click', (e) => {
          e.preventDefault();
          focusField(f);
        });
        return el('li', {}, link);
      }),
    ),
  );
}

function focusField(field: string): void {
  const node = document.getElementById(inputId(field));
  const target = node instanceof HTMLFieldSetElement ? node.querySelector<HTMLElement>('input, textarea, button') : node;
  (target ?? document.getElementById(problemsId(GENERAL)))?.focus();
  target?.scrollIntoView({ block: 'center' });
}

/** Rebuilds the form (a new shape) and puts focus on `focusId` when given. */
function render(focusId?: string): void {
  formEl.replaceChildren(renderForm(state, actions));
  check();
  if (focusId) document.getElementById(focusId)?.focus();
}

let pending: ReturnType<typeof setTimeout> | undefined;
formEl.addEventListener('input', (e) => {
  const target = e.target as HTMLInputElement | HTMLTextAreaElement;
  const field = target.dataset.field;
  if (!field) return;
  setField(field, target.value);
  dirty.add(field);
  unsaved = true;
  // Checking takes a few milliseconds; waiting for a pause in typing keeps the caret smooth.
  clearTimeout(pending);
  pending = setTimeout(check, 150);
});

const actions: FormActions = {
  setKind(kind: DraftKind) {
    const previous = KIND_FORMS[state.kind];
    if (state.mottagare === previous.defaultMottagare) state.mottagare = KIND_FORMS[kind].defaultMottagare;
    state.kind = kind;
    render(`f-typ-${kind}`);
  },
  addItem(list) {
    state[list].push('');
    const field = list === 'attSatser' ? `att-sats.${state[list].length - 1}` : `lagrum.${state[list].length - 1}`;
    render(inputId(field));
  },
  removeItem(list, index) {
    state[list].splice(index, 1);
    const prefix = list === 'attSatser' ? 'att-sats.' : 'lagrum.';
    // Item numbers shift: move what was typed in later items' "dirty" marks along with them.
    const shifted = [...dirty].filter((f) => f.startsWith(prefix)).map((f) => Number(f.slice(prefix.length)));
    for (const n of shifted) dirty.delete(prefix + n);
    for (const n of shifted) if (n !== index) dirty.add(prefix + (n > index ? n - 1 : n));
    dirty.add(list === 'attSatser' ? 'att-sats.removed' : 'lagrum.removed');
    const next = Math.min(index, state[list].length - 1);
    render(next >= 0 ? inputId(prefix + next) : `add-${list === 'attSatser' ? 'att-satser' : 'lagrum'}`);
  },
  downloadWord() {
    clearTimeout(pending);
    check();
    if (hasErrors(diagnostics)) {
      showAll = true;
      showProblems();
      document.getElementById('error-summary')?.focus();
      return;
    }
    // The sender's own version: adress, e-post and telefon under the name, and a line on page 1
    // saying it is for sending in, not for publication. Without contact details (a politician's
    // initiative asks for none) that line would say something untrue, so it is the plain export.
    const contact = (['adress', 'e-post', 'telefon'] as const).some((k) => KIND_FORMS[state.kind].sender.includes(k) && state.sender[k]?.trim());
    const bytes = exportDraft(parseDraft(draftText(state).text), { withContactDetails: contact });
    download(bytes, `${fileStem(state.kind, state.rubrik)}.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    unsaved = false;
    const status = document.getElementById('status');
    const steps = showNextSteps(state.kind);
    if (status) status.textContent = `Word-filen är klar. Du hittar den bland dina hämtade filer.${steps ? ' Under formuläret står vad du gör sedan.' : ''}`;
  },
  saveMarkdown() {
    clearTimeout(pending);
    const { text } = draftText(state);
    download(text, `${fileStem(state.kind, state.rubrik)}.md`, 'text/markdown;charset=utf-8');
    unsaved = false;
    const status = document.getElementById('status');
    if (status) status.textContent = 'Utkastet är sparat bland dina hämtade filer. Öppna det här igen när du vill fortsätta.';
  },
  openDraft(file: File) {
    void file.text().then((text) => {
      const opened = stateFromDraft(text, today());
      state = opened.state;
      dirty.clear();
      for (const f of fieldOrder(state)) if (f !== GENERAL) dirty.add(f);
      render('f-rubrik');
      if (opened.lost.length) {
        const status = document.getElementById('status');
        if (status)
          status.textContent = `Utkastet är öppnat. Formuläret har ingen ruta för: ${opened.lost.join(', ')}. Det finns kvar i din fil men kommer inte med härifrån.`;
      }
    });
  },
};

render();
document.getElementById('loading')?.remove();
document.documentElement.dataset.ready = 'true';
performance.mark('arende-ready');

if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register('./sw.js').catch(() => {
    // Without the worker the page still works; only the offline copy is missing.
  });
}
