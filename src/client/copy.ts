// The copy buttons beside WeChat account names (CopyScript.astro).
// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
// Show each copy button (hidden without JavaScript) and copy its text when pressed.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const text = button.dataset.copy ?? '';
    const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
    try {
      await navigator.clipboard.writeText(text);
      if (status) status.textContent = `已复制“${text}”，可以到微信里粘贴搜索。`;
    } catch {
      // No clipboard (an old browser, or a page not served over https): select the name instead.
      const source = button.parentElement?.querySelector('[data-copy-source]');
      const selection = window.getSelection();
      if (source && selection) {
        const range = document.createRange();
        range.selectNodeContents(source);
        selection.removeAllRanges();
        selection.addRange(range);
      }
      if (status) status.textContent = '浏览器没有允许自动复制：名称已经选中，请长按或按 Ctrl+C 复制。';
    }
  });
}

export {};
