import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        setupFiles: ['./groupby-polyfill.cjs'],
        include: ['test/**/*.test.ts'],
        testTimeout: 30000,
        hookTimeout: 120000,
        pool: 'forks',
    },
});
