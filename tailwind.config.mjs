/** @type {import('tailwindcss').Config} */
export default {
  content: ['./src/**/*.{astro,ts,mdx}'],
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
