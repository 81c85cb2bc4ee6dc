import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import QRCode from 'qrcode';
import { describe, expect } from 'vitest';
import { it, siteUrl } from './browser';
import { loadContent } from '../../src/lib/content/load';
import { BASE, DIST, htmlText, PROJECT, readPage, serveSite, SITE_CONTENT } from './site';

/** Contacts, timeline, calendar and posters of issue 5, over the built site. */
const SUBPROJECTS = ['micro-video', 'themed-activities', 'photography', 'service-platforms', 'recitation', 'songs', 'micro-lessons'];
const YEAR = join(SITE_CONTENT, 'campaigns/2019');
/** The source with the test site's recorded corrections applied: contacts pages use the corrected numbers. */
const corrections = loadContent({ root: PROJECT, contentDir: SITE_CONTENT }).content.corrections.map((c) => c.data);
const source = corrections.reduce((text, c) => text.split(c.printed).join(c.corrected), readFileSync(join(YEAR, 'sources/notices.txt'), 'utf8'));
/** Workers submit works (作品要求); unions report activities or platforms (报送要求): from each call's front matter. */
const rulesHeading = (id: string) =>
  /^audience:\s*"?unions"?/m.test(readFileSync(join(YEAR, 'subprojects', `${id}.mdx`), 'utf8')) ? '报送要求' : '作品要求';
const timeline = readdirSync(join(YEAR, 'timeline')).flatMap(
  (f) => JSON.parse(readFileSync(join(YEAR, 'timeline', f), 'utf8')) as { id: string; notice: string; anchor?: string }[],
);
const base = BASE;
const site = process.env.PORTAL_SITE ?? 'https://wangju.example.org';

/** A printed number as the page shows it: as printed (a CSS class keeps it on one line, and a copied number still dials). */
const shown = (n: string) => n;
/** tel: form of a printed number, as src/lib/format.ts makes it. */
const tel = (n: string) => (/^1\d{10}$/.test(n) ? `+86-${n}` : `+86-${n.replace(/^0/, '')}`);

function parseCards(text: string): ICAL.Component[] {
  const parsed = ICAL.parse(text) as unknown[];
  return (typeof parsed[0] === 'string' ? [parsed] : parsed).map((j) => new ICAL.Component(j as never));
}

describe('/contacts/', () => {
  const html = readPage('/contacts/');
  const FAX = '0591-87723862';

  it('every phone number in the source is a working tel: link, the fax labelled and not callable', () => {
    const numbers = [...new Set(source.match(/0\d{2,3}-\d{7,8}|1[3-9]\d{9}/g))];
    expect(numbers.length).toBe(21);
    for (const n of numbers) {
      if (n === FAX) {
        expect(html).toContain(`${shown(n)}（传真）`);
        expect(html).not.toContain(`tel:${tel(n)}`);
        continue;
      }
      expect(html, n).toMatch(new RegExp(`<a href="tel:${tel(n).replace(/\+/g, '\\+')}"[^>]*>${shown(n)}</a>`));
    }
  });

  it('every e-mail address in the source is a mailto: link', () => {
    const emails = [...new Set(source.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g))];
    expect(emails).toEqual(['qzsxjb2015@163.com', 'fjghwl@sina.com']);
    for (const e of emails) expect(html, e).toMatch(new RegExp(`<a href="mailto:${e}"[^>]*>${e}</a>`));
  });

  it('names printed unpaired stay unpaired, each with its organisation', () => {
    const text = htmlText(html).replace(/\s+/g, ' ').replace(/\u2011/g, '-');
    expect(text).toContain('中华全国总工会网络工作部 联系人：陈文娟 郭晋 联系电话： 010-68591637 010-68591641');
    expect(text).toContain('中央网信办网络社会工作局 联系人：李毅 盖群 联系电话： 010-55635739 010-55635755');
    expect(text).toContain('没有写明哪个电话对应哪位联系人');
    // 吴昊 twice: the Fujian notice and the service-platform call (with a mobile).
    expect(text.match(/联系人：吴昊/g)).toHaveLength(2);
  });

  it('every group has a .vcf that ical.js parses, with every number of the group', () => {
    const groups = [...html.matchAll(/href="[^"]*contacts\/([a-z0-9-]+)\.vcf"/g)].map((m) => m[1]!);
    // test-2019-1 and test-2019-3: notices made for the print test, with a contact each.
    expect(new Set(groups)).toEqual(new Set(['all', 'zgf-2019-17', 'mg-2019-64', 'qg-2019-27', 'test-2019-1', 'test-2019-3', ...SUBPROJECTS]));
    for (const g of new Set(groups)) {
      const cards = parseCards(readFileSync(join(DIST, `contacts/${g}.vcf`), 'utf8'));
      expect(cards.length, g).toBeGreaterThan(0);
      for (const c of cards) {
        expect(c.getFirstPropertyValue('version')).toBe('3.0');
        expect(String(c.getFirstPropertyValue('fn'))).not.toBe('');
      }
    }
    const all = parseCards(readFileSync(join(DIST, 'contacts/all.vcf'), 'utf8'));
    const tels = all.flatMap((c) => c.getAllProperties('tel').map((p) => String(p.getFirstValue())));
    for (const n of new Set(source.match(/0\d{2,3}-\d{7,8}|1[3-9]\d{9}/g))) expect(tels, n).toContain(tel(n));
    const fax = all.flatMap((c) => c.getAllProperties('tel')).find((p) => p.getFirstValue() === tel(FAX));
    expect(fax?.getParameter('type')).toEqual(['WORK', 'FAX']);
  });
});

