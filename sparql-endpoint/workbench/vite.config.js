import { defineConfig } from 'vite';

// Built by Maven (exec-maven-plugin, phase generate-resources) into the application's
// classpath: Spring Boot serves target/classes/static at /. File names carry no hash so
// that the server-rendered pages (/id/...) can name /assets/page.js and /assets/style.css.
export default defineConfig({
  base: '/',
  build: {
    outDir: '../target/classes/static',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      input: { main: 'index.html', page: 'src/page.js' },
      output: {
        entryFileNames: 'assets/[name].js',
        chunkFileNames: 'assets/[name].js',
        assetFileNames: 'assets/[name][extname]',
      },
    },
  },
});
