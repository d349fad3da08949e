import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { hashPassword } from '../auth/auth'
import { ensureDemoClassification } from '../../domain/classification/importer'
import { openPglite, openPostgres, runMigrations } from '../db/database'
import { dropDatabase, onServer, waitForNoSessions } from './admin'
import { databaseUrl, TEST_PASSWORD, type TestDatabaseSource } from './source'

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: TestDatabaseSource
    /** argon2id is deliberately slow, and each test file runs in a process of its own. */
    testPasswordHash: string
  }
}

/**
 * Migrates once per test run, so that each test file only copies a migrated database:
 * PGlite — a dump of a migrated in-memory data folder, written to a temp file (workers load it);
 * PostgreSQL — a template database, cloned per file with CREATE DATABASE … TEMPLATE.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  project.provide('testPasswordHash', await hashPassword(TEST_PASSWORD))
  const kind = project.config.env?.TEST_DATABASE ?? project.name
  if (kind === 'postgres') return setupPostgres(project)
  return setupPglite(project)
}

async function setupPglite(project: TestProject): Promise<() => Promise<void>> {
  const database = await openPglite(undefined)
  try {
    await runMigrations(database)
    // Every test database holds the demo classification, as the demo does (docs/classification.md).
    await ensureDemoClassification(database.db)
    // Uncompressed: loading skips the gunzip, which is most of the cost per file.
    const dump = await database.pglite!.dumpDataDir('none')
    const snapshot = path.join(
      os.tmpdir(),
      `saumaton-test-${process.pid}-${randomBytes(4).toString('hex')}.tar`,
    )
    fs.writeFileSync(snapshot, Buffer.from(await dump.arrayBuffer()))
    project.provide('testDatabase', { kind: 'pglite', snapshot })
    return () => {
      fs.rmSync(snapshot, { force: true })
      return Promise.resolve()
    }
  } finally {
    await database.close()
  }
}

async function setupPostgres(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.DATABASE_URL
  if (!serverUrl) throw new Error('The postgres test project needs DATABASE_URL.')
  const template = `saumaton_tpl_${process.pid}_${randomBytes(3).toString('hex')}`
  const dropTemplate = async () => {
    // A template database cannot be dropped until it is an ordinary one again.
    await onServer(serverUrl, (c) => c.query(`alter database ${template} with is_template false`))
    await dropDatabase(serverUrl, template)
  }
  await onServer(serverUrl, (c) => c.query(`create database ${template}`))
  try {
    const database = await openPostgres(databaseUrl(serverUrl, template), 2)
    try {
      await runMigrations(database)
      await ensureDemoClassification(database.db)
    } finally {
      await database.close()
    }
    await onServer(serverUrl, async (c) => {
      // A template with a session cannot be cloned; none may connect from now on.
      await waitForNoSessions(c, template)
      await c.query(`alter database ${template} with is_template true allow_connections false`)
    })
  } catch (e) {
    await dropTemplate()
    throw e
  }
  project.provide('testDatabase', { kind: 'postgres', serverUrl, template })
  return dropTemplate
}
