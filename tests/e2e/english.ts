import type { Page } from 'playwright-core';

/**
 * Text shown in Vietnamese while the UI is in English. Data (unit names, indicator names and methods from the
 * framework, what officers typed) stays Vietnamese and is marked `lang="vi"` on the element that shows it, as HTML
 * asks for text in another language than the page; every other visible text with a Vietnamese letter is chrome that
 * was not translated. Returns each such text once, with the test id or tag of its element, for the assertion message.
 */
export async function untranslated(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const vietnamese = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
    const found = new Set<string>();
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const check = (text: string, el: Element) => {
      if (!vietnamese.test(text) || !visible(el)) return;
      if (el.closest('[lang]')?.getAttribute('lang') === 'vi') return;
      const where = el.closest('[data-testid]')?.getAttribute('data-testid') ?? el.tagName.toLowerCase();
      found.add(`${where}: ${text.trim().slice(0, 80)}`);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (el && !['SCRIPT', 'STYLE'].includes(el.tagName)) check(n.textContent ?? '', el);
    }
    // What a control says without text nodes: placeholders, titles, labels for screen readers, button values.
    for (const el of document.querySelectorAll('[placeholder], [title], [aria-label], input[type=button]')) {
      for (const attr of ['placeholder', 'title', 'aria-label', 'value'])
        if (attr !== 'value' || el.getAttribute('type') === 'button') check(el.getAttribute(attr) ?? '', el);
    }
    return [...found];
  });
}
