/**
 * The preview beside /admin/'s form for a notice and a call, laid out with the site's own classes
 * and styles (registerPreviewStyle loads the site's stylesheet into the preview frame), so staff
 * see the page as it will be. Built with Decap's global `h` (React's createElement).
 */
import type { DecapCms } from './admin';

type Node = unknown;
type H = (tag: string, props: Record<string, unknown> | null, ...children: Node[]) => Node;
interface PreviewProps {
  entry: { getIn(path: string[]): unknown };
  widgetFor(name: string): Node;
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const list = (v: unknown): unknown[] => {
  const js = v && typeof v === 'object' && 'toJS' in v ? (v as { toJS(): unknown }).toJS() : v;
  return Array.isArray(js) ? js : [];
};

function noticePreview(h: H) {
  return ({ entry, widgetFor }: PreviewProps) => {
    const data = (key: string) => entry.getIn(['data', key]);
    const lines = list(entry.getIn(['data', 'letterhead', 'lines'])).map(text);
    const contacts = list(data('contacts')) as { org?: string; names?: string[]; phones?: string[]; faxes?: string[]; emails?: string[] }[];
    return h(
      'main',
      { className: 'container-page py-6' },
      h(
        'article',
        { className: 'document card sm:px-10 sm:py-8' },
        // NoticeLetterhead.astro's markup and classes: the preview adds no class the site's stylesheet lacks.
        h(
          'div',
          { className: 'letterhead text-center' },
          h(
            'p',
            { className: 'letterhead-mark flex items-center justify-center gap-3 font-serif font-bold text-brand' },
            h('span', { className: 'letterhead-names flex flex-col text-xl leading-snug sm:text-2xl' }, ...lines.map((l) => h('span', null, l))),
            text(entry.getIn(['data', 'letterhead', 'suffix'])) ? h('span', { className: 'letterhead-suffix text-2xl sm:text-3xl' }, text(entry.getIn(['data', 'letterhead', 'suffix']))) : null,
          ),
          h('p', { className: 'letterhead-number mt-4 font-fangsong' }, text(data('docNumber'))),
          h('hr', { className: 'letterhead-rule my-3 border-t-2 border-brand' }),
        ),
        h('h1', { id: 'notice-title', className: 'my-6 text-center font-serif text-xl leading-relaxed sm:text-2xl' }, text(data('title'))),
        h('div', { className: 'official-text' }, widgetFor('body')),
        ...contacts.map((c) =>
          h(
            'div',
            { className: 'contact my-2' },
            c.org ? h('p', { className: 'font-semibold' }, c.org) : null,
            h('p', null, `联系人：${(c.names ?? []).join('　')}`),
            (c.phones ?? []).length + (c.faxes ?? []).length > 0
              ? h('p', null, `联系电话：${[...(c.phones ?? []), ...(c.faxes ?? []).map((f) => `${f}（传真）`)].join('　')}`)
              : null,
          ),
        ),
      ),
    );
  };
}

function callPreview(h: H) {
  return ({ entry, widgetFor }: PreviewProps) => {
    const data = (key: string) => entry.getIn(['data', key]);
    const themes = list(data('themes')).map(text);
    return h(
      'main',
      { className: 'container-page py-6' },
      h('h1', { className: 'text-2xl' }, `${text(data('numeral'))}、${text(data('title'))}`),
      h('p', { className: 'mt-2 text-lg' }, text(data('summary'))),
      themes.length ? h('ul', { className: 'mt-2 flex flex-wrap gap-2' }, ...themes.map((t) => h('li', { className: 'rounded bg-stone-100 px-2' }, t))) : null,
      h('section', { className: 'card mt-4' }, h('div', { className: 'official-text' }, widgetFor('body'))),
    );
  };
}

export function registerPreviews(cms: DecapCms, config: Record<string, unknown>): void {
  const h = (window as unknown as { h?: H }).h;
  if (!h) return;
  for (const c of (config.collections ?? []) as { name: string }[]) {
    if (c.name.startsWith('notice-')) cms.registerPreviewTemplate(c.name, noticePreview(h));
    if (c.name.startsWith('subproject-')) cms.registerPreviewTemplate(c.name, callPreview(h));
  }
}
