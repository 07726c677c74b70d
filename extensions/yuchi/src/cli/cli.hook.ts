import { defineHook } from '@directus/extensions-sdk';
import { registerCommands } from './cli-commands.ts';

export default defineHook(({ init }, context) => {
  init('cli.before', ({ program }) => registerCommands(program, context));
});
