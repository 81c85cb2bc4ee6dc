import plugin from 'tailwindcss/plugin';
import { chartHeight, CHART_ROWS_WITH_CSS_HEIGHT } from './src/lib/charts/config.ts';
import { LETTERHEAD_MAX_CHARS } from './src/lib/print/document.ts';

/**
 * A height rule for each chart size up to CHART_ROWS_WITH_CSS_HEIGHT rows, so that the page keeps a
 * chart's room from the first paint in every browser (the CSP allows no style attributes), and
 * nothing moves when the chart is drawn. Larger charts get their height from the chart script.
 */
const chartHeights = plugin(({ addComponents }) => {
  /** @type {Record<string, { height: string }>} */
  const rules = {};
  for (let rows = 1; rows <= CHART_ROWS_WITH_CSS_HEIGHT; rows++) {
    const h = chartHeight(rows);
    // In rem, so that the room grows with the user's text size as the chart's labels do.
    rules[`.chart-box[data-chart-height="${h}"]`] = { height: `${h / 16}rem` };
  }
  addComponents({ '@media (scripting: enabled)': rules });
});

/**
 * The widest line of a letterhead, in characters, as a custom property (the CSP allows no style
 * attributes): the stylesheet sizes the 发文机关标志 so that this many characters fill its width.
 */
const letterheadWidths = plugin(({ addComponents }) => {
  /** @type {Record<string, Record<string, string>>} */
  const rules = {};
  for (let chars = 1; chars <= LETTERHEAD_MAX_CHARS; chars++) rules[`.letterhead[data-chars="${chars}"]`] = { '--lh-chars': String(chars) };
  addComponents(rules);
});

/** @type {import('tailwindcss').Config} */
export default {
  plugins: [chartHeights, letterheadWidths],
  content: ['./src/{components,layouts,pages}/**/*.{astro,ts}', './src/client/**/*.ts'],
  theme: {
    // System fonts only: no web fonts for Chinese (they would weigh megabytes).
    fontFamily: {
      sans: ['system-ui', '-apple-system', '"PingFang SC"', '"Hiragino Sans GB"', '"Microsoft YaHei"', '"Noto Sans CJK SC"', '"Source Han Sans SC"', 'sans-serif'],
      serif: ['"Songti SC"', 'STSong', 'SimSun', '"Noto Serif CJK SC"', '"Source Han Serif SC"', 'serif'],
      fangsong: ['FangSong', 'STFangsong', '"FangSong_GB2312"', '"Noto Serif CJK SC"', 'serif'],
    },
    extend: {
      colors: {
        // Official red, dark enough for text contrast on white (7.3:1).
        brand: { DEFAULT: '#a4161a', dark: '#7a0f12', light: '#fbeaea' },
      },
    },
  },
};
