import { describe, expect, it } from 'vitest';
import { defaultOptions, loadValidContent } from '../../src/lib/content';
import { checkUnit, normalise, sourceSegments, sourceUnits } from '../../src/lib/content/official-text';
import { assertBuilt, contentEnvFor, htmlText, PROJECT, readPage } from './site';

/**
 * A gate over every build, the real one too: every sentence and table row of each notice's source
 * (the project's own copy of the extracted text, sources/, with the extraction repairs applied) can
 * be read on that notice's page, and each recorded correction stands beside the words as printed.
 * The content check compares the same source with the notice's files; this asks it of the built
 * pages, so a page that drops what its content holds fails here. What is expected is read from
 * the content the build read, never written here.
 */
assertBuilt();
const content = loadValidContent(defaultOptions(contentEnvFor(), PROJECT));
const { segments } = sourceSegments(content);

/** A page's table rows, each as its cells' text: a printed row is compared whole. */
const rowsOf = (html: string) => new Set([...html.matchAll(/<tr\b[\s\S]*?<\/tr>/g)].map((m) => normalise(htmlText(m[0], true))));

describe('the built site reproduces each notice\'s source', () => {
  it('has notices with a source to compare', () => {
    expect(segments.length).toBeGreaterThan(0);
  });

  for (const seg of segments) {
    it(`every sentence and table row of ${seg.notice} (${seg.file}) is on /notices/${seg.notice}/`, () => {
      const html = readPage(`/notices/${seg.notice}/`);
      const page = normalise(htmlText(html, true));
      const repairs = content.repairs.filter((r) => r.data.campaign === seg.campaign && r.data.notice === seg.notice);
      const { units } = sourceUnits(seg, repairs.map((r) => ({ from: r.data.found, to: r.data.repaired })));
      const view = { all: page, body: '', bodySquashed: '', rows: rowsOf(html) };
      const missing = units.filter((u) => checkUnit(u, view) === 'missing').map((u) => `${seg.file} 第 ${u.line} 行：${u.text}`);
      expect(units.length).toBeGreaterThan(5);
      expect(missing).toEqual([]);
      // No extraction artifact left: the English "and" between Chinese words.
      expect(htmlText(html)).not.toMatch(/[\u4e00-\u9fff]\s*\band\b\s*[\u4e00-\u9fff]/);
      // Each correction: the words as printed, and the correction beside them.
      for (const c of content.corrections.filter((x) => x.data.campaign === seg.campaign && x.data.notice === seg.notice)) {
        const text = htmlText(html).replace(/\s+/g, '');
        expect(text, c.data.printed).toContain(`${c.data.printed}（更正为${c.data.corrected}）`.replace(/\s+/g, ''));
      }
    });
  }

  it('/about/ lists every extraction repair and every correction', () => {
    const about = normalise(htmlText(readPage('/about/')));
    for (const r of content.repairs) expect(about, r.data.repaired).toContain(normalise(r.data.repaired));
    for (const c of content.corrections) {
      expect(about, c.data.printed).toContain(normalise(c.data.printed));
      expect(about, c.data.corrected).toContain(normalise(c.data.corrected));
      expect(about, c.data.reason).toContain(normalise(c.data.reason));
    }
  });
});
