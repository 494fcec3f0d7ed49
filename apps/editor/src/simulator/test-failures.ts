// The failing test checks of the draft, per benefit id, for the benefit blocks of the document.
// A tiny store (not React context): tiptap node views may render outside the workspace's tree.
import {
  type BenefitCheck,
  failuresByBenefit,
  type TestCase,
  type TestRun,
} from "@jiangce/rule-schema";
import { useSyncExternalStore } from "react";

type Failures = ReadonlyMap<string, { testCase: TestCase; check: BenefitCheck }[]>;

let current: Failures = new Map();
const listeners = new Set<() => void>();

export function publishTestRun(run: TestRun | null): void {
  current = run ? failuresByBenefit(run) : new Map();
  for (const l of listeners) l();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const none: { testCase: TestCase; check: BenefitCheck }[] = [];

/** The failing checks that concern one benefit (stable empty list when none). */
export function useBenefitFailures(benefitId: string) {
  return useSyncExternalStore(subscribe, () => current.get(benefitId) ?? none);
}
