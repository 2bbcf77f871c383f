/**
 * The form as DOM, built from the kind's description (kinds.ts) and the current state. Rebuilt
 * whole when its shape changes (another kind, an att-sats added or removed); typing only updates the
 * state and the problem texts (see main.ts), so focus and caret stay where the writer is.
 */
import { kommunNames, type DraftKind } from '@arende/core';
import { el, hintId, inputId, problemsId, type Child } from './dom.js';
import { fieldId, type FormState } from './draft-text.js';
import { GENERAL } from './field-diagnostics.js';
import { KIND_FORMS, KINDS, META_LABELS, SENDER_LABELS, type KindForm } from './kinds.js';

export interface FormActions {
  setKind(kind: DraftKind): void;
  addItem(list: 'attSatser' | 'lagrum'): void;
  removeItem(list: 'attSatser' | 'lagrum', index: number): void;
  downloadWord(): void;
  saveMarkdown(): void;
  openDraft(file: File): void;
}

/** The fields the page shows problems for, in the order they appear (for the error summary). */
export function fieldOrder(state: FormState): string[] {
  const form = KIND_FORMS[state.kind];
  const order = ['typ', ...form.sender.map((k) => fieldId.sender(k)), 'kommun', 'mottagare', 'datum', 'rubrik'];
  for (const m of form.meta) if (m !== 'kommun') order.push(m);
  const proposal = form.attSatser ? ['att-satser', ...state.attSatser.map((_, i) => fieldId.attSats(i))] : [];
  if (form.proposalFirst) order.push(...proposal);
  for (const s of form.sections) order.push(fieldId.section(s.id));
  if (!form.proposalFirst) order.push(...proposal);
  order.push('lagrum', ...state.lagrum.map((_, i) => fieldId.lagrum(i)), GENERAL);
  return order;
}

/** The name a field has in the error summary. */
export function fieldLabel(state: FormState, field: string): string {
  const form = KIND_FORMS[state.kind];
  if (field === 'typ') return 'Vad vill du skriva?';
  if (field === 'rubrik') return 'Rubrik';
  if (field === 'datum') return 'Datum';
  if (field === 'mottagare') return form.toChair ? 'Till ordföranden' : 'Nämnd';
  if (field === 'att-satser') return 'Vad föreslår du?';
  if (field === 'lagrum') return 'Lagrum';
  if (field === GENERAL) return 'Hela förslaget';
  const [group, rest = ''] = field.split(/\.(.*)/s);
  if (group === 'avsändare') return SENDER_LABELS[rest as keyof typeof SENDER_LABELS]?.label ?? rest;
  if (group === 'avsnitt') return form.sections.find((s) => s.id === rest)?.label ?? rest;
  if (group === 'att-sats') return `Att-sats ${Number(rest) + 1}`;
  if (group === 'lagrum') return `Lagrum ${Number(rest) + 1}`;
  return META_LABELS[field as keyof typeof META_LABELS]?.label ?? field;
}

function problems(field: string): HTMLElement {
  // Filled by main.ts; a live region would repeat every keystroke's result, so the page's status line
  // announces the totals and each field's problems are read with the field (aria-describedby).
  return el('div', { id: problemsId(field), class: 'problems' });
}

function describedBy(field: string, hint: boolean): string {
  return [hint ? hintId(field) : '', problemsId(field)].filter(Boolean).join(' ');
}

interface InputSpec {
  field: string;
  label: string;
  value: string;
  hint?: Child;
  type?: string;
  autocomplete?: string;
  multiline?: number;
  list?: string;
  required?: boolean;
  inputmode?: string;
}

function input(spec: InputSpec): HTMLElement {
  const id = inputId(spec.field);
  const attrs = {
    id,
    name: spec.field,
    'data-field': spec.field,
    'aria-describedby': describedBy(spec.field, Boolean(spec.hint)),
    autocomplete: spec.autocomplete ?? 'off',
    spellcheck: spec.multiline ? 'true' : undefined,
    list: spec.list,
    'aria-required': spec.required ? 'true' : undefined,
    inputmode: spec.inputmode,
  };
  const control = spec.multiline ? el('textarea', { ...attrs, rows: String(spec.multiline) }) : el('input', { ...attrs, type: spec.type ?? 'text' });
  control.value = spec.value;
  return el(
    'div',
    { class: 'field' },
    el('label', { for: id }, spec.label, spec.required ? '' : el('span', { class: 'optional' }, ' (om du vill)')),
    spec.hint ? el('p', { id: hintId(spec.field), class: 'hint' }, spec.hint) : null,
    control,
    problems(spec.field),
  );
}

