// Chrome tracing for the benchmarks: where the renderer's main thread spends a stretch of time — script, style,
// layout, paint — from the devtools.timeline trace events of the page's renderer main thread.
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8.execute'];

/** What each trace event counts as; events not listed are ignored (their children are counted instead). */
const KIND = {
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  PaintImage: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  UpdateLayerTree: 'paint',
  CompositeLayers: 'paint',
  Commit: 'paint',
  EventDispatch: 'script',
  FunctionCall: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  RunMicrotasks: 'script',
  V8Execute: 'script',
};

/** Starts tracing `page`; `stop()` resolves to the totals per kind (ms), the counts and the p95 of single events. */
export async function startTrace(page) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', { categories: CATEGORIES.join(','), transferMode: 'ReportEvents' });
  return {
    async stop() {
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await done;
      await cdp.detach().catch(() => undefined);
      return { ...breakdown(events), events };
    },
  };
}

/**
 * The page's renderer main thread. A trace holds every renderer of the browser (another page, a spare renderer), so
 * it is the one where the page's `console.timeStamp(label)` ran when a label is given, else the busiest one.
 */
function pageMainThread(events, label) {
  const stamp = label && events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === label);
  if (stamp) return { pid: stamp.pid, tid: stamp.tid };
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const count = (m) => events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X').length;
  return mains.map((m) => ({ m, n: count(m) })).sort((a, b) => b.n - a.n)[0]?.m;
}

/** Sums the top-level events of each kind on the renderer main thread (nested events of one kind count once). */
export function breakdown(events, label) {
  const main = pageMainThread(events, label);
  const onMain = events
    .filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && KIND[e.name])
    .sort((a, b) => a.ts - b.ts);
  const total = { script: 0, style: 0, layout: 0, paint: 0 };
  const singles = { script: [], style: [], layout: [], paint: [] };
  const openUntil = { script: -1, style: -1, layout: -1, paint: -1 };
  for (const e of onMain) {
    const k = KIND[e.name];
    const end = e.ts + (e.dur ?? 0);
    if (e.ts < openUntil[k]) continue; // inside an event of the same kind already counted
    openUntil[k] = end;
    total[k] += (e.dur ?? 0) / 1000;
    singles[k].push((e.dur ?? 0) / 1000);
  }
  return { total, singles };
}

/** The page's main thread in a trace: its complete ('X') events, in time order. */
function mainThreadEvents(events, label) {
  const main = pageMainThread(events, label);
  if (!main) return [];
  return events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
}

/**
 * Per `input` event dispatched on the page's main thread, in order: when it was handled and when the first frame
 * after it was produced, on the page's clock (`performance.now()`). `anchor` is a `console.timeStamp(label)` the page
 * made at page time `at`, which ties the trace's clock to the page's. A frame is the main-thread task that paints
 * (its Paint event); it is produced when that task ends. Unlike a task posted from requestAnimationFrame, this does
 * not move when Chromium holds ordinary tasks back behind the next keystroke's input.
 */
export function inputFrames(events, anchor) {
  const stamp = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === anchor.label);
  if (!stamp) throw new Error(`trace: no console.timeStamp("${anchor.label}") to tie the clocks`);
  const toPage = (ts) => ts / 1000 - (stamp.ts / 1000 - anchor.at);
  const onMain = mainThreadEvents(events, anchor.label);
  const tasks = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
  const paints = onMain.filter((e) => e.name === 'Paint');
  const taskOf = (e) => tasks.find((t) => t.ts <= e.ts && e.ts + e.dur <= t.ts + t.dur);
  const inputs = onMain.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'input');
  return inputs.map((input) => {
    const end = input.ts + input.dur;
    const paint = paints.find((p) => p.ts >= end);
    const frame = paint && taskOf(paint);
    return {
      handled: toPage(end),
      frameStart: frame ? toPage(frame.ts) : NaN,
      frameEnd: frame ? toPage(frame.ts + frame.dur) : NaN,
    };
  });
}
