/**
 * What the headless-Chromium tests share: the product's own static server (scripts/serve.js, which
 * `npm start` uses) on a free loopback port, and Chromium launched with the flags this machine needs.
 */
import * as http from 'http';
import * as path from 'path';
import { AddressInfo } from 'net';
import { chromium, Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface ServeStatic {
  serveStatic(root: string, options: { port: number; host: string }): Promise<{ server: http.Server; url: string }>;
}

// scripts/serve.js is plain CommonJS shipped for `npm start`; the tests serve with exactly that code.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveStatic } = require(path.join(__dirname, '..', '..', 'scripts', 'serve.js')) as ServeStatic;

/** Serves `dir` on 127.0.0.1 at a free port; resolves to the server and its origin ("http://127.0.0.1:PORT"). */
export async function serveDir(dir: string): Promise<{ server: http.Server; origin: string }> {
  const { server } = await serveStatic(dir, { port: 0, host: '127.0.0.1' });
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
