/** Vite's `?worker` imports: the module bundled as a worker script, default-exported as its constructor. */
declare module '*?worker' {
  const WorkerConstructor: new (options?: { name?: string }) => Worker;
  export default WorkerConstructor;
}
