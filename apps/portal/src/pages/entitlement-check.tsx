import {
  buildForm,
  type FieldValue,
  fieldsFor,
  profileFromForm,
  recipientKindsOf,
} from "@jiangce/form-model";
import { type Profile, type Program, todayInChina, validateProgram } from "@jiangce/rule-schema";
import { useCallback, useMemo, useState } from "react";
import { Empty, LoadError, Loading } from "../components/status.tsx";
import { emptyAnswers } from "../entitlement/answers-hash.ts";
import { useAnswers } from "../entitlement/use-answers.ts";
import { combineDocuments, useEngine } from "../entitlement/use-engine.ts";
import { useRead, useReads } from "../reads/store.ts";
import { Link, useParams } from "../router/router.tsx";
import { CheckAllQuestions } from "./entitlement-check-all.tsx";
import { KindPicker } from "./entitlement-check-kind.tsx";
import { CheckResult } from "./entitlement-check-result.tsx";
import { CheckSteps } from "./entitlement-check-steps.tsx";

/**
 * 政策计算器: a person or an organisation answers, one question at a time, what the engine says
 * can still change the result (or every question at once, on request); the browser evaluates
 * the published programs with the same engine as every other part of 匠策 after each answer and
 * shows what applies, how much, under which clause, until when — what does not, and why. The
 * answers live in the URL fragment only.
 */
