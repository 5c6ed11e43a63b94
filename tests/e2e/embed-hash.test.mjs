// data-hash="true": a mount shares the host page's URL hash. It reads and
// writes only its own keys, so the host's #anchor survives; and the first
// such mount on a page is the only one that follows the hash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachOrigin } from './portal.mjs';

const sector = (explorer, name) =>
  explorer.getByRole('complementary', { name: 'Filters' }).getByRole('checkbox', { name: new RegExp(`^${name}\\s*\\d+$`) });

const sectorColumn = (explorer) => explorer.getByRole('table').first().locator('tbody tr td:nth-child(6)').allInnerTexts();

forEachOrigin(({ host }) => {
  test("the host's #anchor survives load and a filter click, and is not reported", async () => {
    const { page, context, errors } = await host('hash.html#intro');
    const explorer = page.locator('#explorer');
    // The filter panel comes after the first paint, and so after the
    // explorer's first look at the URL.
    await sector(explorer, 'Industry').waitFor();
    assert.equal(await page.evaluate(() => location.hash), '#intro');
    // (The drop line is a live region that stays, empty, until files are dragged over.)
    assert.equal(await explorer.getByRole('status').filter({ hasText: /\S/ }).count(), 0);

    await sector(explorer, 'Industry').check();
    await page.waitForFunction(() => location.hash.includes('sector=industry'));
    assert.equal(await page.evaluate(() => location.hash), '#intro&sector=industry&view=table&lang=en');

    await page.goBack();
    await page.waitForFunction(() => location.hash === '#intro');
    await sector(explorer, 'Industry').and(page.locator(':not(:checked)')).waitFor();
    assert.ok(new Set(await sectorColumn(explorer)).size > 1);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('of two data-hash mounts only the first follows the hash; the second says why', async () => {
    const { page, context, errors, warnings } = await host('hash-two.html#sector=industry&view=table&lang=en');
    const first = page.locator('#first');
    const second = page.locator('#second');
    await sector(second, 'Industry').waitFor();
    await sector(first, 'Industry').and(page.locator(':checked')).waitFor();
    assert.equal(await sector(second, 'Industry').isChecked(), false);
    const why = warnings.filter((w) => w.includes('<div id="second" data-report-explorer>') && w.includes('data-hash'));
    assert.equal(why.length, 1, warnings.join('\n'));

    // The second keeps its steps to itself; the first's go in the URL, in order.
    await sector(second, 'Agriculture & rural').check();
    await sector(first, 'Environment').check();
    await page.waitForFunction(() => location.hash.includes('environment'));
    assert.equal(await page.evaluate(() => location.hash), '#sector=industry,environment&view=table&lang=en');

    await page.goBack();
    await page.waitForFunction(() => location.hash === '#sector=industry&view=table&lang=en');
    await sector(first, 'Environment').and(page.locator(':not(:checked)')).waitFor();
    assert.deepEqual(new Set(await sectorColumn(second)), new Set(['Agriculture & rural']));
    assert.equal(await sector(second, 'Agriculture & rural').isChecked(), true);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
