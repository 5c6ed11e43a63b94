// The few lines a host pastes to let the explorer's iframe size itself (README).
addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'report-explorer:height' || typeof data.height !== 'number') return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.height = String(Math.ceil(data.height));
  }
});
