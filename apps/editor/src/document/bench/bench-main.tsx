// A page with nothing but the program document (dev/bench only): opens a seed program
// (?seed=quzhou, default), reports when it is on screen, and exposes the current program so
// the browser test can compare it with the seed.
import { type Program, validateProgram } from "@jiangce/rule-schema";
import { useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import type { BlockRef } from "../block-ref.ts";
import { docToProgram } from "../doc-to-program.ts";
import { ProgramDocument, type ProgramDocumentHandle } from "../program-document.tsx";
import { loadSeed } from "./seeds.ts";

declare global {
  interface Window {
    bench: {
      seed: Program;
      current: () => Program;
      selected: () => BlockRef | null;
      handle: () => ProgramDocumentHandle | null;
      startedAt: number;
      readyAt?: number;
      /** the program read afresh from the editor's document JSON, schema-parsed, keys sorted */
      fromDocument: () => string;
      /** a program schema-parsed, keys sorted: equal strings = equal programs */
      canonical: (program: Program) => string;
    };
  }
}

const startedAt = performance.now();
const seed = loadSeed(new URLSearchParams(location.search).get("seed") ?? "quzhou");
let current = seed;
let selection: BlockRef | null = null;

function BenchPage() {
  const [program, setProgram] = useState(seed);
  const [selected, setSelected] = useState<BlockRef | null>(null);
  const handle = useRef<ProgramDocumentHandle>(null);
  window.bench.handle = () => handle.current;
  return (
    <main style={{ background: "#f5f5f5", minHeight: "100vh", padding: "16px 0" }}>
      <ProgramDocument
        ref={handle}
        program={program}
        selected={selected}
        onSelect={(ref) => {
          selection = ref;
          setSelected(ref);
        }}
        onChange={(next) => {
          current = next;
          setProgram(next);
        }}
      />
    </main>
  );
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sorted((value as Record<string, unknown>)[k])]),
    );
  return value;
}

function canonical(program: Program): string {
  const parsed = validateProgram(program);
  return JSON.stringify(sorted(parsed.ok ? parsed.value : { invalid: parsed.issues }));
}

window.bench = {
  seed,
  canonical,
  fromDocument: () => {
    const editor = window.bench.handle()?.editor;
    if (!editor) throw new Error("editor not ready");
    return canonical(docToProgram(JSON.parse(JSON.stringify(editor.getJSON()))));
  },
  current: () => current,
  selected: () => selection,
  handle: () => null,
  startedAt,
};
/** ?baseline: the same prose in a plain contenteditable, to tell the machine's floor from ours. */
function Baseline() {
  return (
    <main style={{ background: "#f5f5f5", minHeight: "100vh", padding: "16px 0" }}>
      <div className="program-document" contentEditable suppressContentEditableWarning>
        <h1>{seed.title}</h1>
        {seed.clauses.map((c) => (
          <section key={c.id} className="clause">
            <h3>{c.heading}</h3>
            {c.text.split("\n").map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </section>
        ))}
      </div>
    </main>
  );
}

const baseline = new URLSearchParams(location.search).has("baseline");
createRoot(document.getElementById("root") as HTMLElement).render(
  baseline ? <Baseline /> : <BenchPage />,
);
// on screen: the first frame after the editor has rendered its document
const ready = () => {
  if (!document.querySelector(".program-document .clause")) return requestAnimationFrame(ready);
  requestAnimationFrame(() => {
    window.bench.readyAt = performance.now();
  });
};
requestAnimationFrame(ready);
