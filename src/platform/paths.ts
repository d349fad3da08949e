import fs from 'node:fs'
import path from 'node:path'

/**
 * The project's folder (the one holding package.json), found by walking up from this module:
 * the same answer whether the code runs from `src/` (tsx, tests) or bundled in `dist/server/`.
 */
function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir
    if (path.dirname(dir) === dir) throw new Error(`No package.json above ${from}`)
  }
}

export const projectRoot = findProjectRoot(import.meta.dirname)
export const migrationsFolder = path.join(projectRoot, 'drizzle')
export const webDistFolder = path.join(projectRoot, 'dist', 'web')
