/**
 * Official texts number their items in running text ("1. 5—9 月：…", "2.9月:…") and indent
 * paragraphs; Markdown would turn those into lists and code blocks. This plugin switches the
 * list and indented-code constructs off, so what staff paste is what the site shows.
 */
interface Processor {
  data(): Record<string, unknown>;
}

export default function remarkOfficialText(this: unknown): void {
  const data = (this as Processor).data();
  const list = (data.micromarkExtensions as unknown[] | undefined) ?? [];
  list.push({ disable: { null: ['list', 'codeIndented'] } });
  data.micromarkExtensions = list;
}
