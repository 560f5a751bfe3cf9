// Makes `npm start` and `npm test` work on a fresh clone: installs the locked dependencies when they are
// missing or out of date, and (for the browser tests) Debian's chromium when no browser is found.
// Plain JavaScript with Node's own modules only, since it runs before anything is installed.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** Whether node_modules holds every locked package at its locked version (npm records what it installed). */
function dependenciesInstalled() {
  const record = 'node_modules/.package-lock.json';
  if (!existsSync(record)) return false;
  const locked = JSON.parse(readFileSync('package-lock.json', 'utf8')).packages ?? {};
  const installed = JSON.parse(readFileSync(record, 'utf8')).packages ?? {};
  // Optional packages are platform-specific builds; only the ones for this machine are installed.
  return Object.entries(locked).every(([path, info]) => path === '' || info.optional || installed[path]?.version === info.version);
}

/** Runs apt-get, through sudo when not root. */
function aptGet(...args) {
  const root = process.getuid?.() === 0;
  const [command, ...rest] = root ? ['apt-get', ...args] : ['sudo', 'apt-get', ...args];
  execFileSync(command, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

if (!dependenciesInstalled()) {
  console.log('Installing dependencies (npm ci)…');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
}

if (process.argv.includes('--browser')) {
  const browser = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(browser)) {
    console.log(`No browser at ${browser}: installing Debian's chromium…`);
    try {
      aptGet('update', '-qq');
      aptGet('install', '-y', '-qq', 'chromium');
    } catch {
      console.error('Could not install chromium: install it (apt-get install chromium) or set CHROME_PATH to a Chromium binary.');
      process.exit(1);
    }
  }
}