function kindChoice(state: FormState, actions: FormActions): HTMLElement {
  return el(
    'fieldset',
    { class: 'kinds', id: inputId('typ'), 'aria-describedby': problemsId('typ') },
    el('legend', {}, el('h2', {}, 'Vad vill du skriva?')),
    ...KINDS.map((k) => {
      const id = `f-typ-${k}`;
      const radio = el('input', { type: 'radio', name: 'typ', id, value: k, 'aria-describedby': `${id}-about`, checked: state.kind === k });
      radio.addEventListener('change', () => radio.checked && actions.setKind(k));
      return el(
        'div',
        { class: 'choice' },
        radio,
        el('label', { for: id }, KIND_FORMS[k].name),
        el('p', { class: 'hint', id: `${id}-about` }, KIND_FORMS[k].about),
      );
    }),
    problems('typ'),
  );
}

function listEditor(state: FormState, actions: FormActions, list: 'attSatser' | 'lagrum'): HTMLElement {
  const isAtt = list === 'attSatser';
  const group = isAtt ? 'att-satser' : 'lagrum';
  const items = state[list];
  const noun = isAtt ? 'att-sats' : 'lagrum';
  const Noun = isAtt ? 'Att-sats' : 'Lagrum';
  const rows = items.map((value, i) => {
    const field = isAtt ? fieldId.attSats(i) : fieldId.lagrum(i);
    const id = inputId(field);
    const control = isAtt
      ? el('textarea', { id, 'data-field': field, rows: '2', 'aria-describedby': problemsId(field), spellcheck: 'true' })
      : el('input', { id, 'data-field': field, type: 'text', 'aria-describedby': problemsId(field), autocomplete: 'off' });
    control.value = value;
    const remove = el('button', { type: 'button', class: 'secondary remove' }, `Ta bort ${noun} ${i + 1}`);
    remove.addEventListener('click', () => actions.removeItem(list, i));
    return el('li', {}, el('label', { for: id }, `${Noun} ${i + 1}`), control, problems(field), remove);
  });
  const add = el('button', { type: 'button', class: 'secondary add', id: `add-${group}` }, isAtt ? 'Lägg till en att-sats' : 'Lägg till ett lagrum');
  add.addEventListener('click', () => actions.addItem(list));
  const form = KIND_FORMS[state.kind];
  const legend = isAtt ? 'Vad föreslår du?' : form.lagrumRequired ? 'Lagrum' : 'Lagrum (om du vill)';
  const hint = isAtt
    ? [
        el('p', {}, 'Skriv det du vill att politikerna ska besluta. Varje sak blir en ', el('strong', {}, 'att-sats'), '.'),
        el(
          'p',
          {},
          /\batt$/i.test(form.proposalHeading.trim())
            ? `En att-sats är en kort mening som fortsätter rubriken ”${form.proposalHeading}”. Till exempel: ”kommunen öppnar en träffpunkt på kvällar”. Du behöver inte skriva ”att” först.`
            : 'En att-sats är en kort mening som börjar med ordet ”att”. Till exempel: ”att kommunen öppnar en träffpunkt på kvällar”.',
        ),
        el('p', {}, 'Skriv en sak i varje att-sats. Behöver du fler? Tryck på ”Lägg till en att-sats”.'),
      ]
    : [
        el('p', {}, 'Lagen som förslaget bygger på. Till exempel: 10 kap. 8 § socialtjänstlagen (2025:400).'),
        form.lagrumRequired ? null : el('p', {}, 'Du behöver inte skriva något här. Sidan kontrollerar lagrummen du skriver.'),
      ];
  return el(
    'fieldset',
    { class: 'list', id: inputId(group), 'aria-describedby': `${hintId(group)} ${problemsId(group)}` },
    el('legend', {}, el('h3', {}, legend)),
    el('div', { class: 'hint', id: hintId(group) }, ...hint),
    problems(group),
    el('ol', {}, ...rows),
    add,
  );
}

/** Who writes: the sender's fields the kind's form asks for. */
function senderFieldset(state: FormState, form: KindForm): HTMLElement {
  return el(
    'fieldset',
    {},
    el('legend', {}, el('h2', {}, form.citizen ? 'Om dig' : 'Avsändare')),
    form.citizen
      ? el(
          'p',
          { class: 'hint' },
          'Adress, e-post och telefon står bara i Word-filen du skickar. Kommunen tar bort dem innan förslaget publiceras. Namnet blir offentligt.',
        )
      : null,
    ...form.sender.map((k) => {
      const l = SENDER_LABELS[k];
      return input({
        field: fieldId.sender(k),
        label: form.citizen || k !== 'namn' ? l.label : 'Namn',
        hint: form.citizen || k !== 'namn' ? l.hint : undefined,
        type: l.type,
        autocomplete: l.autocomplete,
        value: state.sender[k] ?? '',
        required: form.senderRequired.includes(k),
      });
    }),
  );
}