describe('sub-project pages', () => {
  it('each shows the notice text, rules, where to submit, contacts and its source', () => {
    for (const id of SUBPROJECTS) {
      const html = readPage(`/subprojects/${id}/`);
      const text = htmlText(html);
      for (const h of ['征集什么（通知原文）', rulesHeading(id), '在哪里提交', '时间安排', '联系人']) expect(text, `${id}: ${h}`).toContain(h);
      expect(html, id).toContain(`notices/zgf-2019-17/#附件2`);
      expect(html, id).toMatch(/href="tel:\+86-/);
    }
  });

  it('WeChat accounts: the printed name with how to search it; no name where none is printed', () => {
    const named = { 'micro-video': '津工E家', 'themed-activities': '冀工之家', 'service-platforms': '八闽工会人', songs: '金融工运' } as Record<string, string>;
    for (const id of SUBPROJECTS) {
      // Read as text (the name sits in an element of its own, which keeps it on one line).
      const text = htmlText(readPage(`/subprojects/${id}/`)).replace(/\s+/g, '');
      if (named[id]) expect(text, id).toContain(`在微信中搜索公众号“${named[id]}”`);
    }
    for (const id of ['photography', 'service-platforms', 'recitation'])
      expect(htmlText(readPage(`/subprojects/${id}/`)), id).toContain('通知原文在这里印有二维码，本站没有收录；通知没有印出这个公众号的名称。');
  });

  it('web addresses are external links, and the page says once they are from 2019', () => {
    for (const id of ['themed-activities', 'photography', 'service-platforms', 'recitation', 'micro-lessons']) {
      const html = readPage(`/subprojects/${id}/`);
      for (const [, rel] of html.matchAll(/<a href="http[^"]*"([^>]*)>/g)) expect(rel, id).toContain('rel="external noopener noreferrer"');
      expect(html.match(/2019 年通知印发时的地址/g), id).toHaveLength(1);
    }
  });

  it('the guide leads to every call with plain links', () => {
    for (const page of ['/subprojects/', '/']) {
      const html = readPage(page);
      expect(html).toContain('哪个征集适合我？');
      for (const id of SUBPROJECTS) expect(html, `${page} → ${id}`).toContain(`href="${base}2019/subprojects/${id}/"`);
    }
  });
});

describe('/timeline/ and the calendar file', () => {
  it('links each entry to its notice paragraph, and the paragraph exists', () => {
    const html = readPage('/timeline/');
    for (const e of timeline) {
      const href = `${base}notices/${e.notice}/${e.anchor ? `#${e.anchor}` : ''}`;
      expect(html, e.id).toContain(`href="${href}"`);
      if (e.anchor) expect(readPage(`/notices/${e.notice}/`), e.id).toContain(`id="${e.anchor}"`);
    }
  });

  it('says the campaign has ended when built after 2019, on every page that tells people how to take part', () => {
    expect(htmlText(readPage('/timeline/'))).toContain('活动已经结束');
    expect(htmlText(readPage('/'))).toContain('活动已经结束');
    // Month precision, as the notices date the end (“11月总结”), not a day they never name.
    expect(htmlText(readPage('/timeline/'))).toContain('活动已于2019年11月结束');
    const ways = ['/', '/subprojects/', '/contacts/', ...SUBPROJECTS.flatMap((id) => [`/subprojects/${id}/`, `/subprojects/${id}/poster/`])];
    for (const p of ways) {
      const html = readPage(p);
      expect(html, p).toContain('data-campaign-ended');
      expect(htmlText(html).replace(/\s/g, ''), p).toContain('本活动已于2019年11月结束，已停止征集。');
    }
    // Each call gives its dates where its rules are, not only on /timeline/.
    for (const id of SUBPROJECTS) expect(htmlText(readPage(`/subprojects/${id}/`)), id).toContain('时间安排');
  });

  it('the .ics parses with ical.js: one all-day event per entry, linked to the site', () => {
    const ics = readFileSync(join(DIST, 'timeline/2019.ics'), 'utf8');
    const cal = new ICAL.Component(ICAL.parse(ics));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(timeline.length);
    for (const e of events) {
      expect(e.startDate.isDate).toBe(true);
      expect(e.endDate.compare(e.startDate)).toBe(1);
    }
    const qz = events.find((e) => e.uid.startsWith('2019-quanzhou-report@'))!;
    expect(qz.startDate.toString()).toBe('2019-09-30');
    expect(String(qz.component.getFirstPropertyValue('url'))).toBe(new URL(`${base}notices/qg-2019-27/`, site).href);
  });
});

describe('a build inside the campaign (PORTAL_NOW=2019-08-15)', () => {
  it('shows the phases under way and 46 days to the next deadline', async () => {
    const built = await serveSite('now');
    const out = built.out;
    try {
      for (const page of ['timeline/index.html', 'index.html']) {
        const text = htmlText(readFileSync(join(out, page), 'utf8')).replace(/\s+/g, ' ');
        expect(text, page).toContain('活动进行中');
        expect(text, page).toContain('正在进行：全国（总工发〔2019〕17号）第一阶段：活动启动推进；省级（闽工〔2019〕64号）围绕主题开展活动');
        expect(text, page).toContain('距下一个截止日期2019年9月30日还有 46 天：市级（泉工〔2019〕27号）各单位将活动开展情况报送市总工会宣教部。');
        expect(text.replace(/\s/g, ''), page).toContain('以上状态以本站生成的日期（2019年8月15日）为准');
      }
      for (const page of ['index.html', 'subprojects/index.html', 'subprojects/micro-video/index.html', 'contacts/index.html'])
        expect(readFileSync(join(out, page), 'utf8'), page).not.toContain('data-campaign-ended');
      const timelineHtml = readFileSync(join(out, 'timeline/index.html'), 'utf8');
      expect(timelineHtml.match(/>进行中</g)).toHaveLength(2);
    } finally {
      await built.dispose();
    }
  }, 180_000);
});

describe('posters', () => {
  it('each prints to exactly one A4 page, with the call, rules, platforms, contacts', async ({ openPage }) => {
    const { page } = await openPage();
    for (const id of SUBPROJECTS) {
      await page.goto(siteUrl(`subprojects/${id}/poster/`));
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const text = pdf.toString('latin1');
      const pages = text.match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
      expect(pages.length, id).toBe(1);
      // A4 is 595 x 842 points.
      const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text);
      expect(Math.round(Number(box?.[1])), id).toBe(595);
      expect(Math.round(Number(box?.[2])), id).toBe(842);
      const posterText = await page.locator('.poster').innerText();
      for (const h of ['征集什么', rulesHeading(id), '在哪里提交', '联系人']) expect(posterText, `${id}: ${h}`).toContain(h);
    }
  });

  it('the QR code is the address of the call\'s page of its year, made at build time as inline SVG', async () => {
    for (const page of SUBPROJECTS.flatMap((id) => [[id, `/subprojects/${id}/poster/`], [id, `/2019/subprojects/${id}/poster/`]])) {
      const [id, poster] = page as [string, string];
      const html = readPage(poster);
      const url = new URL(`${base}2019/subprojects/${id}/`, site).href;
      expect(html, poster).not.toMatch(/<script\b/i);
      const svg = /<svg role="img" aria-label="([^"]*)"[^>]*>([\s\S]*?)<\/svg>/.exec(html);
      expect(svg?.[1], id).toContain(url);
      // The same library with the same settings draws the same modules for that address.
      const expected = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      const path = (s: string) => /<path stroke="#000000" d="([^"]+)"/.exec(s)?.[1];
      expect(path(svg![2]!), id).toBe(path(expected));
      expect(htmlText(html), id).toContain(url);
    }
  });
});
