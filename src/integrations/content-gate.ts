import type { AstroIntegration } from 'astro';
import { defaultOptions, formatIssues, handOverValidContent, validateContent } from '../lib/content';

/**
 * Validates all of content/ before Astro builds anything. On any issue it prints every
 * one of them in Chinese and stops, so no page of a broken content set is written.
 */
export default function contentGate(): AstroIntegration {
  return {
    name: 'portal-content-gate',
    hooks: {
      'astro:config:setup': ({ logger, command }) => {
        const opts = defaultOptions();
        const { issues, content } = validateContent(opts);
        if (issues.length > 0) {
          const message = formatIssues(issues);
          if (command === 'dev') {
            logger.error(message);
            return;
          }
          // Exit rather than throw: the list above is the whole message, a stack trace would bury it.
          console.error(`\n${message}\n\n构建已停止（${issues.length} 处问题），没有生成任何页面。\n`);
          process.exit(1);
        }
        // The pages of this build use what was just validated instead of reading it all again.
        if (command === 'build') handOverValidContent(opts, content);
        logger.info(
          `内容校验通过：${content.notices.length} 份通知、${content.units.length} 个单位、${content.plans.length} 张分配表、${content.subprojects.length} 个征集项目、${content.progress.length} 份进度报告`,
        );
      },
    },
  };
}
