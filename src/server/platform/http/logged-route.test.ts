import { describe, expect, it } from 'vitest';
import { loggedRoute } from './server';

describe('loggedRoute', () => {
  it('logs every built file under one name, so the log never says which screen was opened', () => {
    expect(loggedRoute('/assets/part-CkyhT1Y_.js')).toBe('/assets/*');
    expect(loggedRoute('/assets/main-abc.js')).toBe('/assets/*');
  });
  it('keeps API route patterns and marks a request no route matched', () => {
    expect(loggedRoute('/api/talks/:id')).toBe('/api/talks/:id');
    expect(loggedRoute('/*')).toBe('/*');
    expect(loggedRoute(undefined)).toBe('unmatched');
  });
});
