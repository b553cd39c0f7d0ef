import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPostgres } from '../platform/db/postgres';
import './provided';

/** Migrates a template database once; each test file then gets its own copy of it. */
export default async function setup(project: TestProject) {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const template = `tend_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${template}`);
  await admin.query(`create database ${template}`);
  const database = await openPostgres(withDatabase(adminUrl, template));
  await database.close();
  project.provide('postgresTemplate', { adminUrl, template });
  return async () => {
    await admin.query(`drop database if exists ${template}`).catch(() => {});
    await admin.end();
  };
}

export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}
