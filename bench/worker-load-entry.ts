/**
 * Compiled by the bench (esbuild, IIFE) and evaluated inside the extension's service worker, so the
 * cold load of a generated bundle is timed in the worker's own V8 with Factlight's own loading code.
 */
import './zod-jitless';
import { parseBundle } from '../lib/bundle/load';
import { createSearchEngine } from '../lib/search';

(globalThis as unknown as { __factlightBench: unknown }).__factlightBench = { parseBundle, createSearchEngine };
