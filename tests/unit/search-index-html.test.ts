import { describe, expect, it } from 'vitest';
import { searchableHtml, tablesAsSentences } from '../../src/lib/search/index-html';
import { joinHan } from '../../src/lib/search/text';

/** What a reader of an excerpt would see: tags gone, the spaces put between characters removed. */
const read = (html: string) => joinHan(searchableHtml(html).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim());

const PLAN = `<table class="data-table"><caption id="c">泉工〔2019〕27号 附件1：分配表</caption>
<thead><tr><th scope="col">序号</th><th scope="col">单位</th><th scope="col">线下活动数量 (场)</th><th scope="col">好网民宣传员 (人)</th></tr></thead>
<tbody>
<tr><td class="num">4</td><th scope="row"><a href="/units/fujian/quanzhou/quangang/">泉港区总工会</a> </th><td>1</td><td>10</td></tr>
<tr><td class="num">10</td><th scope="row"><a href="#">永春市总工会</a> <span class="site-note">（即永春县总工会）</span></th><td>1</td><td>10</td></tr>
</tbody>
<tfoot><tr><td></td><th scope="row">合计</th><td>13</td><td>130</td></tr></tfoot></table>`;

describe('tables as sentences', () => {
  it('writes each row as a sentence, the row number left out', () => {
    expect(tablesAsSentences(PLAN)).toBe(
      '<div><p>泉工〔2019〕27号 附件1：分配表</p>' +
        '<p>泉港区总工会：线下活动数量 1 场，好网民宣传员 10 人。</p>' +
        '<p>永春市总工会 （即永春县总工会）：线下活动数量 1 场，好网民宣传员 10 人。</p>' +
        '<p>合计：线下活动数量 13 场，好网民宣传员 130 人。</p></div>',
    );
  });

  it('introduces words, leaves out empty cells, and reads full-width units', () => {
    const t = `<table><thead><tr><th>单位</th><th>目标（场）</th><th>已上报（场）</th><th>完成比例</th><th>下达文件</th></tr></thead>
      <tbody><tr><th scope="row">鲤城区总工会</th><td>1</td><td> 尚未上报 </td><td>—</td><td><a href="#">泉工〔2019〕27号</a><span data-pagefind-ignore> ↗</span></td></tr></tbody></table>`;
    expect(tablesAsSentences(t)).toBe('<div><p>鲤城区总工会：目标 1 场，已上报：尚未上报，下达文件：泉工〔2019〕27号。</p></div>');
  });

  it('an excerpt of the indexed page reads as sentences, never as numbers glued from cells', () => {
    const text = read(`<main data-pagefind-body>${PLAN}</main>`);
    expect(text).toContain('泉港区总工会：线下活动数量 1 场，好网民宣传员 10 人。');
    expect(text).not.toMatch(/\d\s+\d/);
  });
});

describe('searchableHtml', () => {
  it('spaces Chinese characters and normalises width in text only, never in tags, attributes, scripts or comments', () => {
    const html = '<a href="/泉港/" title="泉港区">泉港区ＭＰ４</a><script>var 泉港=1</script><!-- 泉港 -->';
    expect(searchableHtml(html)).toBe('<a href="/泉港/" title="泉港区">泉 港 区 MP4</a><script>var 泉港=1</script><!-- 泉港 -->');
  });

  it('ends a term, a definition, a list item and a paragraph with punctuation when they end without it', () => {
    const dl = '<dl><dt>通知中的名称</dt><dd>泉港区总工会</dd><dt>类别</dt><dd>市辖区</dd></dl><p>下一段</p>';
    expect(read(dl)).toBe('通知中的名称：泉港区总工会；类别：市辖区。下一段');
    const tree = '<ul><li><a>福建省</a><ul><li><a>福州市总工会</a></li><li>泉州市总工会</li></ul></li><li>江西省</li></ul>';
    expect(read(tree)).toBe('福建省：福州市总工会；泉州市总工会。江西省');
    const timeline = '<li><p><time>截止：2019年10月8日前</time> <span>已截止</span></p><p>各设区市报送。</p></li>';
    expect(read(timeline)).toBe('截止：2019 年 10 月 8 日前，已截止。各设区市报送。');
  });

  it('adds nothing after punctuation, at the start or at the end of the page', () => {
    expect(read('<p>已经有句号。</p><p>最后一段</p>')).toBe('已经有句号。最后一段');
    expect(read('<ul><li>一项</li></ul>')).toBe('一项');
  });
});
