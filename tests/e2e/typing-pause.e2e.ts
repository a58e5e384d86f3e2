import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type AppSession } from './harness';
import { AssessmentsModel, FormModel } from './page-models/assessment-page';

/** Counts the records the page writes to the entrySets store (every entry save rewrites its assessment's set). */
const COUNT_ENTRY_WRITES = `
  window.__entryWrites = 0;
  for (const op of ['put', 'add']) {
    const original = IDBObjectStore.prototype[op];
    IDBObjectStore.prototype[op] = function (...args) {
      if (this.name === 'entrySets') window.__entryWrites++;
      return original.apply(this, args);
    };
  }
`;

describe('typing is written after a pause, in Chromium', () => {
  let app: AppSession | undefined;
  afterEach(async () => {
    await app?.dispose();
    app = undefined;
  });

  it('a burst of 40 keys is one or two writes, and text typed just before leaving the form is kept', async () => {
    app = await launchApp({ initScript: COUNT_ENTRY_WRITES });
    const { page } = app;
    const list = new AssessmentsModel(page);
    const form = new FormModel(page);
    await list.setupDistrict('377', 'Huyện Gia Viễn');
    await list.pasteCommunes('Mã\tTên\n09244\tXã Gia Phong');
    await expect.poll(() => list.unitList().innerText()).toContain('Xã Gia Phong');
    await list.open('Xã Gia Phong', 2025);
    await form.openMore('1.2');

    const writes = () => page.evaluate(() => (window as unknown as { __entryWrites: number }).__entryWrites);
    const before = await writes();
    const text = 'Năm 2025 có 4 cuộc họp, 3 cuộc do Chủ tịch';
    await form.note('1.2').pressSequentially(text, { delay: 30 });
    await form.waitSaved();
    const burst = (await writes()) - before;
    // One write per key (collapsed only while one is in flight) would be well over ten here.
    expect(burst).toBeGreaterThanOrEqual(1);
    expect(burst).toBeLessThanOrEqual(5);

    // Typed and left at once, before any pause: leaving the form writes it.
    await form.value('1.3').pressSequentially('17', { delay: 10 });
    await form.back();
    await list.open('Xã Gia Phong', 2025);
    await expect.poll(() => form.value('1.3').inputValue()).toBe('17');
    await form.openMore('1.2');
    expect(await form.note('1.2').inputValue()).toBe(text);
  });
});
