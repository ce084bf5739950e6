// Reads the collector's statistics and per-domain counters out of linear memory, and formats
// them for `--gc-stats`.
import {
  DOMAIN_ENTRY_SIZE,
  DOMAIN_TABLE,
  MAX_DOMAINS,
  PAGE_SIZE,
  STAT_COLLECTIONS,
  STAT_FREED_OBJECTS,
  STAT_GC_MS,
  STAT_HEAP_PAGES,
  STAT_LIMIT_PAGES,
  STAT_LIVE_BYTES,
  STAT_PEAK_HEAP_BYTES,
} from "../abi.js";
import type { WasmMemory } from "./wasm-api.js";

export interface DomainCounters {
  readonly allocations: number;
  readonly allocatedBytes: number;
  /** As of the last collection. */
  readonly liveBytes: number;
  readonly liveObjects: number;
}

export interface GcStats {
  readonly collections: number;
  readonly allocations: number;
  readonly allocatedBytes: number;
  readonly freedObjects: number;
  readonly liveBytesAfterLastCollection: number;
  readonly heapBytes: number;
  readonly peakHeapBytes: number;
  readonly heapLimitBytes: number;
  readonly gcMilliseconds: number;
}

function view(memory: WasmMemory): DataView {
  return new DataView(memory.buffer);
}

export function readDomainCounters(memory: WasmMemory, domain: number): DomainCounters {
  if (!Number.isInteger(domain) || domain < 0 || domain >= MAX_DOMAINS) {
    return { allocations: 0, allocatedBytes: 0, liveBytes: 0, liveObjects: 0 };
  }
  const v = view(memory);
  const at = DOMAIN_TABLE + domain * DOMAIN_ENTRY_SIZE;
  return {
    allocations: Number(v.getBigUint64(at, true)),
    allocatedBytes: Number(v.getBigUint64(at + 8, true)),
    liveBytes: Number(v.getBigUint64(at + 16, true)),
    liveObjects: Number(v.getBigUint64(at + 24, true)),
  };
}

export function readGcStats(memory: WasmMemory): GcStats {
  const v = view(memory);
  let allocations = 0;
  let allocatedBytes = 0;
  for (let d = 0; d < MAX_DOMAINS; d++) {
    const at = DOMAIN_TABLE + d * DOMAIN_ENTRY_SIZE;
    allocations += Number(v.getBigUint64(at, true));
    allocatedBytes += Number(v.getBigUint64(at + 8, true));
  }
  return {
    collections: Number(v.getBigUint64(STAT_COLLECTIONS, true)),
    allocations,
    allocatedBytes,
    freedObjects: Number(v.getBigUint64(STAT_FREED_OBJECTS, true)),
    liveBytesAfterLastCollection: Number(v.getBigUint64(STAT_LIVE_BYTES, true)),
    heapBytes: v.getUint32(STAT_HEAP_PAGES, true) * PAGE_SIZE,
    peakHeapBytes: Number(v.getBigUint64(STAT_PEAK_HEAP_BYTES, true)),
    heapLimitBytes: v.getUint32(STAT_LIMIT_PAGES, true) * PAGE_SIZE,
    gcMilliseconds: v.getFloat64(STAT_GC_MS, true),
  };
}

function mib(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/** The `--gc-stats` report, one fact per line. */
export function formatGcStats(stats: GcStats): string {
  return [
    `gc: collections            ${stats.collections}`,
    `gc: objects allocated      ${stats.allocations}`,
    `gc: bytes allocated        ${mib(stats.allocatedBytes)}`,
    `gc: objects freed          ${stats.freedObjects}`,
    `gc: live after last gc     ${mib(stats.liveBytesAfterLastCollection)}`,
    `gc: heap now / peak / limit ${mib(stats.heapBytes)} / ${mib(stats.peakHeapBytes)} / ${mib(stats.heapLimitBytes)}`,
    `gc: time collecting        ${stats.gcMilliseconds.toFixed(1)} ms`,
  ].join("\n");
}
