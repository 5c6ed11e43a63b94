// Screenshots at phone and desktop widths, both languages, light and dark,
// saved to tests/e2e/shots/ for a person to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { forEachTarget, SHOTS } from './explorer.mjs';

const PHONE = { width: 360, height: 780 };
const DESKTOP = { width: 1920, height: 1080 };
const LAPTOP = { width: 1280, height: 900 };

await forEachTarget(({ target, open }) => {
  if (!target.name.startsWith('single')) return;
  test('screenshots of every view', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const shots = [
      ['overview-desktop-zh', '', DESKTOP, 'light'],
      ['table-desktop-zh', '#view=table&sector=agriculture&sel=s8-1', DESKTOP, 'light'],
      ['chart-desktop-en', '#view=chart&lang=en', DESKTOP, 'light'],
      ['reader-desktop-dark', '#view=reader&section=2&sel=s9-6', DESKTOP, 'dark'],
      ['overview-phone-zh', '', PHONE, 'light'],
      ['table-phone-en-dark', '#view=table&lang=en', PHONE, 'dark'],
      ['chart-phone-zh', '#view=chart', PHONE, 'light'],
      ['reader-phone-zh', '#view=reader&section=2', PHONE, 'light'],
      ['table-phone-zh', '#view=table&sector=agriculture', PHONE, 'light'],
      ['reader-phone-en-record', '#view=reader&lang=en&sector=industry&sel=s9-6', PHONE, 'light'],
      ['reader-laptop-zh-record', '#view=reader&sector=industry&sel=s9-6', LAPTOP, 'light'],
      ['reader-laptop-en-dark-record', '#view=reader&lang=en&sector=agriculture&sel=s9-6', LAPTOP, 'dark'],
      ['table-laptop-en', '#view=table&lang=en', LAPTOP, 'light'],
    ];
    for (const [name, hash, viewport, colorScheme] of shots) {
      const p = await open({ hash, viewport, colorScheme });
      await p.settled();
      if (hash.includes('sel=')) {
        // The lit sentence scrolls smoothly to the top of the window.
        await p.record.waitFor();
        await p.page.waitForFunction(() => {
          const lit = document.querySelector('.rx-focus')?.getBoundingClientRect();
          return !lit || (lit.top >= 0 && lit.top < innerHeight / 3);
        });
      }
      await p.page.screenshot({ path: resolve(SHOTS, `${name}.png`) });
      assert.deepEqual(p.errors, []);
      await p.close();
    }
  });
});
