// The reader's outline: the outline renders, a click shows a section's text, the
// page stays local and error-free, and axe finds nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { forEachTarget, SHOTS } from './explorer.mjs';

await forEachTarget(({ target, open }) => {
  test('the outline lists the parts and their sections', async () => {
    const p = await open({ hash: '#view=reader' });
    for (const name of ['全文', '一、2023年工作回顾', '二是农业发展稳中有进', '二、2024年重点工作任务',
      '（一）强化科技创新引领，加速推进产业振兴', '三、加强政府自身建设']) {
      assert.equal(await p.section(name).count(), 1, name);
    }
    assert.equal(await p.outline.getByRole('button').count(), 56);
    await p.close();
  });

  test('the page shows the report title in Chinese', async () => {
    const p = await open();
    assert.equal(await p.page.getByRole('heading', { level: 1 }).textContent(), '牡丹江市2024年政府工作报告');
    await p.close();
  });

  test('clicking a section shows its text and only its text', async () => {
    const p = await open({ hash: '#view=reader' });
    await p.openSection('二是农业发展稳中有进');
    await p.reader.getByText('新建高标准农田38.2万亩', { exact: false }).waitFor();
    assert.equal(await p.reader.getByText('一是经济运行整体好转').count(), 0);
    assert.equal(await p.section('二是农业发展稳中有进').getAttribute('aria-current'), 'true');
    await p.close();
  });

  test('the chosen section is in the URL hash and survives a reload', async () => {
    const p = await open({ hash: '#view=reader' });
    await p.openSection('三、加强政府自身建设');
    await p.page.waitForFunction(() => location.hash.includes('section='));
    await p.page.reload();
    await p.outline.waitFor();
    assert.equal(await p.section('三、加强政府自身建设').getAttribute('aria-current'), 'true');
    await p.page.goBack();
    await p.page.waitForFunction(() => location.hash === '#view=reader');
    assert.equal(await p.section('全文').getAttribute('aria-current'), 'true');
    await p.close();
  });

  test('a malformed hash shows a notice, not a blank page', async () => {
    const p = await open({ hash: '#view=reader&section=999&bogus' });
    await p.page.getByRole('status').getByText('bogus').waitFor();
    assert.equal(await p.section('全文').getAttribute('aria-current'), 'true');
    await p.close();
  });

  test('no console errors and no request leaves the page', async () => {
    const p = await open({ hash: '#view=reader' });
    await p.openSection('（九）践行人民至上理念，着力保障和改善民生');
    await p.reader.getByText('改造老旧给排水管网203公里', { exact: false }).waitFor();
    assert.deepEqual(p.errors, []);
    assert.deepEqual(p.foreignRequests(), []);
    await p.close();
  });

  test('axe finds no accessibility violations', async () => {
    const p = await open({ hash: '#view=reader' });
    assert.deepEqual(await p.axeViolations(), []);
    await p.close();
  });

  test('screenshots at phone and desktop widths', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const slug = target.name.startsWith('served') ? 'served' : 'file';
    for (const [name, viewport] of [['phone', { width: 360, height: 780 }], ['desktop', { width: 1920, height: 1080 }]]) {
      const p = await open({ viewport, hash: '#view=reader&section=2' });
      await p.page.screenshot({ path: resolve(SHOTS, `outline-${slug}-${name}.png`) });
      await p.close();
    }
  });
});
