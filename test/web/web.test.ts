/**
 * The citizens' page (web/) in a real Chromium: a writer fills the form, sees a problem next to the
 * field it concerns, fixes it, downloads the Word file, and pandoc reads the file back. The same by
 * keyboard only; axe-core on the page as it is first seen and with problems shown; the page working
 * offline after the first visit; and no request leaving the page's own origin.
 *
 * Needs Chromium (/usr/bin/chromium) and pandoc; .ci/run installs them.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkText, KINDS } from '../../packages/core/src/index.js';
import { CONTACT_VERSION_NOTICE } from '../../packages/docx/src/index.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axe, launchChromium, newVisit, openPage, OUT, ROOT, serveWeb, type WebServer } from './harness.js';

function pandocPlain(file: string): string {
  return execFileSync('pandoc', ['-t', 'plain', '--wrap=none', file], { encoding: 'utf8' });
}

/** The id of the focused element (or its tag when it has none). */
function focused(page: Page): Promise<string> {
  return page.evaluate('document.activeElement ? (document.activeElement.id || document.activeElement.tagName) : ""') as Promise<string>;
}

/**
 * Presses Tab until the element with `id` has focus; returns the ids passed on the way. Each stop must
 * show a visible focus indicator (an outline), as WCAG 2.4.7 asks.
 */
async function tabTo(page: Page, id: string, limit = 40): Promise<string[]> {
  const path: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    path.push(now);
    const outline = (await page.evaluate('getComputedStyle(document.activeElement).outlineStyle')) as string;
    assert.notEqual(outline, 'none', `the focused element ${now} shows where focus is`);
    if (now === id) return path;
  }
  throw new Error(`Tab never reached #${id}; went through ${path.join(' → ')}`);
}