export function EntitlementCheck() {
  const { regionCode = "" } = useParams();
  const region = useRead("region.get", { code: regionCode });
  // the programs in force (archived ones, expired and kept readable, are never evaluated: they
  // pay nothing; the filter below only guards that)
  const listed = useRead("portal.listPrograms", { regionCode });
  const inForce = useMemo(() => listed.data?.filter((p) => !p.archived) ?? [], [listed.data]);
  const results = useReads(
    "portal.getProgram",
    useMemo(() => inForce.map((p) => ({ programId: p.programId })), [inForce]),
  );
  const documents = useMemo(() => combineDocuments(results), [results]);
  // the regional catalogues the programs are written against (their titles, lists…)
  const catalogues = useRead("portal.getCatalogues", { regionCode });
  const engine = useEngine();

  const loaded = listed.isSuccess && documents.loaded && catalogues.isSuccess;
  const chain = catalogues.data;
  // the engine names programs by their document id; the portal's pages by the API's id
  const { programs, pageOf } = useMemo(() => {
    const programs: Program[] = [];
    const pageOf = new Map<string, string>();
    if (!loaded) return { programs, pageOf };
    for (const { programId, document } of documents.documents) {
      const checked = validateProgram(document, { catalogues: chain ?? [] });
      if (!checked.ok || !checked.value || !programId) continue;
      programs.push(checked.value);
      pageOf.set(checked.value.id, programId);
    }
    return { programs, pageOf };
  }, [loaded, documents.documents, chain]);

  const compiled = useMemo(() => {
    if (!engine.engine || programs.length === 0) return null;
    try {
      return { ok: true as const, set: engine.engine.compilePrograms(programs, chain) };
    } catch {
      return { ok: false as const };
    }
  }, [engine.engine, programs, chain]);

  const groups = useMemo(() => buildForm(programs, chain), [programs, chain]);
  const kinds = useMemo(() => recipientKindsOf(programs), [programs]);
  const [answers, setAnswers] = useAnswers();
  const [pinned, setPinned] = useState<string | null>(null);
  const { kind, values } = answers;
  const asOf = answers.asOf ?? todayInChina();

  const visible = useMemo(
    () =>
      groups.map((g) => ({ ...g, fields: fieldsFor(g, kind) })).filter((g) => g.fields.length > 0),
    [groups, kind],
  );
  const fields = useMemo(
    () => new Map(visible.flatMap((g) => g.fields).map((f) => [f.key, f])),
    [visible],
  );

  // after every answer: the profile, the result and what to ask next (the engine decides)
  const outcome = useMemo(() => {
    if (!kind || !compiled?.ok || !engine.engine) return null;
    const { profile, issues } = profileFromForm([...fields.values()], values, {
      id: "portal-check",
      kind,
      regionCode,
    });
    if (issues.length > 0) return { issues, view: null, step: null, failure: null };
    try {
      const view = engine.engine.runCheck(compiled.set, profile, asOf);
      // the whole form asks nothing: the ranking is only worked out one question at a time
      const step = answers.all
        ? null
        : engine.engine.nextStep(compiled.set, profile as Profile, asOf, answers.answered);
      return { issues, view, step, failure: null };
    } catch (error) {
      const failure = error instanceof Error ? error.message : "计算失败，请稍后重试。";
      return { issues, view: null, step: null, failure };
    }
  }, [
    kind,
    compiled,
    engine.engine,
    fields,
    values,
    regionCode,
    asOf,
    answers.answered,
    answers.all,
  ]);

  const asked = answers.answered;
  const next = outcome?.step?.questions.find((q) => fields.has(q) && !asked.includes(q)) ?? null;
  const current = pinned ?? next;
  // stable, so an answer re-renders only its own control (FactInput is memoised)
  const all = answers.all;
  const onChange = useCallback(
    (key: string, value: FieldValue) => {
      if (!all) setPinned(key);
      setAnswers((a) => ({ ...a, values: { ...a.values, [key]: value } }));
    },
    [all, setAnswers],
  );
  const onNext = () => {
    if (current)
      setAnswers((a) => ({
        ...a,
        answered: [...a.answered.filter((k) => k !== current), current],
      }));
    setPinned(null);
  };
  const onReopen = (key: string) => {
    setAnswers((a) => ({ ...a, answered: a.answered.filter((k) => k !== key) }));
    setPinned(key);
  };
  const pinnedAsOf = answers.asOf;
  const chooseKind = useCallback(
    (k: string) => {
      // the date is pinned in the link, so a shared result reopens as computed, not as of later
      setAnswers({ ...emptyAnswers(k), all, asOf: pinnedAsOf ?? todayInChina() });
      setPinned(null);
    },
    [all, pinnedAsOf, setAnswers],
  );
  const onAll = useCallback(
    (all: boolean) => {
      setAnswers((a) => ({ ...a, all }));
      setPinned(null);
    },
    [setAnswers],
  );
  const onAsOf = useCallback(
    (asOf: string | null) => setAnswers((a) => ({ ...a, asOf })),
    [setAnswers],
  );

  const programHref = useCallback(
    (id: string) => `/r/${regionCode}/p/${pageOf.get(id) ?? id}`,
    [regionCode, pageOf],
  );
  const name = region.data?.name ?? "";
  const failed = listed.error ?? documents.error ?? catalogues.error;
  const view = outcome?.view ?? null;

  return (
    <>
      <nav className="breadcrumbs" aria-label="位置">
        <Link to="/">全部地区</Link>
        <span>
          › <Link to={`/r/${regionCode}`}>{name || "本地区"}政策</Link>
        </span>
        <span>› 政策计算器</span>
      </nav>
      <title>{`我能享受哪些待遇 · ${name || "政策计算器"} · 匠策`}</title>
      <h1 className="page-title">我能享受哪些待遇</h1>
      <p className="page-lead">
        政策计算器：按{name || "本地区"}适用的{listed.data ? ` ${inForce.length} 项` : ""}
        已发布政策，逐题询问会影响结果的情况，边答边算。计算在您的浏览器中完成，回答只保存在本页网址中，不会上传；复制网址即可分享结果。
      </p>

      {failed ? (
        <LoadError error={failed} />
      ) : !loaded ? (
        <Loading rows={3} />
      ) : engine.failed ? (
        <div className="notice error" role="alert">
          计算程序加载失败，请刷新页面重试。
        </div>
      ) : programs.length === 0 ? (
        <Empty>
          {name || "本地区"}暂无已发布的工匠人才政策，无法计算。<Link to="/">查看其他地区</Link>
        </Empty>
      ) : compiled && !compiled.ok ? (
        <div className="notice error" role="alert">
          本地区已发布政策的规则暂时无法计算，请稍后再试或直接阅读政策原文。
        </div>
      ) : (
        <form className="check-form" onSubmit={(e) => e.preventDefault()} noValidate>
          <KindPicker
            kinds={kinds}
            kind={kind}
            all={answers.all}
            asOf={asOf}
            onKind={chooseKind}
            onAll={onAll}
            onAsOf={onAsOf}
          />

          {kind && answers.all && (
            <CheckAllQuestions groups={visible} values={values} onChange={onChange} />
          )}
          {kind && !answers.all && (
            <CheckSteps
              fields={fields}
              asked={asked}
              current={current}
              complete={outcome?.step?.complete ?? false}
              values={values}
              onChange={onChange}
              onNext={onNext}
              onReopen={onReopen}
            />
          )}
          {outcome && outcome.issues.length > 0 && (
            <div className="notice error form-issues" role="alert">
              请修改以下内容：
              <ul>
                {outcome.issues.map((i) => (
                  <li key={i.key}>{i.message}</li>
                ))}
              </ul>
            </div>
          )}
          {kind && (
            <div className="check-actions no-print">
              <button type="button" className="secondary-button" onClick={() => window.print()}>
                打印结果
              </button>
              <button type="button" className="secondary-button" onClick={() => chooseKind(kind)}>
                清空重填
              </button>
            </div>
          )}
        </form>
      )}

      <div className="check-result-anchor" aria-live="polite">
        {kind && loaded && !engine.engine && !engine.failed && (
          <p className="muted-line">正在载入计算程序…</p>
        )}
        {outcome?.failure && (
          <div className="notice error" role="alert">
            {outcome.failure}
          </div>
        )}
        {view && <CheckResult view={view} programHref={programHref} />}
      </div>
    </>
  );
}
