// Print: a printout holds every filtered row and whole charts, names the
// filters at the top, and has no buttons.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { forEachTarget, SHOTS } from './explorer.mjs';

const printing = (page, on) => page.evaluate((on) => dispatchEvent(new Event(on ? 'beforeprint' : 'afterprint')), on);

await forEachTarget(({ open, target }) => {
  test('printing the table prints all of its filtered rows, the filters named and no buttons', async () => {
    const p = await open({ hash: '#view=table&period=2023' });
    const shown = await p.shownCount();
    assert.ok(shown > 50, `a result longer than one page (${shown})`);
    const rows = p.table.locator('tbody tr');
    await p.page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 50);
    await printing(p.page, true);
    await p.page.waitForFunction((n) => document.querySelectorAll('tbody tr').length === n, shown);
    await p.page.emulateMedia({ media: 'print' });
    const summary = p.page.locator('.rx-print-only');
    assert.equal(await summary.isVisible(), true);
    assert.match(await summary.innerText(), new RegExp(`显示 ${shown} / 共 209 项。\\s*年份：2023年`));
    assert.equal(await p.page.getByRole('button', { name: /再显示|全部显示/ }).count() > 0, false);
    assert.equal(await p.filters.isVisible(), false);
    assert.equal(await rows.count(), shown);
    // After printing, the page is as it was.
    await p.page.emulateMedia({ media: 'screen' });
    await printing(p.page, false);
    await p.page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 50);
    await p.close();
  });

  test('a printed chart is light and whole', async () => {
    const p = await open({ hash: '#view=chart&sector=agriculture', colorScheme: 'dark' });
    const canvas = p.page.getByTestId('chart-growth').getByRole('img');
    await canvas.waitFor();
    await p.settled();
    await printing(p.page, true);
    // Redrawn light, its bitmap exactly the chart: no stale rest to print.
    await p.page.waitForFunction(() => {
      const c = document.querySelector('[data-testid=chart-growth] canvas');
      const px = c.getContext('2d').getImageData(1, 1, 1, 1).data;
      return px[0] > 240 && px[1] > 240 && px[2] > 240;
    });
    await p.page.emulateMedia({ media: 'print' });
    assert.equal(await p.page.getByTestId('chart-growth').getByRole('button', { name: /PNG/ }).isVisible(), false);
    // Text is dark on paper even when the screen is dark.
    const ink = await p.page.locator('h1').evaluate((h) => getComputedStyle(h).color);
    assert.equal(ink, 'rgb(27, 31, 36)');
    const ratio = await canvas.evaluate((c) => c.height / (parseFloat(c.style.height) * devicePixelRatio));
    assert.ok(Math.abs(ratio - 1) < 0.01, `bitmap / chart height ${ratio}`);
    if (target.name.startsWith('single')) {
      mkdirSync(SHOTS, { recursive: true });
      await p.page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      writeFileSync(resolve(SHOTS, 'print-chart.pdf'), await p.page.pdf({ format: 'A4' }));
    }
    await p.close();
  });
});
