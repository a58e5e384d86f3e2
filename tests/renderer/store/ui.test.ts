import { beforeEach, describe, expect, it } from 'vitest';
import { createAppStore } from '../../../renderer/store';
import { ROUTES, routesFor } from '../../../renderer/store/slices/ui';
import { memoryStorage } from '../memory-storage';

describe('ui slice', () => {
  beforeEach(() => {
    globalThis.localStorage = memoryStorage();
  });

  it('starts in Vietnamese on the assessments page', () => {
    const store = createAppStore();
    expect(store.getState().language).toBe('vi');
    expect(store.getState().route).toBe('assess');
  });

  it('toggles the language and navigates', () => {
    const store = createAppStore();
    store.getState().toggleLanguage();
    expect(store.getState().language).toBe('en');
    store.getState().toggleLanguage();
    expect(store.getState().language).toBe('vi');
    store.getState().navigate('settings');
    expect(store.getState().route).toBe('settings');
  });

  it('persists the language and the open assessment, but not the route or the filter', () => {
    const first = createAppStore();
    first.getState().setLanguage('en');
    first.getState().openAssessment('a-1');
    first.getState().setFilter({ text: 'nhan thuc' });
    first.getState().navigate('verify');
    const second = createAppStore();
    expect(second.getState().language).toBe('en');
    expect(second.getState().openAssessmentId).toBe('a-1');
    expect(second.getState().route).toBe('assess');
    expect(second.getState().filter.text).toBe('');
  });

  it('keeps the verifier name and the receiving period across restarts', () => {
    const first = createAppStore();
    first.getState().setVerifierName('Nguyễn Văn An');
    first.getState().setReceivingPeriod({ year: 2025, kind: 'mid-year' });
    const second = createAppStore();
    expect(second.getState().verifierName).toBe('Nguyễn Văn An');
    expect(second.getState().receivingPeriod).toEqual({ year: 2025, kind: 'mid-year' });
  });

  it('opening an assessment resets the filter and shows the assessments place', () => {
    const store = createAppStore();
    store.getState().navigate('settings');
    store.getState().setFilter({ onlyUnfilled: true });
    store.getState().openAssessment('a-2');
    expect(store.getState().route).toBe('assess');
    expect(store.getState().filter.onlyUnfilled).toBe(false);
  });

  it('a commune machine has no Thẩm tra or Tổng hợp; the verifier machines have every place', () => {
    expect(routesFor('commune')).toEqual(['assess', 'settings']);
    expect(routesFor('district')).toEqual(ROUTES);
    expect(routesFor('province')).toEqual(ROUTES);
    expect(routesFor(undefined)).toEqual(ROUTES);
  });
});