/** Where the paper goes: kommun, nämnd (or the chair asked), datum and the kind's other keys. */
function recipientFieldset(state: FormState, form: KindForm): HTMLElement {
  return el(
    'fieldset',
    {},
    el('legend', {}, el('h2', {}, 'Vart ska förslaget?')),
    input({
      field: 'kommun',
      label: META_LABELS.kommun.label,
      hint: META_LABELS.kommun.hint,
      value: state.meta.kommun ?? '',
      list: 'kommuner',
      required: form.metaRequired.includes('kommun'),
    }),
    // Sweden's kommuner and regioner by their right names: the browser offers them as the writer types.
    el('datalist', { id: 'kommuner' }, ...kommunNames().map((n) => el('option', { value: n }))),
    input({
      field: 'mottagare',
      label: form.toChair ? 'Till ordföranden' : 'Nämnd',
      hint: el(
        'span',
        {},
        form.toChair
          ? 'Skriv titeln och namnet på ordföranden i den nämnd du frågar, till exempel Socialnämndens ordförande Anna Berg. '
          : 'En nämnd är en grupp politiker. De bestämmer över en del av kommunens arbete. Socialnämnden bestämmer till exempel om stöd till personer med psykisk ohälsa. ',
        form.citizen ? 'Vet du inte vilken nämnd? Skriv Kommunfullmäktige. Det är kommunens högsta politiska församling. Den skickar förslaget vidare.' : '',
      ),
      value: state.mottagare,
      list: 'namnder',
      required: true,
    }),
    el(
      'datalist',
      { id: 'namnder' },
      ...['Kommunfullmäktige', 'Kommunstyrelsen', 'Socialnämnden', 'Utbildningsnämnden', 'Kultur- och fritidsnämnden', 'Tekniska nämnden'].map((n) =>
        el('option', { value: n }),
      ),
    ),
    // A text field, not type=date: Chromium's date picker keeps a focus stop without a visible focus
    // indicator, and core checks the format anyway (with its own message).
    input({
      field: 'datum',
      label: 'Datum',
      hint: 'Dagens datum står redan här. Skriv år-månad-dag, till exempel 2026-03-02.',
      value: state.datum,
      required: true,
      inputmode: 'numeric',
    }),
    ...form.meta
      .filter((m) => m !== 'kommun')
      .map((m) =>
        input({
          field: m,
          label: META_LABELS[m].label,
          hint: META_LABELS[m].hint,
          value: state.meta[m] ?? '',
          required: form.metaRequired.includes(m),
          inputmode: META_LABELS[m].date ? 'numeric' : undefined,
        }),
      ),
  );
}

/** The proposal itself: rubrik, the kind's sections and att-satser (in the kind's order), lagrum. */
function proposalFieldset(state: FormState, actions: FormActions, form: KindForm): HTMLElement {
  const proposal = form.attSatser ? [listEditor(state, actions, 'attSatser')] : [];
  const sections = form.sections.map((s) =>
    input({ field: fieldId.section(s.id), label: s.label, hint: s.hint, value: state.sections[s.id] ?? '', multiline: 8, required: true }),
  );
  return el(
    'fieldset',
    {},
    el('legend', {}, el('h2', {}, 'Ditt förslag')),
    input({
      field: 'rubrik',
      label: 'Rubrik',
      hint: 'En kort mening om vad förslaget handlar om. Till exempel: Träffpunkt öppen på kvällar.',
      value: state.rubrik,
      required: true,
    }),
    ...(form.proposalFirst ? [...proposal, ...sections] : [...sections, ...proposal]),
    listEditor(state, actions, 'lagrum'),
  );
}

/** Downloading the Word file, saving and opening a draft, and the problems no field holds. */
function finishFieldset(actions: FormActions): HTMLElement {
  const word = el('button', { type: 'button', id: 'download-word', class: 'primary' }, 'Ladda ner Word-fil');
  word.addEventListener('click', () => actions.downloadWord());
  const markdown = el('button', { type: 'button', id: 'save-markdown', class: 'secondary' }, 'Spara utkast');
  markdown.addEventListener('click', () => actions.saveMarkdown());
  const open = el('input', { type: 'file', id: 'open-draft', accept: '.md,text/markdown,text/plain' });
  open.addEventListener('change', () => {
    const file = open.files?.[0];
    if (file) actions.openDraft(file);
  });
  return el(
    'fieldset',
    { class: 'finish' },
    el('legend', {}, el('h2', {}, 'Klart?')),
    el('div', { id: problemsId(GENERAL), class: 'problems' }),
    el('p', { id: 'status', role: 'status' }),
    el('div', { id: 'error-summary', tabindex: '-1', hidden: true }),
    el('p', { class: 'hint' }, 'Word-filen är den du skickar till kommunen. Den innehåller dina kontaktuppgifter.'),
    el('div', { class: 'buttons' }, word, markdown),
    el('p', { class: 'hint' }, 'Spara utkast ger en textfil (Markdown) med allt du har skrivit. Den kan du öppna här igen.'),
    el('div', { class: 'field' }, el('label', { for: 'open-draft' }, 'Öppna ett sparat utkast'), open),
  );
}

export function renderForm(state: FormState, actions: FormActions): DocumentFragment {
  const form = KIND_FORMS[state.kind];
  const frag = document.createDocumentFragment();
  frag.append(
    kindChoice(state, actions),
    senderFieldset(state, form),
    recipientFieldset(state, form),
    proposalFieldset(state, actions, form),
    finishFieldset(actions),
  );
  return frag;
}
