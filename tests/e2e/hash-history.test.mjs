// History entries: only a reader's step in the explorer adds one. Putting a
// link into canonical form, or canonicalising a hand-edited hash, replaces
// the entry, so Back never lands on the same state spelled differently.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { launch, TARGETS } from './explorer.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const START = 'data:text/html,<title>before</title><p>The page before the link.</p>';

for (const target of TARGETS) {
  describe(target.name, () => {
    let t;
    before(async () => { t = await target.start(); });
    after(async () => { await t.stop(); });

    /** A tab that was on another page before it followed the link to `hash`. */
    async function follow(hash) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(START);
      const before = await page.evaluate(() => history.length);
      await page.goto(t.url + hash);
      await page.getByRole('heading', { level: 1 }).waitFor();
      return { page, context, before };
    }

    for (const [link, canonical] of [
      ['#view=table&sector=agriculture,industry', '#sector=industry,agriculture&view=table'],
      ['#lang=zh', ''],
    ]) {
      test(`a non-canonical link (${link}) leaves no Back step of its own`, async () => {
        const { page, context, before } = await follow(link);
        await page.waitForFunction((canonical) => location.hash === canonical && !location.href.endsWith('#'), canonical);
        assert.equal(await page.evaluate(() => history.length), before + 1);
        await page.goBack();
        await page.waitForURL((url) => url.protocol === 'data:');
        assert.equal(await page.title(), 'before');
        await context.close();
      });
    }

    test('a hand-edited hash is put in canonical form without a second entry', async () => {
      const { page, context } = await follow('#view=table');
      const length = await page.evaluate(() => history.length);
      await page.evaluate(() => { location.hash = '#view=table&kind=rank'; });
      await page.waitForFunction(() => location.hash === '#kind=rank&view=table');
      assert.equal(await page.evaluate(() => history.length), length + 1);
      await page.goBack();
      await page.waitForFunction(() => location.hash === '#view=table');
      await context.close();
    });

    test('a click after the first write still adds a Back step', async () => {
      const { page, context, before } = await follow('#view=table&sector=agriculture,industry');
      await page.waitForFunction(() => location.hash === '#sector=industry,agriculture&view=table');
      await page.getByRole('complementary', { name: '筛选' }).getByRole('checkbox', { name: /^生态环保\s*\d+$/ }).check();
      await page.waitForFunction(() => location.hash.includes('environment'));
      assert.equal(await page.evaluate(() => history.length), before + 2);
      await page.goBack();
      await page.waitForFunction(() => location.hash === '#sector=industry,agriculture&view=table');
      await context.close();
    });
  });
}
