// Isolation from a host page's inherited CSS: a right-to-left portal with
// its own letter-spacing, case, text fill, shadow, white-space… must leave
// the explorer looking as it does on a plain page, in a Shadow DOM and in
// the light-DOM fallback (a browser without shadow roots).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { SHOTS } from './explorer.mjs';
import { forEachOrigin } from './portal.mjs';

const PROPS = [
  'direction', 'unicodeBidi', 'writingMode', 'letterSpacing', 'wordSpacing', 'textTransform',
  'webkitTextFillColor', 'webkitTextStrokeWidth', 'textShadow', 'whiteSpace', 'fontVariant',
  'fontStyle', 'fontWeight', 'textIndent', 'lineHeight', 'visibility', 'cursor', 'quotes',
  'wordBreak', 'color', 'fontSize', 'fontFamily', 'textAlign',
];

/** The explorer's title, a value with a comparator, and a view tab. */
function parts(page) {
  const explorer = page.locator('#explorer');
  return {
    title: explorer.getByRole('heading', { level: 1 }),
    value: explorer.getByRole('button', { name: /目标 ≥ \d/ }).first(),
    tab: explorer.getByRole('navigation', { name: /视图|Views/ }).getByRole('button', { name: '表格', exact: true }),
  };
}

async function computed(page) {
  const out = {};
  for (const [name, locator] of Object.entries(parts(page))) {
    await locator.waitFor();
    out[name] = await locator.evaluate((el, props) => {
      const s = getComputedStyle(el);
      return Object.fromEntries(props.map((p) => [p, s[p]]));
    }, PROPS);
  }
  return out;
}

/** Left edges of the comparator and of the digit after it, as laid out. */
function comparatorOrder(value) {
  return value.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let text;
    while ((text = walker.nextNode()) && !text.data.includes('≥'));
    const at = text.data.indexOf('≥');
    const box = (i) => { const r = document.createRange(); r.setStart(text, i); r.setEnd(text, i + 1); return r.getBoundingClientRect(); };
    return { text: text.data, sign: box(at).left, digit: box(at + 2).left };
  });
}

forEachOrigin(({ origin, host }) => {
  for (const [name, fallback] of [['rtl.html', false], ['rtl-light.html', true]]) {
    test(`${name}: the portal's inherited typography does not reach the explorer`, async () => {
      const plain = await host('plain.html');
      const expected = await computed(plain.page);
      const rtl = await host(name);
      const seen = await computed(rtl.page);
      assert.equal(seen.value.direction, 'ltr');
      assert.equal(seen.value.webkitTextFillColor, seen.value.color);
      assert.deepEqual(seen, expected);

      const order = await comparatorOrder(parts(rtl.page).value);
      assert.ok(order.sign < order.digit, `"${order.text}" laid out right to left: ${JSON.stringify(order)}`);

      const light = rtl.warnings.filter((w) => /without a Shadow DOM/.test(w));
      assert.equal(light.length, fallback ? 1 : 0, rtl.warnings.join('\n'));
      assert.deepEqual(rtl.errors, []);

      mkdirSync(SHOTS, { recursive: true });
      const stem = name.replace('.html', '');
      await plain.page.locator('#explorer').screenshot({ path: resolve(SHOTS, `embed-plain-${origin}.png`) });
      await rtl.page.locator('#explorer').screenshot({ path: resolve(SHOTS, `embed-${stem}-${origin}.png`) });
      await rtl.page.screenshot({ path: resolve(SHOTS, `embed-${stem}-page-${origin}.png`) });
      await plain.context.close();
      await rtl.context.close();
    });
  }
});
