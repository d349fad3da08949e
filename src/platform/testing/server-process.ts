import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'
import { projectRoot } from '../paths'
import { DEMO_PASSWORD } from '../../demo/demo-data'

/** A free TCP port on loopback (the kernel's choice, released at once). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** The app as its own process, started the way `npm start` starts it, for tests that kill it. */
export class ServerProcess {
  private child: ChildProcess | null = null
  private output = ''
  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  /** The process id while it runs (for reading its memory), or null. */
  get pid(): number | null {
    return this.child?.exitCode === null ? (this.child.pid ?? null) : null
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`
  }

  /** Starts the process and waits until `/api/health` answers 200. */
  async start(timeoutMs = 120_000): Promise<void> {
    this.output = ''
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: projectRoot,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        HOST: '127.0.0.1',
        PORT: String(this.port),
        LOG_LEVEL: 'warn',
        // Several demo servers may run at once: each its own identification provider's port.
        DEMO_OIDC_PORT: '0',
        ...this.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    this.child = child
    child.stdout?.on('data', (d: Buffer) => (this.output += d.toString()))
    child.stderr?.on('data', (d: Buffer) => (this.output += d.toString()))
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      if (child.exitCode !== null) {
        throw new Error(
          `The server exited (${child.exitCode}) before it was ready:\n${this.output}`,
        )
      }
      const ok = await fetch(`${this.url}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
      if (ok) return
      await new Promise((r) => setTimeout(r, 200))
    }
    throw new Error(`The server was not ready in ${timeoutMs} ms:\n${this.output}`)
  }

  /** Ends the process at once, as a crash or `kill -9` would: no shutdown code runs. */
  kill(): Promise<void> {
    return this.stop('SIGKILL')
  }

  stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
    return new Promise((resolve) => {
      child.once('exit', () => resolve())
      child.kill(signal)
    })
  }

  get log(): string {
    return this.output
  }
}

/** A signed-in client of a server process over real HTTP: its cookies, and the CSRF token. */
export class HttpSession {
  private readonly cookies = new Map<string, string>()
  private csrf = ''
  private constructor(readonly baseUrl: string) {}

  static async signIn(
    baseUrl: string,
    username: string,
    password = DEMO_PASSWORD,
  ): Promise<HttpSession> {
    const session = new HttpSession(baseUrl)
    const res = await session.request('POST', '/api/v1/session', { username, password })
    if (!res.ok) throw new Error(`Sign-in as ${username} failed: ${res.status}`)
    const me = (await (await session.get('/api/v1/me')).json()) as { csrfToken: string }
    session.csrf = me.csrfToken
    return session
  }

  get(path: string): Promise<Response> {
    return this.request('GET', path)
  }

  post(path: string, body: unknown): Promise<Response> {
    return this.request('POST', path, body)
  }

  async request(method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = {
      cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    }
    if (method !== 'GET') headers['x-csrf-token'] = this.csrf
    if (body !== undefined) headers['content-type'] = 'application/json'
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    })
    for (const c of res.headers.getSetCookie()) {
      const [pair = ''] = c.split(';')
      const at = pair.indexOf('=')
      if (at > 0) this.cookies.set(pair.slice(0, at), pair.slice(at + 1))
    }
    return res
  }
}
