// The browser every test runs in: Debian's chromium (or CHROME_PATH), never one a tool downloads, started with
// the flags a closed network and a container need. Shared by Web Test Runner and the Storybook tests.
export const chromiumPath: string = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

export const chromiumArgs: string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
