import type { AstroIntegration } from 'astro';
import { timed } from '../lib/timings';
import { contentBodies } from './content-bodies';
import { defaultOptions, formatIssues, formatWarnings, handOverValidContent, loadValidContent, registerContentLoader, validateContent, type ValidateOptions } from '../lib/content';

/** What the gate says about a content folder: the build goes on (with the content) or stops (with the message). */
export type GateResult =
  | { ok: true; content: ReturnType<typeof validateContent>['content']; summary: string; warnings?: string }
  | { ok: false; message: string };

/**
 * The content gate's decision, apart from Astro: the tests run it in-process on every bad fixture
 * and compare it with `npm run check` (tests/content/check-equals-build.test.ts).
 */
export function gateContent(opts: ValidateOptions): GateResult {
  const { issues, warnings, content } = validateContent(opts);
  const warned = warnings.length > 0 ? formatWarnings(warnings) : undefined;
  if (issues.length > 0)
    return { ok: false, message: `\n${formatIssues(issues)}\n${warned ? `\n${warned}\n` : ''}\n构建已停止（${issues.length} 处问题），没有生成任何页面。\n` };
  return {
    ok: true,
    content,
    warnings: warned,
    summary: `内容校验通过：${content.notices.length} 份通知、${content.units.length} 个单位、${content.plans.length} 张分配表、${content.subprojects.length} 个征集项目、${content.progress.length} 份进度报告${content.results.length > 0 ? `、${content.results.length} 个征集项目的评选结果` : ''}`,
  };
}

/**
 * Validates all of content/ before Astro builds anything. On any issue it prints every
 * one of them in Chinese and stops, so no page of a broken content set is written.
 */
export default function contentGate(): AstroIntegration {
  return {
    name: 'portal-content-gate',
    hooks: {
      'astro:config:setup': ({ logger, command, updateConfig }) => {
        // The pages import the validated MDX bodies through this (src/lib/content/bodies.ts).
        updateConfig({ vite: { plugins: [contentBodies()] } });
        const opts = defaultOptions();
        // The pages read content through src/lib/content/handover.ts: what this build validated, or
        // (astro dev, where content changes) validated afresh by this.
        registerContentLoader((o) => loadValidContent(o));
        const gate = timed('content gate', () => gateContent(opts));
        if (!gate.ok) {
          if (command === 'dev') {
            logger.error(gate.message);
            return;
          }
          // Exit rather than throw: the list above is the whole message, a stack trace would bury it.
          console.error(gate.message);
          process.exit(1);
        }
        if (gate.warnings) logger.warn(`\n${gate.warnings}`);
        // The pages of this build use what was just validated instead of reading it all again.
        if (command === 'build') handOverValidContent(opts, gate.content);
        logger.info(gate.summary);
      },
    },
  };
}
