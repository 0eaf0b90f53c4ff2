/**
 * Imported first by the worker loader: zod decides at schema construction whether to compile
 * parsers with `new Function`. The extension's worker CSP forbids that, so the real background never
 * does; code evaluated through the debugger may, so it is switched off here, before any schema.
 */
import { z } from 'zod';

z.config({ jitless: true });
