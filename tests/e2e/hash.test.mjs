// Shareable state: the URL hash holds filters, search, sort, view and the
// selected indicator; back/forward and hand edits work; bad keys get a notice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachTarget } from './explorer.mjs';

await forEachTarget(({ open }) => {
  test('a shared link opens exactly that view', async () => {
    const p = await open({ hash: '#sector=agriculture,industry&period=2023&q=%E4%BC%81%E4%B8%9A&sort=-value&view=table' });
    assert.equal(await p.sector('农业农村').isChecked(), true);
    assert.equal(await p.sector('工业').isChecked(), true);
    assert.equal(await p.search.inputValue(), '企业');
    assert.equal(await p.table.getByRole('columnheader', { name: /数值/ }).getAttribute('aria-sort'), 'descending');
    assert.deepEqual(new Set(await p.column(4)), new Set(['2023年']));
    await p.close();
  });

  test('back and forward step through filter changes', async () => {
    const p = await open({ hash: '#view=table' });
    await p.sector('农业农村').check();
    await p.page.waitForFunction(() => location.hash.includes('sector=agriculture'));
    await p.sector('工业').check();
    await p.page.waitForFunction(() => location.hash.includes('sector=industry,agriculture'));
    await p.page.goBack();
    await p.page.waitForFunction(() => location.hash === '#sector=agriculture&view=table');
    assert.equal(await p.sector('工业').isChecked(), false);
    assert.equal(await p.sector('农业农村').isChecked(), true);
    await p.page.goForward();
    await p.page.waitForFunction(() => location.hash.includes('sector=industry,agriculture'));
    assert.equal(await p.sector('工业').isChecked(), true);
    await p.close();
  });

  test('editing the hash by hand changes the view', async () => {
    const p = await open({ hash: '#view=table' });
    await p.page.evaluate(() => { location.hash = '#view=table&kind=rank'; });
    await p.filters.getByRole('checkbox', { name: /^排名\s*\d+$/ }).and(p.page.locator(':checked')).waitFor();
    assert.deepEqual(new Set(await p.column(7)), new Set(['排名']));
    await p.close();
  });

  test('typing a search does not add a history entry per keystroke', async () => {
    const p = await open({ hash: '#view=table' });
    const before = await p.page.evaluate(() => history.length);
    await p.search.pressSequentially('企业', { delay: 30 });
    await p.page.waitForFunction(() => decodeURIComponent(location.hash).includes('q=企业'));
    const after = await p.page.evaluate(() => history.length);
    assert.ok(after - before <= 1, `${before} → ${after}`);
    await p.close();
  });

  test('a malformed hash keeps what it can and says what it dropped', async () => {
    const p = await open({ hash: '#sector=agriculture,mining&view=nope&zzz=1' });
    const notice = p.page.getByRole('status').filter({ hasText: '已忽略' });
    await notice.waitFor();
    assert.match(await notice.innerText(), /sector=agriculture,mining/);
    assert.match(await notice.innerText(), /view=nope/);
    await p.openView('表格');
    assert.equal(await p.sector('农业农村').isChecked(), true);
    await notice.getByRole('button', { name: '知道了' }).click();
    assert.equal(await notice.count(), 0);
    await p.close();
  });

  test('a crafted 1 MB link opens the explorer with a short notice that does not speak for us', async () => {
    // A fake "official notice" padded to a megabyte, with unknown keys and
    // a wall of search words: read within bounds, never echoed at length.
    const fake = encodeURIComponent('【官方通知】您的账户已被锁定，请立即拨打下方电话号码联系工作人员处理');
    const hash = `#view=table&${fake}=1&q=${'风电%20'.repeat(2000)}&${'x=1&'.repeat(120_000)}pad=${'A'.repeat(600_000)}`;
    assert.ok(hash.length > 1_000_000, `${hash.length}`);
    const p = await open({ hash });
    await p.table.waitFor();
    const notice = p.page.getByRole('status').filter({ hasText: /链接中有无法识别的部分/ });
    await notice.waitFor();
    const text = await notice.innerText();
    assert.ok(text.length < 400, `notice of ${text.length} characters: ${text}`);
    assert.doesNotMatch(text, /联系工作人员/);
    assert.match(text, /4,096/);
    await p.close();
  });
});
