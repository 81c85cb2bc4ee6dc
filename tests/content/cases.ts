/**
 * Each bad fixture in tests/content/fixtures/ breaks one rule (or, for several-errors, several at
 * once), laid over a copy of the real content. rules.test.ts pins the exact message a staff member
 * reads and checks it names the file and the field; check-equals-build.test.ts runs each through
 * `npm run check` and a real build. `today` is the build clock (PORTAL_NOW) for the case.
 */
export const CASES: { name: string; today?: string; expect: { file: string; path: string; text: string }[] }[] = [
  {
    // Official text changed without a correction recorded: a phone, a comma, a deleted phrase.
    name: 'official-text-changed',
    expect: [
      { file: 'content/campaigns/2019/notices/qg-2019-27.mdx', path: '', text: '标点与原文不同' },
      { file: 'content/campaigns/2019/notices/qg-2019-27.mdx', path: 'contacts', text: '联系电话：0595-22197569' },
    ],
  },
  {
    name: 'correction-bad',
    expect: [
      { file: 'content/campaigns/2019/corrections.json', path: '', text: '更正登记在所更正的文件里' },
      { file: 'content/campaigns/2019/notices/qg-2019-27.mdx', path: 'corrections[2].corrected', text: '与原文（printed）不同' },
      { file: 'content/campaigns/2019/notices/qg-2019-27.mdx', path: 'corrections[2].on', text: '不早于通知的成文日期' },
      { file: 'content/campaigns/2019/plans/mg-2019-64.json', path: 'corrections[0].on', text: '不晚于今天' },
      { file: 'content/campaigns/2019/plans/mg-2019-64.json', path: 'corrections[0].printed', text: '原文中没有' },
      { file: 'content/campaigns/2019/notices/jj-2019-97.mdx', path: 'corrections[0]', text: 'jj-2019-97 没有原文' },
    ],
  },
  {
    name: 'source-map-bad',
    expect: [
      { file: 'content/campaigns/2019/sources/other.txt', path: '', text: '没有编号为 "other" 的通知' },
      { file: 'content/campaigns/2019/sources/notices.json', path: '[0].lines', text: '312-320' },
      { file: 'content/campaigns/2019/sources/notices.json', path: '[1].lines', text: '已经分给了 qg-2019-27' },
    ],
  },
  { name: 'wrong-field', expect: [{ file: 'content/campaigns/2019/plans/qg-2019-27.json', path: 'rows[5].activites', text: 'activites' }] },
  { name: 'negative-count', expect: [{ file: 'content/campaigns/2019/plans/qg-2019-27.json', path: 'rows[9].propagandists', text: '-10' }] },
  // Fuzhou's row says 12 for 13: the rows add to 99 where the 合计, the target and the national allocation say 100.
  { name: 'total-mismatch', expect: [{ file: 'content/campaigns/2019/plans/mg-2019-64.json', path: 'rows', text: '合计、计划目标和上级分配数（content/campaigns/2019/plans/zgf-2019-17.json 第 68 行）都是 100，请核对各行的数字 各行相加为 99' }] },
  // Fujian allocates 14 to Quanzhou (and 12 to Fuzhou), whose own table says 13 three times: said on Fujian's row.
  { name: 'child-plan-mismatch', expect: [{ file: 'content/campaigns/2019/plans/mg-2019-64.json', path: 'rows[3].activities', text: '13：fujian/quanzhou 自己的分配表' }] },
  { name: 'unknown-unit', expect: [{ file: 'content/campaigns/2019/plans/qg-2019-27.json', path: 'rows[5].unit', text: 'fujian/quanzhou/jinjang' }] },
  { name: 'duplicate-id', expect: [{ file: 'content/units/fujian-quanzhou.json', path: '[13].id', text: '已在' }] },
  {
    name: 'dates-out-of-order',
    expect: [
      { file: 'content/campaigns/2019/timeline/mg-2019-64.json', path: '[0].to', text: '结束日期不早于开始日期' },
      { file: 'content/campaigns/2019/timeline/qg-2019-27.json', path: '[0].to', text: '在活动期间内' },
    ],
  },
  {
    name: 'notice-bad-fields',
    expect: [
      { file: 'content/campaigns/2019/notices/jj-2019-99.mdx', path: 'contacts[0].phones[0]', text: '595-22197569' },
      { file: 'content/campaigns/2019/notices/jj-2019-99.mdx', path: 'contacts[0].phones[1]', text: '1350200574' },
      { file: 'content/campaigns/2019/notices/jj-2019-99.mdx', path: 'contacts[0].emails[0]', text: '电子邮箱地址' },
    ],
  },
  {
    name: 'notice-date-order',
    expect: [
      { file: 'content/campaigns/2019/notices/jj-2019-98.mdx', path: 'printedOn', text: '印发日期不早于成文日期' },
      { file: 'content/campaigns/2019/notices/jj-2019-98.mdx', path: 'issuedOn', text: '不早于所落实的上级通知的成文日期 2019-08-02' },
    ],
  },
  {
    name: 'subproject-bad-url',
    expect: [
      { file: 'content/campaigns/2019/subprojects/zz-themed-copy.mdx', path: 'platforms[0].url', text: 'www.hebzgfw.cn' },
      { file: 'content/campaigns/2019/subprojects/zz-themed-copy.mdx', path: 'platforms[1].kind', text: 'weixin' },
    ],
  },
  {
    name: 'mdx-import',
    expect: [
      { file: 'content/campaigns/2019/subprojects/zz-import.mdx', path: '正文', text: "import fs from 'node:fs'" },
      { file: 'content/campaigns/2019/subprojects/zz-import.mdx', path: '正文', text: 'export const leak' },
    ],
  },
  {
    // Code in braces would run at build time: a flow expression, a text expression, even a comment.
    name: 'mdx-expression',
    expect: [
      { file: 'content/campaigns/2019/subprojects/zz-expression.mdx', path: '正文', text: "{import('node:fs')" },
      { file: 'content/campaigns/2019/subprojects/zz-expression.mdx', path: '正文', text: '{"x" + process.cwd()}' },
      { file: 'content/campaigns/2019/subprojects/zz-expression.mdx', path: '正文', text: '{/* 注释也是程序 */}' },
    ],
  },
  {
    name: 'mdx-unknown-component',
    expect: [
      { file: 'content/campaigns/2019/subprojects/zz-component.mdx', path: '正文', text: '<Foo>，没有这个组件' },
      { file: 'content/campaigns/2019/subprojects/zz-component.mdx', path: '正文', text: '<>…</>' },
      { file: 'content/campaigns/2019/subprojects/zz-component.mdx', path: '正文', text: '<Note.Extra>' },
    ],
  },
  {
    name: 'mdx-expression-attribute',
    expect: [
      { file: 'content/campaigns/2019/subprojects/zz-attribute.mdx', path: '正文', text: 'title={process.cwd()}' },
      { file: 'content/campaigns/2019/subprojects/zz-attribute.mdx', path: '正文', text: '{...globalThis}' },
      // Astro's directives are not props: set:html would put raw HTML in the page.
      { file: 'content/campaigns/2019/subprojects/zz-attribute.mdx', path: '正文', text: 'set:html，不能使用这个属性' },
      { file: 'content/campaigns/2019/subprojects/zz-attribute.mdx', path: '正文', text: 'client:load，不能使用这个属性' },
    ],
  },
  {
    name: 'mdx-raw-html',
    expect: ['script', 'style', 'iframe', 'object', 'embed', 'form', 'base', 'meta', 'link'].map((tag) => ({
      file: 'content/campaigns/2019/subprojects/zz-html.mdx',
      path: '正文',
      text: `<${tag}>，正文中不能使用这个标签`,
    })),
  },
  {
    name: 'mdx-handlers',
    expect: ['<img onerror>', '<span onClick>', '<a onMouseOver>', '<Note onload>'].map((text) => ({
      file: 'content/campaigns/2019/subprojects/zz-handlers.mdx',
      path: '正文',
      text,
    })),
  },
  {
    name: 'mdx-javascript-url',
    expect: ['javascript:alert(1)（', 'JaVaScRiPt:alert(1)', 'java script:alert(1)', 'data:image/svg+xml', 'vbscript:msgbox(1)', '//evil.example/'].map((text) => ({
      file: 'content/campaigns/2019/subprojects/zz-url.mdx',
      path: '正文',
      text,
    })),
  },
  { name: 'mdx-syntax', expect: [{ file: 'content/campaigns/2019/subprojects/zz-syntax.mdx', path: '正文', text: '这里有个 <div 没写完' }] },
  { name: 'mdx-unclosed-brace', expect: [{ file: 'content/campaigns/2019/subprojects/zz-brace.mdx', path: '正文', text: '花括号 { } 成对' }] },
  {
    name: 'mdx-notice-link',
    expect: [
      { file: 'content/campaigns/2019/subprojects/zz-link.mdx', path: '正文', text: '/notices/zgf-2019-17/#九十九，通知中没有这个段落' },
      { file: 'content/campaigns/2019/subprojects/zz-link.mdx', path: '正文', text: '/notices/zgf-2019-99/#一，没有这个通知' },
    ],
  },
  {
    // A missing comma in the national units file: its own error, and one line for the 62 references
    // to units it holds, instead of 62 "没有这个单位编号".
    name: 'units-json-syntax',
    expect: [
      { file: 'content/units/national.json', path: '', text: '两项之间用半角逗号 , 隔开' },
      { file: 'content/units/national.json', path: '', text: '另有 62 处引用的单位编号暂时无法核对' },
    ],
  },
  {
    name: 'yaml-number-base',
    expect: [
      { file: 'content/campaigns/2019/subprojects/zz-numbers.mdx', path: 'order', text: '"0o11"' },
      { file: 'content/campaigns/2019/subprojects/zz-numbers.mdx', path: 'rules.maxDurationSeconds', text: '"0x1F"' },
      { file: 'content/campaigns/2019/subprojects/zz-numbers.mdx', path: 'rules.maxSizeMB', text: '"1e3"' },
    ],
  },
  {
    name: 'duplicate-entries',
    expect: [
      { file: 'content/campaigns/2019/plans/qg-2019-27.json', path: 'rows[5].unit', text: '每个单位在表中只占一行' },
      { file: 'content/campaigns/2019/notices/qg-2019-27.mdx', path: 'contacts[1]', text: '每组联系人只写一次' },
      { file: 'content/campaigns/2019/notices/qg-2019-27.mdx', path: 'contacts[0].phones[1]', text: '"0595-22197569"，重复' },
    ],
  },
  {
    // 3,000 levels of brackets, in a JSON file and in YAML front matter: a plain message, no stack overflow.
    name: 'deep-nesting',
    expect: [
      { file: 'content/campaigns/2019/plans/qg-2019-27.json', path: '', text: '嵌套超过 100 层' },
      { file: 'content/campaigns/2019/notices/qg-2019-27.mdx', path: '', text: '嵌套超过 100 层' },
    ],
  },
  { name: 'json-syntax', expect: [{ file: 'content/campaigns/2019/plans/qg-2019-27.json', path: '', text: '这一行末尾少了一个逗号' }] },
  { name: 'yaml-syntax', expect: [{ file: 'content/campaigns/2019/notices/jj-2019-97.mdx', path: '', text: 'YAML' }] },
  {
    name: 'several-errors',
    expect: [
      { file: 'content/campaigns/2019/plans/qg-2019-27.json', path: 'rows[0].activities', text: '"一"' },
      { file: 'content/campaigns/2019/plans/qg-2019-27.json', path: 'rows[1].activities', text: '1.5' },
      { file: 'content/campaigns/2019/timeline/mg-2019-64.json', path: '[0].to', text: '结束日期不早于开始日期' },
    ],
  },
  {
    // Results as published: a file named for no call, dates out of order, a mistyped unit id, a
    // level the site does not know, lists that repeat, nothing in a file; the campaign's showcase
    // names a paragraph and words its notice does not have.
    name: 'results-bad',
    expect: [
      { file: 'content/campaigns/2019/results/micro-vedio.json', path: '', text: '是不是 micro-video.json' },
      { file: 'content/campaigns/2019/results/photography.json', path: '', text: '至少写一项' },
      { file: 'content/campaigns/2019/results/songs.json', path: 'awards.groups[0].level', text: 'first（一等奖）' },
      { file: 'content/campaigns/2019/results/micro-video.json', path: 'vote.to', text: '结束日期不早于开始日期 2019-10-08' },
      { file: 'content/campaigns/2019/results/micro-video.json', path: 'vote.from', text: '不早于入围名单的公布日期 2019-10-10' },
      { file: 'content/campaigns/2019/results/micro-video.json', path: 'awards.publishedOn', text: '不早于投票的最后一天' },
      { file: 'content/campaigns/2019/results/recitation.json', path: 'shortlist.publishedOn', text: '不早于活动开始日期 2019-05-01' },
      { file: 'content/campaigns/2019/results/micro-video.json', path: 'shortlist.works[1].unitId', text: '是不是 "fujian/quanzhou/jinjiang"' },
      { file: 'content/campaigns/2019/results/micro-video.json', path: 'shortlist.works[2].title', text: '与 shortlist.works[0] 相同' },
      { file: 'content/campaigns/2019/results/micro-video.json', path: 'awards.groups[1].works[0].title', text: '每件作品只得一个奖项' },
      { file: 'content/campaigns/2019/results/micro-video.json', path: 'awards.groups[2].level', text: '每个奖项只写一组' },
      { file: 'content/campaigns/2019/results/micro-video.json', path: 'awards.organisations[1].unit', text: '"晋江市"，重复' },
      { file: 'content/campaigns/2019/record.json', path: 'figures[0].value', text: '"9000余"' },
      { file: 'content/campaigns/2019/record.json', path: 'figures[1].approx', text: 'over（9000余件）' },
      { file: 'content/campaigns/2019/campaign.json', path: 'showcase.anchor', text: '"九"，通知中没有这个段落' },
      { file: 'content/campaigns/2019/campaign.json', path: 'showcase.platforms[1]', text: '"人民网"，通知中没有这几个字' },
    ],
  },
  {
    name: 'progress-bad',
    expect: [
      { file: 'content/campaigns/2019/progress/fujian/quanzhou/jinjang/2019-09-01.json', path: 'unit', text: 'fujian/quanzhou/jinjang' },
      { file: 'content/campaigns/2019/progress/fujian/quanzhou/2019-09-01.json', path: 'activities', text: '-1' },
      { file: 'content/campaigns/2019/progress/fujian/quanzhou/jinjiang/2019-09-15.json', path: 'asOf', text: '同一单位同一日期只有一份' },
      { file: 'content/campaigns/2019/progress/fujian/2019-12-20.json', path: 'asOf', text: '在活动期间内' },
    ],
  },
  {
    // Jinjiang's 8 activities exceed Quanzhou's total of 5 for the same day; Jinjiang's and
    // Licheng's 30 propagandists each fit in Quanzhou's 50, but together they do not.
    // Shishi reported the next day and is not compared.
    name: 'progress-exceeds-parent',
    expect: [
      { file: 'content/campaigns/2019/progress/fujian/quanzhou/jinjiang/2019-09-20.json', path: 'activities', text: '总数 5' },
      { file: 'content/campaigns/2019/progress/fujian/quanzhou/2019-09-20.json', path: 'propagandists', text: '之和 60' },
    ],
  },
  {
    name: 'misplaced-files',
    expect: [
      { file: 'content/subprojects/2020/micro-video.mdx', path: '', text: 'campaigns/<年份>/' },
      { file: 'content/campaigns/2019/notes.txt', path: '', text: 'campaign.json、repairs.json' },
      { file: 'content/campaigns/2019/subprojects/2020/photography.mdx', path: '', text: '征集项目 <项目编号>.mdx' },
    ],
  },
  { name: 'campaign-mismatch', expect: [{ file: 'content/campaigns/2019/plans/qg-2019-27.json', path: 'campaign', text: '与所在文件夹的年份一致：2019' }] },
  {
    name: 'cross-year',
    expect: [
      { file: 'content/campaigns/2020/notices/mg-2019-64.mdx', path: '', text: '各年之间不重复' },
      { file: 'content/campaigns/2020/notices/mg-2019-64.mdx', path: 'implements', text: '是 2019 年的通知编号' },
      { file: 'content/campaigns/2020/notices/zgf-2020-9.mdx', path: 'attachments[0].plan', text: '是 2019 年的分配表编号' },
      { file: 'content/campaigns/2021/progress/fujian/2021-06-01.json', path: '', text: 'content/campaigns/2021/campaign.json' },
    ],
  },
  { name: 'timeline-anchor', expect: [{ file: 'content/campaigns/2019/timeline/qg-2019-27.json', path: '[0].anchor', text: '通知中没有这个段落' }] },
  {
    // Counts typed as text, as a spreadsheet or an input method gives them: the file is refused,
    // and the message names the number to write (read as the form and new:report read it).
    name: 'progress-count-text',
    expect: [
      { file: 'content/campaigns/2019/progress/fujian/quanzhou/jinjiang/2019-09-01.json', path: 'activities', text: '数字 13（不加引号，用半角数字） "１３"' },
      { file: 'content/campaigns/2019/progress/fujian/quanzhou/jinjiang/2019-09-01.json', path: 'propagandists', text: '数字 1300（不加引号，不用千位分隔符） "1,300"' },
    ],
  },
  {
    // 30,001 activities pass ten times the national 3,000; 99999999999999999999 workers pass both
    // ten times the national 500,000 and what a JSON number keeps exactly.
    name: 'progress-too-big',
    expect: [
      { file: 'content/campaigns/2019/progress/fujian/2019-09-01.json', path: 'activities', text: '不大于 30000' },
      { file: 'content/campaigns/2019/progress/fujian/2019-09-01.json', path: 'workersReached', text: '超出能准确记下的范围' },
    ],
  },
  { name: 'progress-no-figure', expect: [{ file: 'content/campaigns/2019/progress/fujian/quanzhou/2019-09-01.json', path: '', text: '一项数字也没有' }] },
  { name: 'progress-stray-file', expect: [{ file: 'content/campaigns/2019/progress/fujian/2019-09-01.json.txt', path: '', text: '进度报告 <单位编号>/<日期>.json' }] },
  { name: 'progress-future', today: '2019-08-15', expect: [{ file: 'content/campaigns/2019/progress/fujian/2019-09-01.json', path: 'asOf', text: '不晚于今天（2019-08-15）' }] },
  {
    // The search vocabulary: a file of the wrong shape (a misspelt field, no words, no test, an
    // address written by hand), and one whose entries break the rules: a meaning no content holds, a
    // test query without the entry's words, a word another file lists, a word that is its own meaning.
    name: 'vocabulary-bad',
    expect: [
      { file: 'content/vocabulary/zz-schema.json', path: '[0].mean', text: '不认识：mean' },
      { file: 'content/vocabulary/zz-schema.json', path: '[1].words', text: '至少一个人们会输入的词' },
      { file: 'content/vocabulary/zz-schema.json', path: '[1].test', text: '必填项' },
      { file: 'content/vocabulary/zz-schema.json', path: '[2].test.first', text: '本站页面的地址' },
      { file: 'content/vocabulary/zz-rules.json', path: '[0].means[0]', text: '"参赛打卡"，内容里没有这个词' },
      { file: 'content/vocabulary/zz-rules.json', path: '[1].test.query', text: '含有本条一个词（录像）' },
      { file: 'content/vocabulary/zz-rules.json', path: '[2].words[0]', text: '已在 content/vocabulary/taking-part.json 第 1 条' },
      { file: 'content/vocabulary/zz-rules.json', path: '[3].words[0]', text: '"征集"，也写在 means 中' },
    ],
  },
  {
    // A dash or a space an input method or a document puts in a phone: the character is named, and the number to write.
    name: 'phone-characters',
    expect: [
      { file: 'content/campaigns/2019/notices/jj-2019-96.mdx', path: 'contacts[0].phones[0]', text: '全角连字符“－”要改成半角的连字符 -，写作 0595-22197569' },
      { file: 'content/campaigns/2019/notices/jj-2019-96.mdx', path: 'contacts[0].phones[1]', text: '破折号“—”要改成半角的连字符 -，写作 0595-22197569' },
      { file: 'content/campaigns/2019/notices/jj-2019-96.mdx', path: 'contacts[0].phones[2]', text: '区号和号码之间用半角连字符 -，不用空格，写作 0595-22197569' },
      { file: 'content/campaigns/2019/notices/jj-2019-96.mdx', path: 'contacts[0].phones[3]', text: '号码中间不留空格，写作 0595-22197569' },
    ],
  },
  {
    // -0 is a number JSON keeps, and a page would print "-0": in a plan's target and in a report's count.
    name: 'negative-zero',
    expect: [
      { file: 'content/campaigns/2019/plans/qg-2019-27.json', path: 'targets.netizensCovered', text: '写 0（不写 -0）' },
      { file: 'content/campaigns/2019/progress/fujian/quanzhou/2019-09-01.json', path: 'propagandists', text: '写 0（不写 -0）' },
    ],
  },
  {
    // A notice's file name is its id and address: a name with capitals or Chinese is refused, and the
    // name its 文号 gives is suggested (泉港工〔2019〕14号 → qgg-2019-14.mdx); a call's name too, without a suggestion.
    name: 'notice-file-names',
    expect: [
      { file: 'content/campaigns/2019/notices/QGG-2019-13.mdx', path: '', text: '请改名为 qgg-2019-13.mdx' },
      { file: 'content/campaigns/2019/notices/泉港工2019-14.mdx', path: '', text: '请改名为 qgg-2019-14.mdx' },
      { file: 'content/campaigns/2019/subprojects/Songs_2.mdx', path: '', text: '征集项目的文件名' },
    ],
  },
  {
    // A unit's name where its id belongs, a 文号 where a notice's id belongs (any brackets, spaces):
    // the schema's words, and the id meant.
    name: 'id-as-name',
    expect: [
      { file: 'content/campaigns/2019/notices/qgg-2019-27.mdx', path: 'unit', text: '（是不是 "fujian/quanzhou/quangang"？） "泉港区总工会"' },
      { file: 'content/campaigns/2019/notices/qgg-2019-27.mdx', path: 'implements', text: '（是不是 "qg-2019-27"？） "泉工〔2019〕27号"' },
      { file: 'content/campaigns/2019/notices/qgg-2019-27.mdx', path: 'attachments[0].plan', text: '（是不是 "qg-2019-27"？）' },
      { file: 'content/campaigns/2019/progress/fujian/quanzhou/2019-09-01.json', path: 'unit', text: '（是不是 "fujian/quanzhou"？）' },
      { file: 'content/campaigns/2019/timeline/zz-names.json', path: '[0].unit', text: '（是不是 "fujian/quanzhou"？）' },
      { file: 'content/campaigns/2019/timeline/zz-names.json', path: '[0].notice', text: '（是不是 "mg-2019-64"？）' },
      { file: 'content/units/zz-towns.json', path: '[0].parent', text: '（是不是 "fujian/quanzhou/quangang"？）' },
    ],
  },
  {
    // The usual YAML mistakes, each named on its own line in the file (front matter starts on line 2):
    // a half-width quote inside a quoted value, a full-width colon after a field name, a tab to indent.
    name: 'yaml-causes',
    expect: [
      { file: 'content/campaigns/2019/notices/jj-2019-95.mdx', path: '', text: '引号用中文引号“”，或写作 \\"' },
      { file: 'content/campaigns/2019/notices/jj-2019-95.mdx', path: '', text: '写作 shortTitle: 晋江市总工会通知' },
      { file: 'content/campaigns/2019/notices/jj-2019-95.mdx', path: '', text: 'Tab 键缩进' },
    ],
  },
  {
    // JSON: a comma too many (said on the comma's line, not the next), full-width punctuation in the syntax.
    name: 'json-causes',
    expect: [
      { file: 'content/campaigns/2019/timeline/qg-2019-27.json', path: '', text: '这一行末尾多了一个逗号' },
      { file: 'content/campaigns/2019/repairs.json', path: '', text: '这里的 ， 是全角逗号，请改成半角逗号 ,' },
      { file: 'content/campaigns/2019/plans/zgf-2019-17.json', path: '', text: '这里的 ： 是全角冒号，请改成半角冒号 :' },
    ],
  },
  {
    // One number of a column out, the others agreeing: said on that number's line, with what the others say.
    // Quanzhou's target 12 (rows, 合计 and Fujian's row say 13); its 合计 131 (the rest say 130); a district's
    // rows add to 2 where its 合计, target and Quanzhou's row say 1.
    name: 'allocation-odd-one-out',
    expect: [
      { file: 'content/campaigns/2019/plans/qg-2019-27.json', path: 'targets.activities', text: '13：各行相加、合计和上级分配数（content/campaigns/2019/plans/mg-2019-64.json 第 38 行）都是 13，请把计划目标改为 13 12' },
      { file: 'content/campaigns/2019/plans/qg-2019-27.json', path: 'total.propagandists', text: '130：各行相加、计划目标和上级分配数' },
      { file: 'content/campaigns/2019/plans/qgg-2019-27.json', path: 'rows', text: '各行“线下活动数量”相加为 1：合计、计划目标和上级分配数（content/campaigns/2019/plans/qg-2019-27.json 第 38 行）都是 1，请核对各行的数字 各行相加为 2' },
    ],
  },
  {
    // Two against two (rows and 合计 say 2, target and allocation 1): said plainly, without a guess.
    name: 'allocation-two-pairs',
    expect: [{ file: 'content/campaigns/2019/plans/qgg-2019-27.json', path: 'total.activities', text: '各行相加和合计都是 2，计划目标和上级分配数（content/campaigns/2019/plans/qg-2019-27.json 第 38 行）都是 1：两组数不一致' }],
  },
  {
    // Fujian's row for Quanzhou says 31 where Quanzhou's own table says 13 three times, and 13 makes Fujian's
    // rows add to its 100: one message, on that row (not one on Fujian's rows and another on Quanzhou's target).
    name: 'allocation-row-typo',
    expect: [{ file: 'content/campaigns/2019/plans/mg-2019-64.json', path: 'rows[3].activities', text: '改为这个数后，本表各行相加正好是合计、计划目标和上级分配数' }],
  },
];
