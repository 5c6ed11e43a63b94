// Charts: drawn on canvas, redrawn on filter changes, with text alternatives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachTarget } from './explorer.mjs';

/** Distinct non-background pixels of a canvas: > 0 means something was drawn. */
async function inked(locator) {
  return locator.evaluate((c) => {
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i + 3] !== 0 && (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240)) n++;
    return n;
  });
}

await forEachTarget(({ open }) => {
  test('three charts are drawn, each with a description', async () => {
    const p = await open({ hash: '#view=chart' });
    const canvases = p.page.getByRole('img');
    await canvases.first().waitFor();
    assert.equal(await canvases.count(), 3);
    for (const c of await canvases.all()) {
      assert.ok((await inked(c)) > 500, 'canvas is not blank');
      assert.ok((await c.getAttribute('aria-describedby'))?.length > 0);
    }
    await p.close();
  });

  test('the canvas is sharp: its bitmap follows the device pixel ratio', async () => {
    const p = await open({ hash: '#view=chart' });
    const c = p.page.getByRole('img').first();
    await c.waitFor();
    const [w, cssW, dpr] = await c.evaluate((el) => [el.width, el.getBoundingClientRect().width, devicePixelRatio]);
    assert.ok(Math.abs(w - cssW * dpr) <= 2, `${w} vs ${cssW}×${dpr}`);
    await p.close();
  });

  test('filters redraw the charts', async () => {
    const p = await open({ hash: '#view=chart' });
    const growth = p.page.getByRole('img').first();
    await growth.waitFor();
    const before = await growth.evaluate((c) => c.toDataURL());
    await p.sector('农业农村').check();
    await p.page.waitForFunction(() => location.hash.includes('sector=agriculture'));
    await p.page.waitForFunction((b) => document.querySelector('canvas').toDataURL() !== b, before);
    await p.close();
  });

  test('"show as table" gives the data as a table', async () => {
    const p = await open({ hash: '#view=chart' });
    const show = p.page.getByRole('button', { name: '显示为表格' }).first();
    await show.click();
    assert.equal(await show.getAttribute('aria-pressed'), 'true');
    const table = p.page.getByRole('figure').first().getByRole('table');
    await table.waitFor();
    assert.ok((await table.locator('tbody tr').count()) >= 30);
    await p.close();
  });
});
