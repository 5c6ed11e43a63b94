// Charts: drawn on canvas, redrawn on filter changes, with text alternatives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { forEachTarget } from './explorer.mjs';
import { screenVsBitmapTop } from './pixels.mjs';

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

  test('a chart that gets shorter is shown at its own scale and downloads at its own height', async () => {
    const p = await open({ hash: '#view=chart', acceptDownloads: true });
    const figure = p.page.getByTestId('chart-growth');
    const canvas = figure.getByRole('img');
    await canvas.waitFor();
    const geometry = () => canvas.evaluate((c) => ({ bitmap: c.height, css: c.getBoundingClientRect().height, dpr: devicePixelRatio }));
    const tall = await geometry();
    await p.sector('农业农村').check();
    await p.page.waitForFunction((h) => document.querySelector('canvas').getBoundingClientRect().height < h - 100, tall.css);
    const short = await geometry();
    // The bitmap keeps its size (no reallocation per filter); the element shows its top part.
    assert.equal(short.bitmap, tall.bitmap);
    // What is on screen is that top part pixel for pixel, not the whole bitmap squeezed.
    const shot = (await canvas.screenshot()).toString('base64');
    const mismatch = await canvas.evaluate(screenVsBitmapTop, shot);
    assert.ok(short.dpr !== 1 || mismatch < 0.01, `screen vs bitmap top: ${(mismatch * 100).toFixed(1)}% of pixels differ`);
    // The PNG is the chart as filtered, drawn afresh at the slide size, not the bitmap's stale rest.
    const pngSize = async () => {
      const [file] = await Promise.all([p.page.waitForEvent('download'), figure.getByRole('button', { name: /^下载 PNG 图片：增速/ }).click()]);
      const png = await readFile(await file.path());
      return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
    };
    const shortPng = await pngSize();
    // Back to all sectors: the full chart again, in the same bitmap.
    await p.sector('农业农村').uncheck();
    await p.page.waitForFunction((h) => Math.abs(document.querySelector('canvas').getBoundingClientRect().height - h) < 1, tall.css);
    assert.deepEqual(await geometry(), tall);
    const tallPng = await pngSize();
    assert.equal(shortPng.width, 1920);
    assert.equal(tallPng.width, 1920);
    assert.ok(shortPng.height < tallPng.height - 200, `${shortPng.height} vs ${tallPng.height}`);
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

  test('hovering a bar shows its value; clicking it opens the record', async () => {
    const p = await open({ hash: '#view=chart' });
    const canvas = p.page.getByRole('img').first();
    await canvas.waitFor();
    const box = await canvas.boundingBox();
    const tip = p.page.getByTestId('chart-tooltip').first();
    let y = box.y + 5;
    for (; y < box.y + box.height; y += 6) {
      await p.page.mouse.move(box.x + box.width * 0.6, y);
      if (await tip.isVisible()) break;
    }
    assert.ok(await tip.isVisible(), 'a tooltip appears over some bar');
    assert.match(await tip.innerText(), /%/);
    await p.page.mouse.click(box.x + box.width * 0.6, y);
    await p.record.waitFor();
    await p.page.waitForFunction(() => location.hash.includes('sel='));
    await p.close();
  });

  test('bars are reachable by keyboard: arrows move, Enter selects', async () => {
    const p = await open({ hash: '#view=chart' });
    const canvas = p.page.getByRole('img').first();
    await canvas.focus();
    await p.page.keyboard.press('ArrowDown');
    const live = p.page.getByTestId('chart-live').first();
    await p.page.waitForFunction(() => document.querySelector('[data-testid="chart-live"]').textContent.length > 0);
    assert.match(await live.textContent(), /\+205\.4%/);
    await p.page.keyboard.press('Enter');
    await p.record.waitFor();
    assert.match(await p.record.innerText(), /高新技术产品出口/);
    await p.close();
  });

  test('each chart downloads as PNG and as SVG', async () => {
    const p = await open({ hash: '#view=chart', acceptDownloads: true });
    const figure = p.page.getByTestId('chart-growth');
    await figure.getByRole('img').waitFor();
    const get = async (name) => {
      const [file] = await Promise.all([p.page.waitForEvent('download'), figure.getByRole('button', { name }).click()]);
      return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
    };
    const png = await get(/^下载 PNG 图片：增速/);
    assert.equal(png.name, '牡丹江市2024年政府工作报告-chart-growth.png');
    assert.deepEqual([...png.bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
    const svg = await get(/^下载 SVG 图片：增速/);
    assert.equal(svg.name, '牡丹江市2024年政府工作报告-chart-growth.svg');
    const text = svg.bytes.toString('utf8');
    assert.match(text, /<svg/);
    assert.match(text, /高新技术产品出口/);
    // A picture that explains itself on a slide: the report in the title, the source below.
    assert.match(text, /牡丹江市2024年政府工作报告：增速（%）/);
    assert.match(text, /来源：牡丹江市2024年政府工作报告/);
    assert.deepEqual(p.foreignRequests().filter((u) => !u.startsWith('blob:')), []);
    await p.close();
  });

  test('a PNG for slides: 1920 px wide and light even in dark mode', async () => {
    const p = await open({ hash: '#view=chart&sector=agriculture', acceptDownloads: true, colorScheme: 'dark' });
    const figure = p.page.getByTestId('chart-targets');
    await figure.getByRole('img').waitFor();
    const [file] = await Promise.all([p.page.waitForEvent('download'), figure.getByRole('button', { name: /PNG/ }).click()]);
    assert.equal(file.suggestedFilename(), '牡丹江市2024年政府工作报告-chart-agriculture-targets.png');
    const png = await readFile(await file.path());
    assert.equal(png.readUInt32BE(16), 1920);
    // The corner pixel of the picture, read back through an <img> (allowed by the page's CSP).
    const corner = await p.page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = 4; c.height = 4;
      const ctx = c.getContext('2d');
      ctx.drawImage(img, 0, 0);
      return [...ctx.getImageData(1, 1, 1, 1).data];
    }, png.toString('base64'));
    assert.deepEqual(corner, [255, 255, 255, 255]);
    await p.close();
  });
});
