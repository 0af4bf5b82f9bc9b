#!/usr/bin/env node
// The entry point: reads the clock, the environment and the arguments once, then hands over.
import { userInfo } from 'node:os';
import { main } from '../dist/cli/main.js';

function userName() {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? 'unknown';
  }
}

const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  today: new Date().toISOString().slice(0, 10),
  user: userName(),
  isTTY: Boolean(process.stderr.isTTY),
  now: () => new Date(),
  readStdin: async () => {
    let text = '';
    for await (const chunk of process.stdin) text += chunk;
    return text;
  },
});
process.exitCode = code;
