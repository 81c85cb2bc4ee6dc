import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileNameProblem, FILE_ID, noticeIdFor, pinyinInitial, pinyinInitials, readDocNumber } from '../../src/lib/content/file-names';
import { PROJECT } from '../content/helpers';

/** Common characters by the initial of their one reading, to hold the collation's boundaries to. */
const KNOWN: Record<string, string> = {
  a: '阿啊爱安按暗昂奥澳',
  b: '八把白百班办半帮包报北被本比必边表别宾冰并病波博不部步',
  c: '擦才菜参残草层产常场厂唱超车陈成城程吃出除处传窗床春词此次从村错',
  d: '打大带代但当党到道得德等低地第点电店定东动读度短对多',
  e: '俄鹅额饿恩儿而耳二',
  f: '发法反饭方房放飞非分份丰风封服福府父负富',
  g: '该改概干感刚港高告哥歌格个给跟更工公功共狗够古故关观管光广规贵国果过',
  h: '哈海害含汉好号喝合何河黑很红后湖花华化话怀欢环黄回活火或',
  j: '机鸡积基及级极集几己计记技济际继家加价架间建将江交角叫教街节结今金进近晋经精井九就局举据决军',
  k: '卡开看康考科可课克客肯空口苦块快宽况矿困',
  l: '拉来蓝劳老类冷离里理力立历连联两量辆列林领另流六龙楼路绿论落鲤洛',
  m: '妈马吗买卖满慢忙毛么没每美门们米面民名明命模母木目闽',
  n: '拿哪那男南难脑呢内能你年念鸟您宁牛农弄女',
  o: '哦欧偶',
  p: '爬怕拍派盘旁跑配朋批皮片票平评破普莆',
  q: '七期其奇起气汽千前钱强桥切亲青轻清情请秋求区取去全泉群',
  r: '然让热人认任日容榕肉如入软',
  s: '三散色森沙山上少社身深什生声师十时实使是市事书数水思四送苏算虽岁所石',
  t: '他她它台太谈汤堂糖特提题体天条铁听亭停通同头图土团推退脱',
  w: '挖外完玩晚万王往网忘为位文问我无五午物务',
  x: '西希息习喜系细下夏先现线乡相想向小校笑些写谢新心信星兴姓修需许学雪',
  y: '压呀牙严言眼演阳样要也业叶夜一衣医已以意因音银引应英影用由有又于与雨语元原员院远愿月越云运',
  z: '杂在再咱早造则怎增展站张章找照这真正证之知直只中种州周主住注专转装准子字自总走足组最作做坐漳泽',
};

describe('pinyin initials from the platform collation (no dictionary)', () => {
  it('gives every character of the 文号 the site holds, and of the county prefixes, its initial', () => {
    // 总工发 → zgf, 闽工 → mg, 泉工 → qg, 晋工 → jg (the existing ids follow this).
    expect([...'总工发闽泉晋'].map((ch) => `${ch}${pinyinInitial(ch)}`).join(' ')).toBe('总z 工g 发f 闽m 泉q 晋j');
    expect(['泉港工', '晋工', '石工', '厦工', '榕工', '漳工'].map(pinyinInitials)).toEqual(['qgg', 'jg', 'sg', 'xg', 'rg', 'zg']);
    // Place names read some characters otherwise than the collation sorts them: 厦门, 长沙, 重庆, 西藏.
    expect([...'厦长重藏'].map(pinyinInitial).join('')).toBe('xccz');
  });

  it('puts each of a few hundred common characters under its initial', () => {
    const wrong = Object.entries(KNOWN).flatMap(([initial, chars]) => [...chars].filter((ch) => pinyinInitial(ch) !== initial).map((ch) => `${ch}: ${pinyinInitial(ch)} ≠ ${initial}`));
    expect(wrong).toEqual([]);
  });

  it('keeps Latin letters (lowercased) and digits, leaves out punctuation', () => {
    expect(pinyinInitials('ACFTU 工会·2')).toBe('acftugh2');
    expect(pinyinInitial('a')).toBeUndefined();
  });

  it('is a module the browser can bundle: it imports nothing', () => {
    expect(readFileSync(join(PROJECT, 'src/lib/content/file-names.ts'), 'utf8')).not.toMatch(/^\s*import\b/m);
  });
});

describe('a notice id from its 文号', () => {
  it('reads the 文号 with any bracket and spaces', () => {
    expect(readDocNumber('泉港工〔2019〕14号')).toEqual({ prefix: '泉港工', year: '2019', number: '14' });
    expect(readDocNumber('泉工 [2019] 027 号')).toEqual({ prefix: '泉工', year: '2019', number: '27' });
    expect(readDocNumber('泉工（2019）第27号')).toEqual({ prefix: '泉工', year: '2019', number: '27' });
    expect(readDocNumber('泉港工2019-14')).toBeUndefined();
  });

  it('builds the id the existing notices have', () => {
    expect(['总工发〔2019〕17号', '闽工〔2019〕64号', '泉工〔2019〕27号', '泉港工〔2019〕14号'].map(noticeIdFor)).toEqual(['zgf-2019-17', 'mg-2019-64', 'qg-2019-27', 'qgg-2019-14']);
  });

  it('says nothing about a good file name, and suggests the 文号\'s for a bad one', () => {
    expect(FILE_ID.test('qgg-2019-14')).toBe(true);
    expect(fileNameProblem('notice', 'qgg-2019-14', '泉港工〔2019〕14号')).toBeUndefined();
    expect(fileNameProblem('notice', 'QGG-2019-13', '泉港工〔2019〕13号')?.expected).toContain('请改名为 qgg-2019-13.mdx');
    expect(fileNameProblem('notice', '泉港工2019-14')?.expected).toContain('文号前缀的拼音首字母-年份-序号');
    expect(fileNameProblem('subproject', 'Micro Video')?.found).toBe('"Micro Video.mdx"');
  });
});
