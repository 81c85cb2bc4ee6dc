// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
import { z } from 'zod';
import { text } from './common';

/** An address of a page of this site, as a browser shows it after the host: /2019/subprojects/micro-video/. */
export const sitePath = z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, {
  message: '本站页面的地址：以 / 开头和结尾，小写字母、数字和连字符，如 /2019/subprojects/micro-video/',
});

/**
 * One entry of the search vocabulary (content/vocabulary/<name>.json): the words people type for
 * something, and the words the notices use for it. Search looks for the page's own words first and
 * then, in this order, for `means`; the index keeps the official text.
 */
export const vocabularyEntrySchema = z
  .object({
    /** What people type: 上传、参赛、交作品. */
    words: z.array(text).min(1, { message: '至少一个人们会输入的词' }),
    /** The words the notices and pages use for it, most fitting first: 提交作品、征集. */
    means: z.array(text).min(1, { message: '至少一个通知里用的词' }),
    /** Why the words mean the same, for whoever reviews the entry. */
    note: text.optional(),
    /** A query a worker would type with one of the words, and the page it must bring first (checked by tests/e2e/search.test.ts). */
    test: z
      .object({
        query: text,
        first: sitePath,
      })
      .strict(),
  })
  .strict();

export const vocabularyFileSchema = z.array(vocabularyEntrySchema).min(1, { message: '至少一条' });

export type VocabularyEntry = z.infer<typeof vocabularyEntrySchema>;
