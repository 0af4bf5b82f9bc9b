#!/usr/bin/env node
// The entry point: reads the clock, the environment and the arguments once, then hands over.
import { main } from '../dist/cli/main.js';

const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  today: new Date().toISOString().slice(0, 10),
  isTTY: Boolean(process.stderr.isTTY),
  now: () => new Date(),
  readStdin: async () => {
    let text = '';
    for await (const chunk of process.stdin) text += chunk;
    return text;
  },
});
process.exitCode = code;
