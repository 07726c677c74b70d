// npm run build: the launcher has installed and built everything by the time this runs.
process.stdout.write('[yuchi] extension built: extensions/yuchi/dist\n');
