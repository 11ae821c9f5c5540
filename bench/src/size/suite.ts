import { bytes, ms, ratio } from "../format.js";
import { median } from "../stats.js";
import type { BenchConfig, Suite } from "../suite.js";
import { type BundleSize, bundleSize } from "./bundle-size.js";
import { coldImportMs } from "./cold-import.js";
import { LIBRARIES, OURS, SCENARIOS } from "./libraries.js";

const IMPORT_RUNS = 7;
const QUICK_IMPORT_RUNS = 2;

export const sizeSuite: Suite = {
  id: "size",
  title: "4. Size and start-up",
  async run(config: BenchConfig) {
    const sizes = new Map<string, BundleSize>();
    for (const library of LIBRARIES) sizes.set(library.name, await bundleSize(library));
    const runs = config.quick ? QUICK_IMPORT_RUNS : IMPORT_RUNS;
    const imports = new Map<string, number[]>(LIBRARIES.map((library) => [library.name, []]));
    // One untimed round first (file-system cache), then rounds over all libraries in turn.
    for (const library of LIBRARIES) await coldImportMs(library.specifier);
    for (let round = 0; round < runs; round++) {
      for (const library of LIBRARIES) imports.get(library.name)?.push(await coldImportMs(library.specifier));
    }
    const ours = sizes.get(OURS.name) as BundleSize;
    const oursImport = median(imports.get(OURS.name) ?? []);
    const rows = LIBRARIES.map((library) => {
      const size = sizes.get(library.name) as BundleSize;
      const importMs = median(imports.get(library.name) ?? []);
      return [
        library.name,
        library.platform,
        bytes(size.minified),
        bytes(size.gzipped),
        ratio(size.gzipped / ours.gzipped),
        ms(importMs),
        ratio(importMs / oursImport),
      ];
    });
    const breakdown = Object.entries(ours.byPackage)
      .sort((a, b) => b[1] - a[1])
      .map(([owner, size]) => `${owner} ${bytes(size)}`)
      .join(", ");
    const scenarios = [];
    for (const scenario of SCENARIOS) {
      const measured = [];
      for (const entry of scenario.entries) measured.push({ ...entry, ...(await bundleSize(entry)) });
      scenarios.push({ title: scenario.title, measured });
    }
    return {
      tables: [
        {
          title: "Size and start-up: an entry doing one authorization-code exchange per library",
          head: ["library", "platform", "minified", "min + gzip", "gzip ÷ ours", "cold import() (median)", "import ÷ ours"],
          rows,
        },
        ...scenarios.map(({ title, measured }) => ({
          title: `Size: ${title}`,
          head: ["library", "platform", "minified", "min + gzip", "gzip ÷ ours"],
          rows: measured.map((size) => [
            size.name,
            size.platform,
            bytes(size.minified),
            bytes(size.gzipped),
            ratio(size.gzipped / (measured[0] as BundleSize).gzipped),
          ]),
        })),
      ],
      targets: [],
      notes: [
        "Bundled with esbuild (ESM, minify, tree shaking) from bench/entries/<scenario>/<library>.ts; gzip level 9 (node:zlib). Platform neutral for fetch-based libraries; node for those that need Node built-ins, whose built-ins stay external and are not counted.",
        `Minified bytes of ours by package: ${breakdown}.`,
        `Cold import(): a fresh Node process per measurement, ${runs} rounds over all libraries in turn after one untimed round, median; the time of \`await import()\` of the package alone (Node's own start-up excluded).`,
      ],
      data: {
        libraries: LIBRARIES.map((library) => ({
          ...library,
          ...(sizes.get(library.name) as BundleSize),
          coldImportMs: imports.get(library.name),
          coldImportMedianMs: median(imports.get(library.name) ?? []),
        })),
        scenarios,
      },
    };
  },
};
