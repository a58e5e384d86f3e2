/* global window, document, requestAnimationFrame, MutationObserver, indexedDB */
// In-page probes of the entry benchmark. Each function is passed to Playwright (addInitScript / evaluate), so it
// runs in the page, must be self-contained and may only use browser globals.

/** What the probe writes to the console once the reloaded form has painted (the harness waits on it). */
export const NAV_PAINTED = 'dti-bench:nav-painted';

/**
 * Installed before the app's own script on every navigation. Records into window.__bench:
 * - nav: when the app's shell first renders (`shell`), when start-up (database, shipped frameworks) is over and
 *   the page shows something else than "Đang khởi động…" (`booted`), when the form's inputs are present (all `indicators` rows) and an input takes focus (`ready`), and the
 *   first paint after that (`painted`); if the app shows the list instead of the open form, clicks the
 *   assessment's row at once (`clicked`) so the figure is still "reload → form usable";
 * - keys: per keystroke (while `keysOn`), its start (the keydown's, else the beforeinput's, event timestamp), when
 *   the app's input handlers and React's commit are done (`handled`), the next animation frame (`raf`) and just
 *   after that frame was produced (`painted`: a MessageChannel task posted from requestAnimationFrame runs after
 *   the frame's style, layout and paint; but Chromium runs it only after a next keystroke's input that came
 *   meanwhile, and then after that input's frame, so the keystroke figures take the frame from a Chrome trace and
 *   keep `painted` as a cross-check);
 * - events: Event Timing entries (duration ≥ 16 ms, the API's floor) while `keysOn`;
 * - edit: for one edit at a time (while `edit.on`), the input event's timestamp and when the save indicator first
 *   shows data-state="saved" after having shown "saving".
 */
export function installProbe(indicators) {
  const navPainted = 'dti-bench:nav-painted'; // NAV_PAINTED: this function runs in the page, without its module
  const b = {
    nav: { shell: 0, booted: 0, ready: 0, painted: 0, clicked: false },
    keysOn: false,
    keys: [],
    events: [],
    edit: { on: false, inputAt: 0, sawSaving: false, savedAt: 0 },
  };
  window.__bench = b;
  // The callback's own clock, not rAF's argument (the frame's begin time, which may precede the callback).
  const afterPaint = (cb) =>
    requestAnimationFrame(() => {
      const raf = performance.now();
      const ch = new MessageChannel();
      ch.port1.onmessage = () => cb(raf, performance.now());
      ch.port2.postMessage(0);
    });

  const saveState = () => document.querySelector('[data-testid=save-state]')?.getAttribute('data-state');
  const onMutations = () => {
    if (!b.nav.ready) {
      if (!b.nav.shell && document.querySelector('.shell')) b.nav.shell = performance.now();
      const main = document.querySelector('.shell-main');
      if (!b.nav.booted && main?.firstElementChild && !main.textContent.includes('Đang khởi động'))
        b.nav.booted = performance.now();
      const rows = document.querySelectorAll('article.indicator').length;
      const input = document.querySelector('article.indicator input');
      if (rows >= indicators && input) {
        input.focus({ preventScroll: true });
        if (document.activeElement === input) {
          b.nav.ready = performance.now();
          afterPaint((_raf, t) => {
            b.nav.painted = t;
            // Told to the harness through the console (see navigation() in entry.mjs).
            console.debug(navPainted);
          });
        }
      } else if (!b.nav.clicked) {
        const row = document.querySelector('[data-testid=assessment-table] tbody button');
        if (row) {
          b.nav.clicked = true;
          row.click();
        }
      }
    }
    if (b.edit.on && b.edit.inputAt && !b.edit.savedAt) {
      const s = saveState();
      if (s === 'saving') b.edit.sawSaving = true;
      else if (s === 'saved' && b.edit.sawSaving) b.edit.savedAt = performance.now();
    }
  };
  new MutationObserver(onMutations).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-state'],
  });

  let keyStart = null;
  window.addEventListener('keydown', (e) => b.keysOn && (keyStart = e.timeStamp), true);
  window.addEventListener('beforeinput', (e) => b.keysOn && keyStart === null && (keyStart = e.timeStamp), true);
  window.addEventListener(
    'input',
    (e) => {
      if (b.edit.on) {
        b.edit.inputAt = e.timeStamp;
        b.edit.sawSaving = false;
        b.edit.savedAt = 0;
      }
    },
    true,
  );
  // Bubble phase on window: after React's listener on its root; the microtask runs after React's commit.
  window.addEventListener('input', (e) => {
    if (!b.keysOn) return;
    const sample = { start: keyStart ?? e.timeStamp, handled: 0, raf: 0, painted: 0 };
    keyStart = null;
    b.keys.push(sample);
    queueMicrotask(() => (sample.handled = performance.now()));
    afterPaint((raf, t) => {
      sample.raf = raf;
      sample.painted = t;
    });
  });
  try {
    new PerformanceObserver((list) => {
      if (!b.keysOn) return;
      for (const e of list.getEntries()) b.events.push({ name: e.name, duration: e.duration, id: e.interactionId });
    }).observe({ type: 'event', durationThreshold: 16 });
  } catch {
    // Event Timing not supported: the cross-check is left out.
  }
}

/** Reads one field of an entry straight from IndexedDB (a second connection), to check what "saved" claims. */
export async function readEntryField({ unitCode, code, path }) {
  const open = () =>
    new Promise((ok, fail) => {
      const r = indexedDB.open('dti-desk');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
  window.__benchDb ??= await open();
  const db = window.__benchDb;
  const get = (store, fn) =>
    new Promise((ok, fail) => {
      const r = fn(db.transaction(store, 'readonly').objectStore(store));
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
  const assessments = await get('assessments', (s) => s.getAll());
  const a = assessments.find((x) => x.unitCode === unitCode);
  const set = await get('entrySets', (s) => s.get(a.id));
  const entry = set?.entries[code];
  return path.reduce((v, k) => (v == null ? undefined : v[k]), entry);
}

/** The floor: `n` one-record IndexedDB transactions with the app's durability, each timed until `complete`. */
export async function rawCommitTimes({ n, durability }) {
  const db = await new Promise((ok, fail) => {
    const r = indexedDB.open('bench-baseline', 1);
    r.onupgradeneeded = () => r.result.createObjectStore('kv');
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error);
  });
  const times = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await new Promise((ok, fail) => {
      const tx = db.transaction('kv', 'readwrite', { durability });
      tx.objectStore('kv').put({ i, text: `giá trị ${i}`, at: Date.now() }, `k${i % 10}`);
      tx.oncomplete = ok;
      tx.onerror = () => fail(tx.error);
    });
    times.push(performance.now() - t0);
  }
  db.close();
  return times;
}
