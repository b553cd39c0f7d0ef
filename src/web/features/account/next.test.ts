import { describe, expect, it } from 'vitest';
import { safeNext } from './next';

describe('safeNext', () => {
  it('keeps a path inside the app', () => {
    expect(safeNext('/join/abc')).toBe('/join/abc');
  });
  it('refuses anything that could lead to another site', () => {
    for (const next of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
      '',
      null,
    ]) {
      expect(safeNext(next)).toBeNull();
    }
  });
});
