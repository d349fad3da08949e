import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort, HttpSession, ServerProcess } from '../testing/server-process'

/**
 * The embedded database's disk fills up: writes get a clear 507 problem and nothing is written,
 * reads go on, writing resumes once there is room, and everything acknowledged survives a kill.
 * The data folder is a small tmpfs of the test's own, filled by a file.
 */
const onPglite = process.env.TEST_DATABASE !== 'postgres'
const cannot = process.getuid?.() === 0 ? null : 'mounting a small file system needs root'
if (onPglite && cannot) {
  if (process.env.CI === 'true') throw new Error(`Failure tests cannot run under CI: ${cannot}`)
  console.warn(`\n!!! SKIPPING the full-disk test: ${cannot}\n`)
}

const minFreeMb = 16

function freeBytes(dir: string): number {
  const s = fs.statfsSync(dir)
  return s.bavail * s.bsize
}

describe.skipIf(!onPglite || cannot !== null)('a full disk under the embedded database', () => {
  let mount: string
  let server: ServerProcess
  const filler = () => path.join(mount, 'filler')

  beforeAll(async () => {
    mount = fs.mkdtempSync(path.join(os.tmpdir(), 'saumaton-disk-'))
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256m', 'tmpfs', mount])
    server = new ServerProcess(await freePort(), {
      DEMO: 'true',
      DATA_DIR: mount,
      DATA_DIR_MIN_FREE_MB: String(minFreeMb),
      AUDIT_KEY: 'c3'.repeat(32),
    })
    await server.start()
  }, 150_000)
  afterAll(async () => {
    await server?.kill()
    if (mount) {
      execFileSync('umount', ['-l', mount])
      fs.rmSync(mount, { recursive: true, force: true })
    }
  })

  it('refuses writes with 507 while full, keeps reading, and loses nothing', async () => {
    const worker = await HttpSession.signIn(server.url, 'te1')
    const list = (await (await worker.get('/api/v1/customers')).json()) as {
      items: { id: string }[]
    }
    const messages = `/api/v1/customers/${list.items[0]?.id}/case/team-messages`
    const acknowledged: string[] = []
    const send = async (text: string) => {
      const res = await worker.post(messages, { body: text })
      if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id)
      return res
    }
    expect((await send('Before the disk filled')).status).toBe(201)

    // Leave less than the margin free.
    const leave = (minFreeMb / 2) * 1024 * 1024
    fs.writeFileSync(filler(), Buffer.alloc(Math.max(0, freeBytes(mount) - leave)))
    await new Promise((r) => setTimeout(r, 1100)) // the guard looks at the disk once a second
    const refused = await send('While the disk is full')
    expect(refused.status).toBe(507)
    expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/)
    expect(((await refused.json()) as { code: string }).code).toBe('insufficient_storage')
    expect((await worker.get(messages)).status).toBe(200)

    fs.rmSync(filler())
    await new Promise((r) => setTimeout(r, 1100))
    expect((await send('After room was made')).status).toBe(201)

    await server.kill()
    await server.start()
    const again = await HttpSession.signIn(server.url, 'te1')
    const stored = (await (await again.get(messages)).json()) as {
      items: { id: string; body: string }[]
    }
    const ids = new Set(stored.items.map((m) => m.id))
    expect(acknowledged.filter((id) => !ids.has(id))).toEqual([])
    expect(stored.items.map((m) => m.body)).not.toContain('While the disk is full')
  }, 180_000)
})
