import { defineConfig } from 'vite';

// @carechain/sdk is linked from ../sdk/js, which has its own node_modules: resolve polkadot.js once,
// from here, so that the SDK and the app share one type registry.
const polkadot = ['api', 'api-base', 'api-derive', 'keyring', 'rpc-core', 'rpc-provider', 'types', 'types-codec', 'types-create', 'util', 'util-crypto']
  .map((name) => `@polkadot/${name}`);

export default defineConfig({
  resolve: { dedupe: polkadot, preserveSymlinks: false },
  optimizeDeps: { include: ['@carechain/sdk'] },
  build: { target: 'es2022', chunkSizeWarningLimit: 4096, sourcemap: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true }
});
