// Hosts that cannot take the explorer's shadow root (a ul, an element that
// already has one) still get a styled, visible explorer, and the console
// says what was done instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachOrigin } from './portal.mjs';

/** The explorer's title size and its table's box: 25.6px (1.6em of 16px) only comes from our CSS. */
async function styledAndVisible(explorer) {
  const table = explorer.getByRole('table').first();
  await table.waitFor();
  assert.equal(await table.isVisible(), true);
  const box = await table.boundingBox();
  assert.ok(box && box.width > 600 && box.height > 500, JSON.stringify(box));
  const title = await explorer.getByRole('heading', { level: 1 }).evaluate((el) => getComputedStyle(el).fontSize);
  assert.equal(title, '25.6px');
}

forEachOrigin(({ host }) => {
  test('a ul host gets its explorer in a div right after it, with a warning', async () => {
    const { page, context, errors, warnings } = await host('fallbacks.html');
    const explorer = page.locator('#list + div');
    await styledAndVisible(explorer);
    assert.deepEqual(await explorer.getByRole('complementary', { name: 'Filters' }).getByRole('checkbox').count() > 0, true);
    assert.deepEqual(await page.locator('#list > *').evaluateAll((els) => els.map((e) => e.localName)), ['li']);
    const said = warnings.filter((w) => w.includes('<ul id="list" data-report-explorer>') && /inserted right after it/.test(w));
    assert.equal(said.length, 1, warnings.join('\n'));
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a host with a shadow root of its own gets a visible explorer inside it, with a warning', async () => {
    const { page, context, errors, warnings } = await host('fallbacks.html');
    const explorer = page.locator('#shadowed');
    await styledAndVisible(explorer);
    assert.equal(await explorer.getByText('The portal’s own widget.').isVisible(), true);
    const said = warnings.filter((w) => w.includes('<div id="shadowed" data-report-explorer>') && /already has a shadow root/.test(w));
    assert.equal(said.length, 1, warnings.join('\n'));
    assert.deepEqual(errors, []);
    await context.close();
  });
});
