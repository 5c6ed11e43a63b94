// Phones (issue 17 item 5): at 360×780 the results start in the first half
// of the screen, a table row shows its value, period and status without a
// sideways swipe, and the reader's outline starts folded behind its button.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachTarget } from './explorer.mjs';

const PHONE = { width: 360, height: 780 };

await forEachTarget(({ open }) => {
  for (const [lang, hash] of [['Chinese', '#view=table'], ['English', '#view=table&lang=en']]) {
    test(`${lang}: the first data row starts in the first half of a phone's screen`, async () => {
      const p = await open({ hash, viewport: PHONE });
      await p.settled();
      const top = await p.table.locator('tbody tr').first().evaluate((r) => r.getBoundingClientRect().top);
      assert.ok(top < PHONE.height / 2, `the first row starts at y = ${top}`);
      await p.close();
    });

    test(`${lang}: every view's tab is on the screen`, async () => {
      const p = await open({ hash, viewport: PHONE });
      await p.settled();
      const tabs = await p.views.getByRole('button').evaluateAll((bs) => bs.map((b) => {
        const r = b.getBoundingClientRect();
        return { name: b.textContent.trim(), left: r.left, right: r.right };
      }));
      assert.equal(tabs.length, 5);
      for (const t of tabs) assert.ok(t.left >= 0 && t.right <= PHONE.width, `${t.name} lies in the screen: ${JSON.stringify(t)}`);
      await p.close();
    });

    test(`${lang}: a row's value, period and status show without a sideways swipe`, async () => {
      const p = await open({ hash, viewport: PHONE });
      await p.settled();
      const boxes = await p.table.locator('tbody tr').evaluateAll((rows) => rows.slice(0, 20).map((r) => {
        const box = (c) => { const b = r.querySelector(c).getBoundingClientRect(); return { left: b.left, right: b.right, width: b.width }; };
        return { value: box('.rx-col-value'), period: box('.rx-col-period'), status: box('.rx-col-status') };
      }));
      for (const row of boxes) {
        for (const [name, b] of Object.entries(row)) {
          assert.ok(b.width > 0 && b.left >= 0 && b.right <= PHONE.width, `${name} lies in the screen: ${JSON.stringify(b)}`);
        }
      }
      const scroll = await p.table.evaluate((t) => ({ box: t.parentElement.scrollWidth - t.parentElement.clientWidth, page: document.documentElement.scrollWidth }));
      assert.equal(scroll.box, 0, 'the table box does not scroll sideways');
      assert.ok(scroll.page <= PHONE.width, `the page does not scroll sideways (${scroll.page})`);
      await p.close();
    });
  }

  test('the cards are still a table to screen readers', async () => {
    const p = await open({ hash: '#view=table', viewport: PHONE });
    await p.settled();
    const cdp = await p.context.newCDPSession(p.page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const roles = new Map();
    for (const n of nodes) roles.set(n.role?.value, (roles.get(n.role?.value) ?? 0) + 1);
    assert.equal(roles.get('table'), 1);
    assert.ok(roles.get('columnheader') >= 8, `column headers: ${roles.get('columnheader')}`);
    assert.ok(roles.get('row') > 10, `rows: ${roles.get('row')}`);
    assert.ok(roles.get('cell') > 80, `cells: ${roles.get('cell')}`);
    await p.close();
  });

  test('a compact header: at most a fifth of the screen', async () => {
    for (const hash of ['#view=table', '#view=table&lang=en']) {
      const p = await open({ hash, viewport: PHONE });
      const bottom = await p.page.locator('header').evaluate((h) => h.getBoundingClientRect().bottom);
      assert.ok(bottom <= PHONE.height / 5, `${hash}: the header ends at y = ${bottom}`);
      await p.close();
    }
  });

  test('the reader starts with the outline folded; its button opens it and a section folds it again', async () => {
    const p = await open({ hash: '#view=reader', viewport: PHONE });
    const toggle = p.outline.getByRole('button', { name: '目录', exact: true });
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    const section = p.section('二是农业发展稳中有进');
    assert.equal(await section.isVisible(), false);
    const textTop = await p.reader.evaluate((a) => a.getBoundingClientRect().top);
    assert.ok(textTop < PHONE.height / 2, `the text starts at y = ${textTop}`);
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    await section.click();
    await p.page.waitForFunction(() => location.hash.includes('section='));
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await section.isVisible(), false);
    await p.close();
  });

  for (const [hash, colorScheme] of [
    ['#view=table&sector=agriculture&sel=s9-6', 'light'],
    ['#view=table&lang=en&sector=agriculture&sel=s9-6', 'dark'],
    ['#view=reader&sector=industry&sel=s9-6', 'dark'],
    ['#view=reader&lang=en&sector=industry', 'light'],
  ]) {
    test(`axe on a phone: ${hash}, ${colorScheme}`, async () => {
      const p = await open({ hash, viewport: PHONE, colorScheme });
      await p.settled();
      if (hash.includes('sel=')) await p.record.waitFor();
      assert.deepEqual(await p.axeViolations(), []);
      await p.close();
    });
  }

  test('on a desktop the outline is open and has no toggle', async () => {
    const p = await open({ hash: '#view=reader&lang=en' });
    const outline = p.page.getByRole('navigation', { name: 'Contents' });
    assert.equal(await outline.getByRole('button', { name: 'Outline', exact: true }).isVisible(), false);
    assert.ok(await outline.getByRole('button', { name: 'Full text', exact: true }).isVisible());
    await p.close();
  });
});
