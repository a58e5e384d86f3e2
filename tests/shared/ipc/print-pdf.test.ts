import { describe, expect, it } from 'vitest';
import { API_CHANNELS } from '@shared/ipc/contract';
import { REQUEST_VALIDATORS, validatePrintToPdfRequest } from '@shared/ipc/validate';

describe('print:pdf request', () => {
  it('is in the contract with its validator', () => {
    expect(API_CHANNELS.printToPdf).toBe('print:pdf');
    expect(REQUEST_VALIDATORS['print:pdf']).toBe(validatePrintToPdfRequest);
  });

  it('accepts a bare Vietnamese-slug PDF name and builds a fresh object', () => {
    const input = { suggestedName: 'Bien-ban-tham-tra_xa-gia-phong.pdf', extra: 'dropped' };
    const r = validatePrintToPdfRequest(input);
    expect(r).toEqual({ ok: true, value: { suggestedName: 'Bien-ban-tham-tra_xa-gia-phong.pdf' } });
    expect(r.ok && r.value).not.toBe(input);
  });

  it.each([
    ['a folder', { suggestedName: 'a/b.pdf' }],
    ['a Windows folder', { suggestedName: 'C:\\x.pdf' }],
    ['dot-dot', { suggestedName: '..pdf' }],
    ['another extension', { suggestedName: 'bien-ban.xlsx' }],
    ['only the extension', { suggestedName: '.pdf' }],
    ['a reserved Windows name', { suggestedName: 'CON.pdf' }],
    ['a control character', { suggestedName: 'a\u0000.pdf' }],
    ['not a string', { suggestedName: 42 }],
    ['an array', ['a.pdf']],
    ['nothing', undefined],
  ])('refuses %s', (_what, input) => {
    const r = validatePrintToPdfRequest(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.length).toBeGreaterThan(0);
  });
});
