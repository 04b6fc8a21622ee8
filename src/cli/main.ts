#!/usr/bin/env node
// The `papers` entry point. A command that will embed text starts loading the model on a worker
// thread first, so that the model and the rest of the program (modules, the library, FTS5, the
// graph) load side by side; then the program runs.
import { startEmbedderEarly } from '../embedding/early-embedder.js';
import { settleEmbedders } from '../embedding/worker-embedder.js';
import { variantToPreload } from './command-line.js';

const variant = variantToPreload(process.argv.slice(2));
if (variant) startEmbedderEarly(variant);
const { runProgram } = await import('./program.js');
process.exitCode = await runProgram(process.argv);
// The model's worker thread ends first (an early one the command never used, too).
await settleEmbedders();
