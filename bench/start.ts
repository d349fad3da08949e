// `npm start` on a fresh clone: time to ready and the RSS of every process of the command.
//   npx tsx bench/start.ts [--seconds 60] [--port 3900]
// Clones this repository's HEAD into a temporary folder, runs `npm ci` there (not timed), then
// starts `npm start` twice: the first start builds, creates the embedded database and loads the
// demo data; the second finds all of that in place. Ready is the first 200 from /api/health.
// RSS is summed over the command's process tree (npm, its shell, the server and any child) from
// /proc, once a second, for --seconds after ready.
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    port: { type: 'string', default: '3900' },
  },
})
const watchSeconds = Number(values.seconds)
const port = Number(values.port)
const root = path.resolve(import.meta.dirname, '..')

/** The processes of the tree under `rootPid` (itself included): each one's name and RSS in kB. */
function processTree(rootPid: number): { name: string; kb: number }[] {
  const parents = new Map<number, number>()
  const found = new Map<number, { name: string; kb: number }>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const status = fs.readFileSync(`/proc/${entry}/status`, 'utf8')
      parents.set(Number(entry), Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0))
      found.set(Number(entry), {
        name: /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?',
        kb: Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0),
      })
    } catch {
      // The process ended between listing and reading.
    }
  }
  const inTree = (pid: number) => {
    let p: number | undefined = pid
    while (p && p !== rootPid) p = parents.get(p)
    return p === rootPid
  }
  return [...found].filter(([pid]) => inTree(pid)).map(([, info]) => info)
}

const treeRssMb = (rootPid: number): number =>
  processTree(rootPid).reduce((total, p) => total + p.kb, 0) / 1024

/** Each process of the tree at the end of a start: its command and RSS, the measure's parts. */
const treeParts = (rootPid: number): string =>
  processTree(rootPid)
    .map((p) => `${p.name} ${(p.kb / 1024).toFixed(0)} MB`)
    .join(', ')

async function healthy(): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/health`)
    return res.status === 200
  } catch {
    return false
  }
}

async function start(dir: string, label: string): Promise<string> {
  const t0 = performance.now()
  // The embedded database, as a newcomer gets it: no configured PostgreSQL.
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1' }
  delete env.DATABASE_URL
  delete env.REPLICA_DATABASE_URL
  const child = spawn('npm', ['start'], {
    cwd: dir,
    env,
    stdio: ['ignore', 'ignore', 'ignore'],
    detached: true,
  })
  const pid = child.pid!
  while (!(await healthy())) {
    if (child.exitCode !== null) throw new Error(`${label}: npm start exited ${child.exitCode}`)
    if (performance.now() - t0 > 300_000) throw new Error(`${label}: not ready in 300 s`)
    await new Promise((r) => setTimeout(r, 100))
  }
  const readyS = (performance.now() - t0) / 1000
  const atReady = treeRssMb(pid)
  let max = atReady
  for (let s = 0; s < watchSeconds; s++) {
    await new Promise((r) => setTimeout(r, 1000))
    max = Math.max(max, treeRssMb(pid))
  }
  const atEnd = treeRssMb(pid)
  console.log(`${label}, at the end: ${treeParts(pid)}`)
  process.kill(-pid, 'SIGTERM')
  await new Promise((r) => child.once('exit', r))
  return `| ${label} | ${readyS.toFixed(1)} s | ${atReady.toFixed(0)} MB | ${max.toFixed(0)} MB | ${atEnd.toFixed(0)} MB |`
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saumaton-start-'))
try {
  execFileSync('git', ['clone', '-q', root, dir], { stdio: 'inherit' })
  execFileSync('npm', ['ci', '--silent', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' })
  console.log(
    `load average before: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  )
  const rows = [
    await start(dir, 'first (build, initdb, demo data)'),
    await start(dir, 'later (nothing to build, data folder exists)'),
  ]
  console.log(
    `load average after: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  )
  console.log(
    `| start | ready after | RSS at ready | RSS max over ${watchSeconds} s | RSS at end |\n| --- | ---: | ---: | ---: | ---: |`,
  )
  for (const r of rows) console.log(r)
} finally {
  fs.rmSync(dir, { recursive: true, force: true })
}
