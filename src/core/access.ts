/**
 * Who may see and change what. Every route that returns or changes an item asks these questions;
 * reading this file is how a reviewer audits privacy.
 *
 * - A private item is its owner's alone: never the partner's, in any view.
 * - A shared item belongs to its space: both members see it; its author changes it.
 * - Someone outside the space sees nothing of it, not even that it exists.
 * - The local services directory belongs to the instance: everyone signed in may search it, and
 *   only its operators change it (routes declared with `access: 'operator'`). Searching it is
 *   nobody's business: no row, no event, no log line records it.
 */

export interface Viewer {
  personId: string;
  /** The viewer's space, or null when they have none. */
  spaceId: string | null;
}

export interface Item {
  /** The person who wrote or owns the item. */
  ownerId: string;
  /** The space a shared item belongs to; null for an item that was never shared. */
  spaceId: string | null;
  isShared: boolean;
}

export function isOwner(viewer: Viewer, item: Item): boolean {
  return item.ownerId === viewer.personId;
}

export function isInSpace(viewer: Viewer, spaceId: string | null): boolean {
  return spaceId !== null && viewer.spaceId === spaceId;
}

export function canSee(viewer: Viewer, item: Item): boolean {
  if (isOwner(viewer, item)) return true;
  return item.isShared && isInSpace(viewer, item.spaceId);
}

/** Only the author edits or deletes what they wrote, shared or not. */
export function canChange(viewer: Viewer, item: Item): boolean {
  return isOwner(viewer, item);
}
