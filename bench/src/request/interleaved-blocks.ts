import { Bench } from "tinybench";

export interface BlockPlan {
  blocks: number;
  callsPerBlock: number;
}

/** A named group of tasks that run together in one tinybench run per block (the tasks being compared). */
export type TaskGroup = readonly { name: string; fn: () => Promise<unknown> }[];

export interface BlockSamples {
  /** Per-call latencies in ms, by task name. */
  latency: Map<string, number[]>;
  /** This process's CPU time (user + system) per call in µs, one value per block: time spent waiting for the server or other processes is not in it. */
  cpu: Map<string, number[]>;
}

const push = (map: Map<string, number[]>, name: string, values: readonly number[]) =>
  map.set(name, [...(map.get(name) ?? []), ...values]);

/**
 * Blocks of sequential calls: per block and group, one tinybench run of `callsPerBlock` calls of
 * each task, the tasks' order rotated every block, so that machine drift and GC spread evenly.
 */
export async function interleavedBlocks(groups: readonly TaskGroup[], plan: BlockPlan): Promise<BlockSamples> {
  const samples: BlockSamples = { latency: new Map(), cpu: new Map() };
  let cpuAtStart = process.cpuUsage();
  for (let block = 0; block < plan.blocks; block++) {
    for (const group of groups) {
      const bench = new Bench({
        iterations: plan.callsPerBlock,
        time: 0,
        warmup: false,
        retainSamples: true,
        throws: true,
        setup: () => {
          cpuAtStart = process.cpuUsage();
        },
        // tinybench counts runs only after teardown; with time: 0 a task makes exactly `iterations` calls.
        teardown: (task, mode) => {
          const used = process.cpuUsage(cpuAtStart);
          if (task && mode === "run") push(samples.cpu, task.name, [(used.user + used.system) / plan.callsPerBlock]);
        },
      });
      for (let i = 0; i < group.length; i++) {
        const task = group[(i + block) % group.length];
        if (task) bench.add(task.name, task.fn);
      }
      await bench.run();
      for (const task of bench.tasks) {
        const result = task.result;
        if (!("latency" in result) || !result.latency.samples) throw new Error(`${task.name} did not complete.`);
        push(samples.latency, task.name, result.latency.samples);
      }
    }
  }
  return samples;
}
