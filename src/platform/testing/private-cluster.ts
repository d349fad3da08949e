import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * A PostgreSQL cluster of a test's own — Debian's server binaries, run as the `postgres` user in a
 * temporary folder on a port of its own — for tests that stop the server or need a streaming
 * replica: the machine's shared server must not be stopped under the other tests.
 */
export class PrivateCluster {
  private constructor(
    readonly dir: string,
    readonly port: number,
    private readonly bin: string,
  ) {}

  /** Why this machine cannot run private clusters, or null when it can. */
  static unavailableReason(): string | null {
    if (process.getuid?.() !== 0)
      return 'private PostgreSQL clusters need root (to run as postgres)'
    if (!serverBinDir()) return 'no PostgreSQL server binaries under /usr/lib/postgresql'
    return null
  }

  /** initdb into a fresh folder; `port` must be free (tests use 55432 and up). */
  static create(port: number): PrivateCluster {
    const bin = serverBinDir()
    if (!bin) throw new Error('No PostgreSQL server binaries under /usr/lib/postgresql')
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saumaton-pg-'))
    fs.chmodSync(dir, 0o755)
    execFileSync('chown', ['postgres:postgres', dir])
    const cluster = new PrivateCluster(dir, port, bin)
    cluster.asPostgres('initdb', [
      '-D',
      cluster.dataDir,
      '-A',
      'trust',
      '-U',
      'postgres',
      '--no-sync',
    ])
    cluster.configure()
    return cluster
  }

  /** A streaming replica of `primary` (pg_basebackup -R), on its own port. */
  static replicaOf(primary: PrivateCluster, port: number): PrivateCluster {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saumaton-pg-replica-'))
    fs.chmodSync(dir, 0o755)
    execFileSync('chown', ['postgres:postgres', dir])
    const replica = new PrivateCluster(dir, port, primary.bin)
    const from = ['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres']
    replica.asPostgres('pg_basebackup', [
      ...from,
      '-D',
      replica.dataDir,
      '-R',
      '-X',
      'stream',
      '--checkpoint=fast',
    ])
    replica.configure()
    return replica
  }

  get dataDir(): string {
    return path.join(this.dir, 'data')
  }

  url(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`
  }

  start(): void {
    this.asPostgres('pg_ctl', ['-D', this.dataDir, '-l', path.join(this.dir, 'log'), '-w', 'start'])
  }

  /** `fast` ends every session (as a restart does); `immediate` is a crash of the server. */
  stop(mode: 'fast' | 'immediate' = 'fast'): void {
    this.asPostgres('pg_ctl', ['-D', this.dataDir, '-m', mode, '-w', 'stop'])
  }

  createDatabase(name: string): void {
    this.asPostgres('createdb', [
      '-h',
      '127.0.0.1',
      '-p',
      String(this.port),
      '-U',
      'postgres',
      name,
    ])
  }

  /** Stops the server if it runs and removes its folder. */
  destroy(): void {
    try {
      this.stop('immediate')
    } catch {
      // Not running.
    }
    fs.rmSync(this.dir, { recursive: true, force: true })
  }

  private configure(): void {
    fs.appendFileSync(
      path.join(this.dataDir, 'postgresql.conf'),
      [
        `port = ${this.port}`,
        `listen_addresses = '127.0.0.1'`,
        `unix_socket_directories = '${this.dir}'`,
        'wal_level = replica',
        'max_wal_senders = 4',
        'hot_standby = on',
        'shared_buffers = 32MB',
        '',
      ].join('\n'),
    )
  }

  private asPostgres(program: string, args: string[]): void {
    execFileSync('runuser', ['-u', 'postgres', '--', path.join(this.bin, program), ...args], {
      cwd: this.dir,
      stdio: ['ignore', 'ignore', 'pipe'],
    })
  }
}

function serverBinDir(): string | null {
  const root = '/usr/lib/postgresql'
  if (!fs.existsSync(root)) return null
  const versions = fs.readdirSync(root).sort((a, b) => Number(b) - Number(a))
  for (const v of versions) {
    const bin = path.join(root, v, 'bin')
    if (fs.existsSync(path.join(bin, 'pg_ctl'))) return bin
  }
  return null
}
