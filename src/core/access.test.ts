import { describe, expect, it } from 'vitest';
import { canChange, canSee, type Item, type Viewer } from './access';

const alex: Viewer = { personId: 'alex', spaceId: 'home' };
const sam: Viewer = { personId: 'sam', spaceId: 'home' };
const stranger: Viewer = { personId: 'kim', spaceId: 'elsewhere' };
const loner: Viewer = { personId: 'lee', spaceId: null };

const privateNote: Item = { ownerId: 'alex', spaceId: 'home', isShared: false };
const sharedNote: Item = { ownerId: 'alex', spaceId: 'home', isShared: true };

describe('access rules', () => {
  it('keeps a private item from the partner', () => {
    expect(canSee(alex, privateNote)).toBe(true);
    expect(canSee(sam, privateNote)).toBe(false);
  });

  it('shows a shared item to both partners and nobody else', () => {
    expect(canSee(alex, sharedNote)).toBe(true);
    expect(canSee(sam, sharedNote)).toBe(true);
    expect(canSee(stranger, sharedNote)).toBe(false);
    expect(canSee(loner, sharedNote)).toBe(false);
  });

  it('lets only the author change an item, shared or not', () => {
    expect(canChange(alex, sharedNote)).toBe(true);
    expect(canChange(sam, sharedNote)).toBe(false);
    expect(canChange(stranger, privateNote)).toBe(false);
  });

  it('never matches two people who both have no space', () => {
    const orphan: Item = { ownerId: 'someone', spaceId: null, isShared: true };
    expect(canSee(loner, orphan)).toBe(false);
  });
});
