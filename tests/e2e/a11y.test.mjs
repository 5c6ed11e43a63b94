// For everyone: axe on every view in both languages and dark mode; keyboard use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachTarget } from './explorer.mjs';

const VIEWS = ['overview', 'table', 'chart', 'reader'];

await forEachTarget(({ open }) => {
  for (const view of VIEWS) {
    test(`axe finds no violations in the ${view} view`, async () => {
      const p = await open({ hash: `#view=${view}` });
      await p.settled();
      assert.deepEqual(await p.axeViolations(), []);
      await p.close();
    });
  }

  test('axe finds no violations in English and dark mode, with a record open', async () => {
    const p = await open({ hash: '#view=table&lang=en&sel=s6-1', colorScheme: 'dark' });
    await p.page.getByRole('region', { name: 'Indicator record' }).waitFor();
    assert.deepEqual(await p.axeViolations(), []);
    await p.close();
  });

  test('the filters work from the keyboard with a visible focus', async () => {
    const p = await open({ hash: '#view=table' });
    await p.search.focus();
    await p.page.keyboard.press('Tab'); // the clear button is disabled, so focus goes to the first sector
    const focused = () => p.page.evaluate(() => document.activeElement?.closest('label')?.innerText ?? document.activeElement?.innerText);
    assert.match(await focused(), /^宏观经济/);
    const outline = await p.page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none');
    await p.page.keyboard.press('Space');
    await p.page.waitForFunction(() => location.hash.includes('sector=macro'));
    await p.close();
  });
});
