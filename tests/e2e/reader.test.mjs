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

  test('numbers outside the filters are dimmed', async () => {
    const p = await open({ hash: '#view=reader&sector=agriculture&section=2' });
    const gdp = p.reader.getByRole('button', { name: /^新建高标准农田：38\.2万亩/ });
    assert.doesNotMatch(await gdp.getAttribute('class'), /rx-dim/);
    await p.openSection('三是工业经济高速增长');
    const industry = p.reader.locator('button.rx-number').first();
    assert.match(await industry.getAttribute('class'), /rx-dim/);
    await p.close();
  });
});
