// Builds what `npm start` serves — the server bundle (dist/server) and the web app (dist/web) —
// each only when one of its inputs changed since the last build. Node runs it as it is (type
// stripping), before anything is compiled. `--web` builds only the web app (the browser tests need it).
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { build as esbuild } from 'esbuild'
import { build as viteBuild } from 'vite'

const root = path.resolve(import.meta.dirname, '..')
const stampFile = path.join(root, 'dist', 'build-inputs.json')
// Files that change how everything builds, whatever imports them.
const shared = ['package-lock.json', 'tsconfig.json']

function digest(files: string[]): string {
  const h = createHash('sha256')
  for (const f of [...shared, ...files].sort()) {
    const abs = path.join(root, f)
    h.update(f).update('\0')
    h.update(fs.existsSync(abs) ? fs.readFileSync(abs) : 'missing').update('\0')
  }
  return h.digest('hex')
}

type Stamp = { inputs: string[]; digest: string }
const stamps: Record<string, Stamp> = fs.existsSync(stampFile)
  ? (JSON.parse(fs.readFileSync(stampFile, 'utf8')) as Record<string, Stamp>)
  : {}

function upToDate(name: string, output: string): boolean {
  const s = stamps[name]
  return Boolean(s && fs.existsSync(path.join(root, output)) && digest(s.inputs) === s.digest)
}

function record(name: string, inputs: string[]): void {
  const files = [...new Set(inputs)].filter((f) => !f.startsWith('node_modules/')).sort()
  stamps[name] = { inputs: files, digest: digest(files) }
}

async function buildServer(): Promise<void> {
  if (upToDate('server', 'dist/server/main.js')) return
  const started = performance.now()
  const result = await esbuild({
    absWorkingDir: root,
    entryPoints: ['src/main.ts', 'src/platform/db/pglite-init.ts'],
    outdir: 'dist/server',
    entryNames: '[name]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    // Dependencies load from node_modules at run time, as they do under tsx.
    packages: 'external',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
  })
  record('server', [...Object.keys(result.metafile.inputs), 'scripts/build.ts'])
  console.log(`Server built in ${Math.round(performance.now() - started)} ms`)
}

async function buildWeb(): Promise<void> {
  if (upToDate('web', 'dist/web/index.html')) return
  const started = performance.now()
  const inputs: string[] = []
  await viteBuild({
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    plugins: [
      {
        name: 'record-inputs',
        moduleParsed(info) {
          const rel = path.relative(root, info.id.split('?')[0] ?? info.id)
          if (!rel.startsWith('..') && !rel.includes('\0')) inputs.push(rel)
        },
      },
    ],
  })
  const publicFiles = fs
    .readdirSync(path.join(root, 'web/public'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
  record('web', [...inputs, ...publicFiles, 'vite.config.ts', 'web/index.html', 'scripts/build.ts'])
  console.log(`Web app built in ${Math.round(performance.now() - started)} ms`)
}

const webOnly = process.argv.includes('--web')
await Promise.all(webOnly ? [buildWeb()] : [buildServer(), buildWeb()])
fs.mkdirSync(path.dirname(stampFile), { recursive: true })
fs.writeFileSync(stampFile, JSON.stringify(stamps, null, 2))
