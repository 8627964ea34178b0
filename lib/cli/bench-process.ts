import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

/** GNU time: the only portable way to read the peak RSS of a whole process tree (npm → tsx → node). */
export const GNU_TIME = "/usr/bin/time";

export interface ProcessMeasurement {
  wallMs: number;
  /** Largest resident set of any process in the tree, in MB; null when GNU time is not installed. */
  peakRssMb: number | null;
  /** CPU time (user + system) of the whole process tree, in seconds; null without GNU time. On a shared machine the fairer comparison than wall time. */
  cpuS: number | null;
  /** Bytes the process wrote to stdout (drained, not kept). */
  stdoutBytes: number;
}

/**
 * Runs `command args…` as a user would (a fresh process, cold start included) and measures its
 * wall clock and peak RSS. The kernel reports the largest RSS among a process and the descendants
 * it waited for, so `npm run` includes the node process tsx starts. Rejects on a non-zero exit.
 */
export async function measureProcess(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<ProcessMeasurement> {
  const hasTime = existsSync(GNU_TIME);
  const dir = mkdtempSync(path.join(tmpdir(), "claimtrail-time-"));
  const timeFile = path.join(dir, "time");
  const [file, argv] = hasTime ? [GNU_TIME, ["-f", "%M %U %S", "-o", timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  try {
    const { code, stdoutBytes, stderr } = await new Promise<{ code: number | null; stdoutBytes: number; stderr: string }>((resolve, reject) => {
      const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
      let bytes = 0;
      let errors = "";
      child.stdout.on("data", (chunk: Buffer) => (bytes += chunk.length));
      child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
      child.once("error", reject);
      child.once("close", (exitCode) => resolve({ code: exitCode, stdoutBytes: bytes, stderr: errors }));
    });
    const wallMs = performance.now() - started;
    if (code !== 0) throw new Error(`${command} ${args.slice(0, 4).join(" ")}… exited with ${code}: ${stderr.slice(-2000)}`);
    const [kb, user, system] = hasTime ? (readFileSync(timeFile, "utf8").trim().split("\n").pop() ?? "").split(" ").map(Number) : [];
    const cpuS = (user ?? NaN) + (system ?? NaN);
    return { wallMs, peakRssMb: Number.isFinite(kb) ? kb! / 1024 : null, cpuS: Number.isFinite(cpuS) ? cpuS : null, stdoutBytes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** "1.23–1.45 s" over several runs: benchmarks on a shared machine are noisy, so the range is the figure. */
export function formatRange(values: number[], unit: string, digits = 2): string {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high || values.length === 1 ? `${low.toFixed(digits)} ${unit}` : `${low.toFixed(digits)}–${high.toFixed(digits)} ${unit}`;
}
