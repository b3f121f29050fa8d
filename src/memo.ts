/**
 * Values computed once within one run and dropped with it. The owner of a run (a build, one
 * rebuild of `bolt watch`, one call of `bolt mcp`, one language-server validation) creates a
 * `RunMemo` and passes it down; nothing is kept at module level, so nothing outlives its owner
 * and an edited input is always seen by the next run.
 */
export class RunMemo {
  private readonly byObject = new WeakMap<object, Map<string, unknown>>();

  /** `compute(of)` the first time `name` is asked for `of` in this run; the same value afterwards. */
  get<K extends object, V>(of: K, name: string, compute: (of: K) => V): V {
    let values = this.byObject.get(of);
    if (!values) this.byObject.set(of, (values = new Map()));
    if (values.has(name)) return values.get(name) as V;
    const value = compute(of);
    values.set(name, value);
    return value;
  }
}
