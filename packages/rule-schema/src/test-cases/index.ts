export {
  exportTestCasesCsv,
  exportTestCasesJson,
  importTestCasesCsv,
  importTestCasesJson,
  type TestCaseImport,
  testCaseCsvHeaders,
} from "./exchange.ts";
export {
  type BenefitCheck,
  type CaseAmount,
  checkTestCase,
  failuresByBenefit,
  paidByBenefit,
  runTestCases,
  type TestCaseOutcome,
  type TestRun,
} from "./run.ts";
export {
  benefitCheckText,
  formatCaseAmount,
  nextTestCaseId,
  testCaseFromResult,
  testRunFailureLines,
  testRunSummary,
} from "./sentences.ts";
