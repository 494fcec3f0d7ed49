import {
  buildForm,
  type FieldValue,
  fieldsFor,
  kindLabel,
  profileFromForm,
  recipientKindsOf,
} from "@jiangce/form-model";
import { type Profile, type Program, todayInChina, validateProgram } from "@jiangce/rule-schema";
import { useQueries, useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { Link, useParams } from "react-router";
import { Empty, LoadError, Loading } from "../components/status.tsx";
import { emptyAnswers } from "../entitlement/answers-hash.ts";
import { useAnswers } from "../entitlement/use-answers.ts";
import { trpc } from "../trpc.ts";
import { CheckAllQuestions } from "./entitlement-check-all.tsx";
import { CheckResult } from "./entitlement-check-result.tsx";
import { CheckSteps } from "./entitlement-check-steps.tsx";

// The engine module is loaded with this page only (the district and program pages do not need it).
const loadEngine = () => import("../entitlement/check-view.ts");

// Runs only when one of the program queries changes, so `documents` keeps its identity otherwise.
function combineDocuments(
  results: readonly {
    isSuccess: boolean;
    error: unknown;
    data?: { programId: string; document?: unknown };
  }[],
) {
  return {
    loaded: results.every((r) => r.isSuccess),
    error: results.find((r) => r.error)?.error ?? null,
    documents: results.map((r) => ({ programId: r.data?.programId, document: r.data?.document })),
  };
}

/**
 * 政策计算器: a person or an organisation answers, one question at a time, what the engine says
 * can still change the result (or every question at once, on request); the browser evaluates
 * the published programs with the same engine as every other part of 匠策 after each answer and
 * shows what applies, how much, under which clause, until when — what does not, and why. The
 * answers live in the URL fragment only.
 */
export function EntitlementCheck() {
  const { regionCode = "" } = useParams();
  const region = useQuery(trpc.region.get.queryOptions({ code: regionCode }));
  const listed = useQuery(trpc.portal.listPrograms.queryOptions({ regionCode }));
  const documents = useQueries({
    queries: (listed.data ?? []).map((p) =>
      trpc.portal.getProgram.queryOptions({ programId: p.programId }),
    ),
    combine: combineDocuments,
  });
  // the regional catalogues the programs are written against (their titles, lists…)
  const catalogues = useQuery(trpc.portal.getCatalogues.queryOptions({ regionCode }));
  const engine = useQuery({
    queryKey: ["entitlement-engine"],
    queryFn: loadEngine,
    staleTime: Number.POSITIVE_INFINITY,
  });

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
    if (!engine.data || programs.length === 0) return null;
    try {
      return { ok: true as const, set: engine.data.compilePrograms(programs, chain) };
    } catch {
      return { ok: false as const };
    }
  }, [engine.data, programs, chain]);

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
    if (!kind || !compiled?.ok || !engine.data) return null;
    const { profile, issues } = profileFromForm([...fields.values()], values, {
      id: "portal-check",
      kind,
      regionCode,
    });
    if (issues.length > 0) return { issues, view: null, step: null, failure: null };
    try {
      const view = engine.data.runCheck(compiled.set, profile, asOf);
      // the whole form asks nothing: the ranking is only worked out one question at a time
      const step = answers.all
        ? null
        : engine.data.nextStep(compiled.set, profile as Profile, asOf, answers.answered);
      return { issues, view, step, failure: null };
    } catch (error) {
      const failure = error instanceof Error ? error.message : "计算失败，请稍后重试。";
      return { issues, view: null, step: null, failure };
    }
  }, [
    kind,
    compiled,
    engine.data,
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
  const onChange = (key: string, value: FieldValue) => {
    if (!answers.all) setPinned(key);
    setAnswers((a) => ({ ...a, values: { ...a.values, [key]: value } }));
  };
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
  const chooseKind = (k: string) => {
    // the date is pinned in the link, so a shared result reopens as computed, not as of later
    setAnswers({ ...emptyAnswers(k), all: answers.all, asOf: answers.asOf ?? todayInChina() });
    setPinned(null);
  };

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
        政策计算器：按{name || "本地区"}适用的{listed.data ? ` ${listed.data.length} 项` : ""}
        已发布政策，逐题询问会影响结果的情况，边答边算。计算在您的浏览器中完成，回答只保存在本页网址中，不会上传；复制网址即可分享结果。
      </p>

      {failed ? (
        <LoadError error={failed} />
      ) : !loaded || engine.isPending ? (
        <Loading rows={3} />
      ) : engine.isError ? (
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
          <fieldset className="check-card kind-picker">
            <legend>您是</legend>
            <div className="kind-options" role="radiogroup" aria-label="对象类型">
              {kinds.map((k) => (
                <label key={k} className={`kind-option${k === kind ? " active" : ""}`}>
                  <input
                    type="radio"
                    name="recipientKind"
                    value={k}
                    checked={k === kind}
                    onChange={() => chooseKind(k)}
                  />
                  {kindLabel(k)}
                </label>
              ))}
            </div>
            {kind && (
              <div className="check-options">
                <label className="check-inline">
                  <input
                    type="checkbox"
                    checked={answers.all}
                    onChange={(e) => {
                      const all = e.target.checked;
                      setAnswers((a) => ({ ...a, all }));
                      setPinned(null);
                    }}
                  />
                  显示全部问题
                </label>
                <div className="check-field as-of">
                  <label htmlFor="check-as-of">计算日期</label>
                  <input
                    id="check-as-of"
                    type="date"
                    value={asOf}
                    onChange={(e) => setAnswers((a) => ({ ...a, asOf: e.target.value || null }))}
                  />
                  <small>默认今天（北京时间）；可改为其他日期查看当时施行的政策</small>
                </div>
              </div>
            )}
          </fieldset>

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
        {outcome?.failure && (
          <div className="notice error" role="alert">
            {outcome.failure}
          </div>
        )}
        {view && (
          <CheckResult
            view={view}
            programHref={(id) => `/r/${regionCode}/p/${pageOf.get(id) ?? id}`}
          />
        )}
      </div>
    </>
  );
}
