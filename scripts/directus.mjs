// Directus's CLI without its update check, which would wait on the network at every command.
await import('@directus/api/cli/run.js');
