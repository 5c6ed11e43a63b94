// Reader: every indicator marked in place by sector; clicking one opens its
// record; filters dim what does not match.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachTarget } from './explorer.mjs';

await forEachTarget(({ open }) => {
  test('every indicator is marked in the full text', async () => {
    const p = await open({ hash: '#view=reader' });
    assert.equal(await p.reader.locator('button.rx-number').count(), 209);
    await p.close();
  });

  test('clicking a number opens its record', async () => {
    const p = await open({ hash: '#view=reader&section=2' });
    await p.reader.getByRole('button', { name: /^新建高标准农田：38\.2万亩/ }).click();
    await p.record.waitFor();
    assert.match(await p.record.innerText(), /农业农村/);
    assert.equal(await p.reader.getByRole('button', { name: /^新建高标准农田：38\.2万亩/ }).getAttribute('aria-pressed'), 'true');
    await p.page.waitForFunction(() => location.hash.includes('sel='));
    await p.close();
  });

  test('in English a number is named with English punctuation around its sector', async () => {
    const p = await open({ hash: '#view=reader&section=2&lang=en' });
    const text = p.page.getByRole('article', { name: 'Report text' });
    await text.getByRole('button', { name: /^新建高标准农田: 38\.2万亩 \(Agriculture & rural\)$/ }).waitFor();
    await p.close();
  });

  test('numbers outside the filters are dimmed', async () => {
    const p = await open({ hash: '#view=reader&sector=agriculture&section=2' });
    const gdp = p.reader.getByRole('button', { name: /^新建高标准农田：38\.2万亩/ });
    assert.doesNotMatch(await gdp.getAttribute('class'), /rx-dim/);
    await p.openSection('三是工业经济高速增长');
    const industry = p.reader.locator('button.rx-number').first();
    assert.match(await industry.getAttribute('class'), /rx-dim/);
    await p.close();
  });

  for (const [lang, words] of [['zh', '不在筛选范围内'], ['en', 'outside the filter']]) {
    for (const colorScheme of ['light', 'dark']) {
      test(`${lang}, ${colorScheme}: a dimmed number says so in words, is marked by more than colour and reads at 4.5:1`, async () => {
        const p = await open({ hash: `#view=reader&sector=agriculture&lang=${lang}&sel=s8-1`, colorScheme });
        await p.record.waitFor();
        const text = p.page.getByRole('article', { name: lang === 'zh' ? '报告原文' : 'Report text' });
        const dimmed = text.locator('button.rx-number.rx-dim');
        assert.ok(await dimmed.count() > 0);
        for (const name of await dimmed.evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')))) {
          assert.ok(name.endsWith(words), name);
        }
        const kept = text.locator('button.rx-number:not(.rx-dim)').first();
        assert.ok(!(await kept.getAttribute('aria-label')).includes(words));
        const style = (l) => l.evaluate((b) => getComputedStyle(b).borderBottomStyle);
        assert.equal(await style(dimmed.first()), 'dotted');
        assert.equal(await style(kept), 'solid');
        // Every dimmed number's contrast against the background it sits on.
        const ratios = await dimmed.evaluateAll((bs) => {
          const rgb = (c) => c.match(/[\d.]+/g).map(Number);
          const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
            .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
          const bg = (el) => {
            for (; el; el = el.parentElement) {
              const c = rgb(getComputedStyle(el).backgroundColor);
              if (c.length === 3 || c[3] > 0) return c.slice(0, 3);
            }
            return [255, 255, 255];
          };
          return bs.map((b) => {
            const s = getComputedStyle(b);
            if (Number(s.opacity) < 1) return 0;
            const [l1, l2] = [lum(rgb(s.color)), lum(bg(b))].sort((x, y) => y - x);
            return (l1 + 0.05) / (l2 + 0.05);
          });
        });
        assert.ok(Math.min(...ratios) >= 4.5, `lowest contrast ${Math.min(...ratios).toFixed(2)}`);
        await p.close();
      });
    }
  }

  for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 360, height: 780 }]]) {
    test(`${name}: the open record never covers the sentence it describes`, async () => {
      const p = await open({ hash: '#view=reader&section=2', viewport });
      await p.reader.getByRole('button', { name: /^新增省级现代农业科技示范基地：9个/ }).click();
      await p.record.waitFor();
      await p.page.waitForFunction(() => {
        const record = document.querySelector('.rx-record').getBoundingClientRect();
        const lit = [...document.querySelectorAll('.rx-focus')].flatMap((s) => [...s.getClientRects()]);
        return lit.length > 0 && lit.every((r) => r.top >= 0 && r.bottom <= innerHeight
          && (r.bottom <= record.top || r.top >= record.bottom || r.right <= record.left || r.left >= record.right));
      }, null, { timeout: 10000 });
      await p.close();
    });
  }

  test('scrolled on a desktop, the side panels meet the top of the window, no band above them', async () => {
    const p = await open({ hash: '#view=reader', viewport: { width: 1280, height: 900 } });
    await p.page.mouse.move(900, 500);
    await p.page.mouse.wheel(0, 3000);
    await p.page.waitForFunction(() => scrollY > 1000);
    for (const panel of ['.rx-filters', '.rx-outline']) {
      // What is drawn at the window's top edge, over the panel's column, is the panel.
      const top = await p.page.evaluate((sel) => {
        const r = document.querySelector(sel).getBoundingClientRect();
        return document.elementFromPoint(r.left + r.width / 2, 1)?.closest(sel) !== null && r.bottom >= innerHeight - 1;
      }, panel);
      assert.ok(top, `${panel} reaches both edges of the window`);
    }
    await p.close();
  });
});
