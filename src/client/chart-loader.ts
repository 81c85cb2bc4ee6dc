// Draws the progress charts of a page as they come near the screen (see ProgressChart.astro).
// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
// A chart is drawn when it comes near the screen, and chart.js is fetched then, not with the
// page: the table below is the chart until then, and a phone that never scrolls to a chart never
// downloads or parses the library (the national page has one chart per measure, 35 bars each).
const boxes = [...document.querySelectorAll<HTMLElement>('[data-progress-chart]')];
// The stylesheet keeps the room of charts up to 40 rows from the first paint; this sets it for
// every chart, which covers larger ones and browsers that do not know @media (scripting). The
// height grows with the user's text size, as the labels do (BASE_TEXT_PX: 16).
for (const box of boxes) {
  const scale = (parseFloat(getComputedStyle(box).fontSize) || 16) / 16;
  box.style.height = `${(Number(box.dataset.chartHeight) || 160) * scale}px`;
}
let drawer: Promise<typeof import('./progress-chart')> | undefined;
let queue: Promise<void> = Promise.resolve();
// Each chart is drawn in a task of its own, after the library has been evaluated in another,
// so that no single task keeps the phone from answering a tap for long.
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const draw = (box: HTMLElement) => {
  drawer ??= import('./progress-chart');
  queue = queue.then(async () => {
    try {
      const { drawChart } = await drawer!;
      await nextTask();
      drawChart(box);
    } catch {
      // The table and downloads stay; say why there is no picture.
      box.dataset.drawn = '';
      box.classList.add('p-3', 'text-sm');
      box.textContent = '图表没有加载成功，数字见下表。刷新本页可以再试一次。';
    }
  });
};
const observe = () => {
  if (!('IntersectionObserver' in window)) return boxes.forEach(draw);
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        io.unobserve(e.target);
        draw(e.target as HTMLElement);
      }
    },
    { rootMargin: '300px 0px' },
  );
  for (const box of boxes) io.observe(box);
};
// The library is fetched after the page's own text and styles have loaded, not in competition
// with them on a slow connection.
if (document.readyState === 'complete') observe();
else window.addEventListener('load', observe, { once: true });

export {};
