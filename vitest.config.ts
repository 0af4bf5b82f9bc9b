import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/support/postgres-global-setup.ts'],
    // Generous limits: no test asserts on time; these only stop a hang on a slow, shared machine.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
