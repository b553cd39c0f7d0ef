import { expect } from 'vitest';
import type { Client } from './client';
import type { TestApp } from './test-app';

/**
 * The shape of the access matrix's rows. Each room declares, beside its routes, what Alex keeps
 * there (its seed) and what every route lets the partner and a member of another space do with
 * it (its rows). `platform/http/access.test.ts` composes the rooms and checks that every
 * registered route has a row.
 */

export type Who = 'stranger' | 'partner';

/** Alex and Sam share a space; Kim has a space of their own; Robin is alone in one. */
export interface People {
  app: TestApp;
  alex: Client;
  sam: Client;
  stranger: Client;
  robin: Client;
  spaceId: string;
}

export type Probe<Seed> = (world: People & Seed, as: Who) => Promise<void>;

export interface Room<Seed extends object = object> {
  /** Makes Alex's things in this room; runs once, in room order, before any probe. */
  seed?: (people: People) => Promise<Seed>;
  /** A sample value for each path parameter the room's routes take, for the anonymous probe. */
  params?: Record<string, string>;
  /** Ids of Alex's private things here: no live event to the partner's screen may name one. */
  privateIds?: (world: People & Seed) => string[];
  /** Each route's rule: public, or what the partner and a stranger may do. */
  rows: Record<string, Probe<Seed> | 'public'>;
}

/** A room whose seed type is hidden, so rooms of every shape fit in one list. */
export type AnyRoom = Room<Record<string, unknown>>;

export const room = <Seed extends object>(declared: Room<Seed>): AnyRoom => declared as unknown as AnyRoom;

export const caller = (world: People, as: Who): Client => (as === 'partner' ? world.sam : world.stranger);

/** The first morning of the test clock, in Alex's Berlin and Sam's New York alike. */
export const FIRST_DAY = '2026-03-02';

/** Fails when a reply carries any of Alex's private words. */
export const keepsAlexWords = (reply: unknown) =>
  expect(JSON.stringify(reply)).not.toContain('Alex’s private');