/** Polls `probe` until it is truthy (deadline 15 s). */
async function until(what: string, probe: () => Promise<unknown>, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Text of the problems shown at a field. */
function problemsAt(page: Page, field: string): Promise<string> {
  return page.locator(`[id="f-${field}-problem"]`).innerText();
}

const STORY = {
  namn: 'Kim Exempel',
  adress: 'Lönngatan 4, 123 45 Sjövik',
  epost: 'kim@example.se',
  telefon: '073-555 12 34',
  kommun: 'Exempelby kommun',
  rubrik: 'Träffpunkten öppen på kvällar',
  varför: 'Träffpunkten stänger klockan 16. Den som arbetar eller studerar kan inte komma dit.',
  att1: 'att kommunen håller träffpunkten öppen två kvällar i veckan',
  att2: 'att brukarföreningen får vara med och planera',
};

describe('web page for citizens in a real Chromium', function () {
  this.timeout(60_000);
  let server: WebServer;
  let browser: Browser;
  let context: BrowserContext;
  /** For axe-core, which is injected as an inline script: the page's CSP would (rightly) refuse it. */
  let axeContext: BrowserContext;
  const requests: string[] = [];

  before(async function () {
    this.timeout(120_000);
    mkdirSync(OUT, { recursive: true });
    server = await serveWeb();
    browser = await launchChromium();
    context = await newVisit(browser);
    context.on('request', (r) => requests.push(r.url()));
    axeContext = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1000, height: 900 }, bypassCSP: true });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('fill in, see a problem at its field, fix it, download the Word file, and pandoc reads it back', async () => {
    const page = await openPage(context, server.url);
    await page.getByLabel('Ditt namn').fill(STORY.namn);
    await page.getByLabel('Adress').fill(STORY.adress);
    await page.getByLabel('E-post').fill(STORY.epost);
    await page.getByLabel('Telefon').fill(STORY.telefon);
    await page.getByLabel('Kommun', { exact: true }).fill(STORY.kommun);
    await page.getByLabel('Rubrik', { exact: true }).fill(STORY.rubrik);
    // A personnummer in the reasons: core's personal-data rule, shown next to that field with its legal basis.
    await page.getByLabel('Varför').fill(`${STORY.varför} Min son har personnummer 19121212-1212.`);
    await page.getByLabel('Att-sats 1').fill(STORY.att1);
    const at = page.locator('[id="f-avsnitt.bakgrund-problem"] .problem.error');
    await at.waitFor();
    const shown = await at.innerText();
    assert.match(shown, /personnummer \(19121212-XXXX\)/);
    assert.match(shown, /Rättslig grund: 3 kap\. 10 § dataskyddslagen \(2018:218\)\./);
    assert.equal(await page.getByLabel('Varför').getAttribute('aria-invalid'), 'true');
    await page.screenshot({ path: path.join(OUT, 'page-with-problem.png'), fullPage: true });

    await page.getByLabel('Varför').fill(STORY.varför);
    await at.waitFor({ state: 'detached' });
    assert.equal(await page.getByLabel('Varför').getAttribute('aria-invalid'), null);
    await page.getByRole('status').filter({ hasText: 'inga fel' }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner Word-fil' }).click()]);
    assert.equal(download.suggestedFilename(), 'medborgarforslag-traffpunkten-oppen-pa-kvallar.docx');
    const file = path.join(OUT, download.suggestedFilename());
    await download.saveAs(file);
    const text = pandocPlain(file);
    for (const part of [
      STORY.rubrik,
      'Medborgarförslag',
      STORY.kommun,
      'Till Kommunfullmäktige',
      STORY.varför,
      // Typed as "att kommunen …" under "Jag föreslår att": in the file without the doubled "att".
      STORY.att1.replace(/^att /, ''),
      STORY.namn,
      // The closing note on what happens next.
      'Så går det till sedan',
      '8 kap. 1 § kommunallagen',
      `Adress: ${STORY.adress}`,
      `E-post: ${STORY.epost}`,
      CONTACT_VERSION_NOTICE,
      `Telefon: ${STORY.telefon}`,
    ]) {
      assert.ok(text.includes(part), `the Word file has '${part}':\n${text}`);
    }
    assert.doesNotMatch(text, /19121212/);
    assert.doesNotMatch(text, /\batt att\b|föreslår att\s+1?\.?\s*att /);
    // And on the page, below the form: where to send it, who decides and when, how to follow it.
    const next = await page.locator('#next-steps').innerText();
    assert.match(next, /Så går det till sedan/);
    assert.match(next, /registrator/);
    assert.match(next, /8 kap\. 1 § kommunallagen/);
    assert.match(next, /5 kap\. 35 § kommunallagen/);
    assert.match(next, /diarienummer/);

    const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Spara utkast' }).click()]);
    assert.equal(saved.suggestedFilename(), 'medborgarforslag-traffpunkten-oppen-pa-kvallar.md');
    const md = path.join(OUT, saved.suggestedFilename());
    await saved.saveAs(md);
    const { draft, diagnostics } = checkText(readFileSync(md, 'utf8'));
    assert.deepEqual(
      diagnostics.map((d) => `${d.ruleId}: ${d.message}`),
      [],
    );
    assert.equal(draft.metadata.rubrik, STORY.rubrik);
    assert.equal(draft.metadata.avsändare[0]?.telefon, STORY.telefon);
    await page.close();
  });

  it('the Word button on an unfinished form lists what to fix, focused, with links to the fields, and downloads nothing', async () => {
    const page = await openPage(axeContext, server.url);
    let downloads = 0;
    page.on('download', () => downloads++);
    // Untouched fields show no problems yet: nobody is told off before writing anything.
    assert.equal(await page.locator('.problem').count(), 0);
    await page.getByRole('button', { name: /Word/ }).click();
    const summary = page.locator('#error-summary');
    await summary.waitFor();
    assert.equal(await focused(page), 'error-summary');
    const items = await summary.locator('li').allInnerTexts();
    assert.ok(items.includes('Rubrik: Fyll i rubrik.'), items.join('\n'));
    assert.ok(items.includes('Ditt namn: Fyll i ditt namn.'), items.join('\n'));
    assert.ok(
      items.some((t) => t.startsWith('Varför: Förslaget saknar motivering')),
      items.join('\n'),
    );
    // No att-sats is a warning for a medborgarförslag (KL sets no form for it; the format asks for one), so it is
    // shown at its field but does not stop the Word file and is not in the summary of errors.
    assert.ok(!items.some((t) => t.startsWith('Vad föreslår du?: ')), items.join('\n'));
    assert.match(await problemsAt(page, 'att-satser'), /Varning: /);
    assert.match(await problemsAt(page, 'rubrik'), /^Fel: Fyll i rubrik\. \(I utkastfilen: Nyckeln 'rubrik' saknar värde/);
    await summary.getByRole('link', { name: /^Rubrik: / }).click();
    assert.equal(await focused(page), 'f-rubrik');
    await page.screenshot({ path: path.join(OUT, 'page-error-summary.png'), fullPage: true });
    const violations = await axe(page);
    writeFileSync(path.join(OUT, 'axe-with-problems.json'), JSON.stringify(violations, null, 2));
    assert.deepEqual(
      violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`),
      [],
    );
    assert.equal(downloads, 0);
    await page.close();
  });

  it('a personnummer in a form the page prints but the text hides (full-width digits, a soft hyphen) is an error and no Word file is made', async () => {
    const page = await openPage(context, server.url);
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByLabel('Ditt namn').fill(STORY.namn);
    await page.getByLabel('Kommun', { exact: true }).fill(STORY.kommun);
    await page.getByLabel('Rubrik', { exact: true }).fill(STORY.rubrik);
    await page.getByLabel('Att-sats 1').fill(STORY.att1);
    // Issue 17: what is printed is what is checked (core printed-text.ts).
    await page.getByLabel('Varför').fill(`${STORY.varför} Min son har nummer １９１２１２\u00ad１２-１２１２.`);
    const at = page.locator('[id="f-avsnitt.bakgrund-problem"] .problem.error');
    await at.waitFor();
    assert.match(await at.innerText(), /personnummer \(19121212-XXXX\)/);
    await page.getByRole('button', { name: 'Ladda ner Word-fil' }).click();
    await page.locator('#error-summary').waitFor();
    assert.equal(downloads, 0);
    await page.close();
  });

  it('axe-core finds no serious or critical WCAG 2.1 A/AA violations, for each kind', async () => {
    const page = await openPage(axeContext, server.url);
    const all: Record<string, unknown> = {};
    for (const kind of KINDS.filter((k) => k.workflow.role !== 'möte').map((k) => k.name)) {
      await page.locator(`[id="f-typ-${kind}"]`).check();
      const violations = await axe(page);
      all[kind] = violations;
      assert.deepEqual(
        violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${kind}: ${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`),
        [],
      );
    }
    writeFileSync(path.join(OUT, 'axe.json'), JSON.stringify(all, null, 2));
    // Reflow (WCAG 1.4.10): at 320 CSS pixels wide nothing needs scrolling sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    assert.equal(await page.evaluate('document.documentElement.scrollWidth'), 320);
    await page.close();
  });

  it('by keyboard only: skip link, every field in order, a problem and its fix, att-satser added and removed, the Word file', async function () {
    // Some 200 key presses, each answered by the page: slow on a busy two-core machine.
    this.timeout(150_000);
    const page = await openPage(context, server.url);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate('document.activeElement.textContent'), 'Hoppa till formuläret');
    await page.keyboard.press('Enter');
    // The kind is a radio group: arrow keys choose, Tab moves on.
    assert.deepEqual(await tabTo(page, 'f-typ-medborgarförslag'), ['f-typ-medborgarförslag']);
    await page.keyboard.press('ArrowDown');
    assert.equal(await focused(page), 'f-typ-politikerinitiativ');
    await page.getByLabel('Parti').waitFor();
    await page.keyboard.press('ArrowUp');
    assert.equal(await focused(page), 'f-typ-medborgarförslag');
    await page.getByLabel('Adress').waitFor();

    const order: string[] = [];
    const fill = async (id: string, text: string) => {
      order.push(...(await tabTo(page, id)));
      await page.keyboard.type(text);
    };
    await fill('f-avsändare.namn', STORY.namn);
    await fill('f-avsändare.adress', STORY.adress);
    await fill('f-avsändare.e-post', STORY.epost);
    await fill('f-avsändare.telefon', STORY.telefon);
    await fill('f-kommun', STORY.kommun);
    await fill('f-rubrik', STORY.rubrik);
    await fill('f-avsnitt.bakgrund', `${STORY.varför} Ring mig på 073-555 12 34.`);
    // A telephone number in the text of a medborgarförslag: a warning at that field.
    await page.locator('[id="f-avsnitt.bakgrund-problem"] .problem.warning').waitFor();
    assert.match(await problemsAt(page, 'avsnitt.bakgrund'), /Varning: Texten innehåller ett telefonnummer/);
    for (let i = 0; i < ' Ring mig på 073-555 12 34.'.length; i++) await page.keyboard.press('Backspace');
    await page.locator('[id="f-avsnitt.bakgrund-problem"] .problem').waitFor({ state: 'detached' });
    await fill('f-att-sats.0', STORY.att1);
    order.push(...(await tabTo(page, 'add-att-satser')));
    await page.keyboard.press('Enter');
    assert.equal(await focused(page), 'f-att-sats.1', 'a new att-sats gets the focus');
    await page.keyboard.type('att något jag ångrar');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate('document.activeElement.textContent'), 'Ta bort att-sats 2');
    await page.keyboard.press('Enter');
    assert.equal(await focused(page), 'f-att-sats.0', 'removing moves focus to the att-sats before');
    assert.equal(await page.locator('[id="f-att-sats.1"]').count(), 0);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'add-att-satser');
    await page.keyboard.press('Enter');
    await page.keyboard.type(STORY.att2);

    order.push(...(await tabTo(page, 'download-word')));
    const expected = [
      'f-avsändare.namn',
      'f-avsändare.adress',
      'f-avsändare.e-post',
      'f-avsändare.telefon',
      'f-kommun',
      'f-mottagare',
      'f-datum',
      'f-rubrik',
      'f-avsnitt.bakgrund',
      'f-att-sats.0',
      'add-att-satser',
      'add-lagrum',
      'download-word',
    ];
    assert.deepEqual(
      order.filter((id) => expected.includes(id)).filter((id, i, a) => a.indexOf(id) === i),
      expected,
      `tab order: ${order.join(' → ')}`,
    );
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const file = path.join(OUT, 'keyboard.docx');
    await download.saveAs(file);
    const text = pandocPlain(file);
    for (const part of [STORY.rubrik, STORY.att1.replace(/^att /, ''), STORY.att2.replace(/^att /, ''), STORY.namn])
      assert.ok(text.includes(part), `'${part}' in:\n${text}`);
    assert.doesNotMatch(text, /ångrar/);
    assert.ok(text.includes(CONTACT_VERSION_NOTICE), "the sender's own version");
    await page.close();
  });

  it('another kind from the table: a politikerinitiativ, with lagrum, exported without the contact notice', async () => {
    const page = await openPage(context, server.url);
    await page.locator('[id="f-typ-politikerinitiativ"]').check();
    await page.getByLabel('Namn', { exact: true }).fill('Kim Ledamot');
    await page.getByLabel('Parti').fill('Sjöviks framtid');
    await page.getByLabel('Nämnd', { exact: true }).fill('Socialnämnden');
    await page.getByLabel('Rubrik', { exact: true }).fill('Kvällsöppen träffpunkt');
    await page.getByLabel('Bakgrund').fill('Träffpunkten stänger klockan 16.');
    await page.getByLabel('Att-sats 1').fill('att förvaltningen utreder kvällsöppet');
    await page.getByRole('button', { name: 'Lägg till ett lagrum' }).click();
    await page.getByLabel('Lagrum 1').fill('socialtjänstlagen 99 kap. 1 §');
    await page.locator('[id="f-lagrum.0-problem"] .problem').first().waitFor();
    await page.getByLabel('Lagrum 1').fill('10 kap. 8 § socialtjänstlagen (2025:400)');
    await page.locator('[id="f-lagrum.0-problem"] .problem').first().waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'inga fel' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Word/ }).click()]);
    assert.equal(download.suggestedFilename(), 'politikerinitiativ-kvallsoppen-traffpunkt.docx');
    const file = path.join(OUT, download.suggestedFilename());
    await download.saveAs(file);
    const text = pandocPlain(file);
    for (const part of [
      'Politikerinitiativ',
      'Till Socialnämnden',
      'Kvällsöppen träffpunkt',
      // Under "Vi föreslår därför att", without the "att" typed before it.
      'förvaltningen utreder kvällsöppet',
      'Kim Ledamot',
      'Sjöviks framtid',
    ]) {
      assert.ok(text.includes(part), `'${part}' in:\n${text}`);
    }
    assert.ok(!text.includes(CONTACT_VERSION_NOTICE), 'no contact notice without contact details');
    await page.close();
  });

  it('opens a saved draft into the form', async () => {
    const page = await openPage(context, server.url);
    await page.getByLabel('Öppna ett sparat utkast').setInputFiles(path.join(ROOT, 'examples/medborgarforslag-anhorigcafe.md'));
    await until('the draft in the form', async () => (await page.getByLabel('Rubrik', { exact: true }).inputValue()) !== '');
    assert.equal(await page.getByLabel('Rubrik', { exact: true }).inputValue(), 'Anhörigcafé för närstående till personer med psykisk ohälsa');
    assert.equal(await page.locator('textarea[id^="f-att-sats."]').count(), 3);
    assert.equal(await page.getByLabel('Lagrum 1').inputValue(), '13 kap. 9 § socialtjänstlagen (2025:400)');
    await page.getByRole('status').filter({ hasText: 'inga fel' }).waitFor();
    // The README's picture (docs/images/web-form.png is copied from test/out/web/form.png): a problem at its att-sats.
    await page.setViewportSize({ width: 900, height: 1200 });
    await page.getByRole('button', { name: 'Lägg till en att-sats' }).click();
    await page.getByLabel('Att-sats 4').fill('att kommunen kontaktar min bror 19121212-1212');
    await page.locator('[id="f-att-sats.3-problem"] .problem.error').waitFor();
    await page.getByLabel('Att-sats 4').blur();
    await page.locator('fieldset', { has: page.getByRole('heading', { name: 'Ditt förslag' }) }).screenshot({ path: path.join(OUT, 'form.png') });
    await page.screenshot({ path: path.join(OUT, 'page.png'), fullPage: true });
    await page.close();
  });

  it('leaving with unsaved text asks first (the page keeps nothing); after saving it does not', async () => {
    const page = await openPage(context, server.url);
    await page.getByLabel('Rubrik', { exact: true }).fill('Något jag inte vill förlora');
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.type());
      void d.dismiss();
    });
    await page.close({ runBeforeUnload: true });
    await until('the question before leaving', async () => dialogs.length > 0);
    assert.deepEqual(dialogs, ['beforeunload']);
    assert.equal(page.isClosed(), false, 'dismissing keeps the page and the text');

    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Spara utkast' }).click()]);
    await page.close({ runBeforeUnload: true });
    await until('the page closed', async () => page.isClosed());
    assert.deepEqual(dialogs, ['beforeunload']);
  });

  it("sends nothing anywhere: every request stays on the page's own origin", () => {
    const origin = new URL(server.url).origin;
    assert.ok(requests.length > 0);
    assert.deepEqual(
      requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:')),
      [],
    );
  });

  it('works opened as a file (web/dist/index.html from a folder or a USB stick, no server)', async () => {
    const page = await context.newPage();
    await page.goto(pathToFileURL(path.join(server.build.outdir, 'index.html')).href);
    await page.waitForSelector('html[data-ready="true"]');
    await page.getByLabel('Att-sats 1').fill('att 19121212-1212');
    await page.locator('[id="f-att-sats.0-problem"] .problem.error').waitFor();
    await page.close();
  });

  it('works offline after the first visit (service worker)', async function () {
    this.timeout(90_000);
    // A server of its own, stopped after the first visit: the reload can only come from the cache.
    const own = await serveWeb();
    const visit = await newVisit(browser);
    try {
      const page = await openPage(visit, own.url);
      await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
      // The worker takes over the open page (clients.claim) once it has cached the page's files.
      await until('the service worker in control', () => page.evaluate('navigator.serviceWorker.controller !== null'));
      await own.stop();
      await visit.setOffline(true);
      await page.reload();
      await page.waitForSelector('html[data-ready="true"]');
      await page.getByLabel('Att-sats 1').fill('att 19121212-1212');
      await page.locator('[id="f-att-sats.0-problem"] .problem.error').waitFor();
    } finally {
      await visit.close();
      await own.stop().catch(() => undefined);
    }
  });
});
