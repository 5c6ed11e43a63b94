// Runs in the page (Playwright's evaluate, or WebDriver's execute as source):
// how much of a canvas's on-screen image, given as a PNG screenshot of the
// element, differs from the top of its bitmap. A chart drawn at the top of
// a taller bitmap and cropped by `object-fit` should match almost pixel for
// pixel; the same bitmap squeezed into the element would not.

/** Share (0–1) of the screenshot's pixels with no near-equal bitmap pixel at the same place. */
export async function screenVsBitmapTop(canvas, pngBase64) {
  const img = new Image();
  img.src = `data:image/png;base64,${pngBase64}`;
  await img.decode();
  const w = Math.min(img.width, canvas.width);
  const h = Math.min(img.height, canvas.height);
  const copy = document.createElement('canvas');
  copy.width = w;
  copy.height = h;
  const ctx = copy.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const a = ctx.getImageData(0, 0, w, h).data;
  const b = canvas.getContext('2d').getImageData(0, 0, w, h).data;
  // The element may sit at a fractional offset, so a pixel may match its
  // neighbour above or below.
  const near = (i, j) => Math.abs(a[i] - b[j]) + Math.abs(a[i + 1] - b[j + 1]) + Math.abs(a[i + 2] - b[j + 2]) <= 48;
  let off = 0;
  for (let y = 1; y < h - 1; y++) {
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 4;
      if (!near(i, i) && !near(i, i - 4 * w) && !near(i, i + 4 * w)) off++;
    }
  }
  return off / (w * h);
}
