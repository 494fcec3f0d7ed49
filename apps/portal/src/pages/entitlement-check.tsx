import {
  buildForm,
  type FieldValue,
  type FormIssue,
  type FormValues,
  fieldsFor,
  kindLabel,
  profileFromForm,
  recipientKindsOf,
} from "@jiangce/form-model";
import { type Program, todayInChina, validateProgram } from "@jiangce/rule-schema";
import { useQueries, useQuery } from "@tanstack/react-query";
import { type FormEvent, useMemo, useRef, useState } from "react";
import { Link, useParams } from "react-router";
import { Empty, LoadError, Loading } from "../components/status.tsx";
import type { CheckView } from "../entitlement/check-view.ts";
import { trpc } from "../trpc.ts";
import { FactInput } from "./entitlement-check-form.tsx";
import { CheckResult } from "./entitlement-check-result.tsx";

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
 * 政策计算器: a person or an organisation describes itself with a form generated from the fact
 * catalogue of the programs covering the district; the browser evaluates the published programs
 * with the same engine as every other part of 匠策 and shows what applies, how much, under
 * which clause, until when — and what does not, and why.
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
  const engine = useQuery({
    queryKey: ["entitlement-engine"],
    queryFn: loadEngine,
    staleTime: Number.POSITIVE_INFINITY,
  });

  const loaded = listed.isSuccess && documents.loaded;
  // the engine names programs by their document id; the portal's pages by the API's id
  const { programs, pageOf } = useMemo(() => {
    const programs: Program[] = [];
    const pageOf = new Map<string, string>();
    if (!loaded) return { programs, pageOf };
    for (const { programId, document } of documents.documents) {
      const checked = validateProgram(document);
      if (!checked.ok || !checked.value || !programId) continue;
      programs.push(checked.value);
      pageOf.set(checked.value.id, programId);
    }
    return { programs, pageOf };
  }, [loaded, documents.documents]);

  const compiled = useMemo(() => {
    if (!engine.data || programs.length === 0) return null;
    try {
      return { ok: true as const, set: engine.data.compilePrograms(programs) };
    } catch {
      return { ok: false as const };
    }
  }, [engine.data, programs]);

  const groups = useMemo(() => buildForm(programs), [programs]);
  const kinds = useMemo(() => recipientKindsOf(programs), [programs]);
  const [kind, setKind] = useState("person");
  const [asOf, setAsOf] = useState(todayInChina);
  const [values, setValues] = useState<FormValues>({});
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [view, setView] = useState<CheckView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  const visible = groups
    .map((g) => ({ ...g, fields: fieldsFor(g, kind) }))
    .filter((g) => g.fields.length > 0);
  const onChange = (key: string, value: FieldValue) => setValues((v) => ({ ...v, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!compiled?.ok || !engine.data) return;
    const { profile, issues: found } = profileFromForm(
      visible.flatMap((g) => g.fields),
      values,
      { id: "portal-check", kind, regionCode },
    );
    setIssues(found);
    if (found.length > 0) {
      setView(null);
      return;
    }
    try {
      setView(engine.data.runCheck(compiled.set, profile, asOf || todayInChina()));
      setFailure(null);
    } catch (error) {
      setView(null);
      setFailure(error instanceof Error ? error.message : "计算失败，请稍后重试。");
    }
    requestAnimationFrame(() =>
      resultRef.current?.scrollIntoView({ behavior: "smooth", block: "start" }),
    );
  };

  const reset = () => {
    setValues({});
    setIssues([]);
    setView(null);
    setFailure(null);
  };

  const name = region.data?.name ?? "";
  const failed = listed.error ?? documents.error;

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
        政策计算器：填写您（或您的单位）的情况，按{name || "本地区"}适用的
        {listed.data ? ` ${listed.data.length} 项` : ""}
        已发布政策计算可享受的待遇。计算在您的浏览器中完成，填写的信息不会上传。
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
        <form className="check-form" onSubmit={submit} noValidate>
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
                    onChange={() => {
                      setKind(k);
                      setView(null);
                    }}
                  />
                  {kindLabel(k)}
                </label>
              ))}
            </div>
            <div className="check-field as-of">
              <label htmlFor="check-as-of">计算日期</label>
              <input
                id="check-as-of"
                type="date"
                value={asOf}
                onChange={(e) => setAsOf(e.target.value)}
              />
              <small>默认今天（北京时间）；可改为其他日期查看当时施行的政策</small>
            </div>
          </fieldset>

          {visible.map((group) => (
            <fieldset
              key={group.programId ?? "national"}
              className="check-card"
              data-group={group.programId ?? "national"}
            >
              <legend>{group.title}</legend>
              <div className="check-grid">
                {group.fields.map((field) => (
                  <FactInput key={field.key} field={field} values={values} onChange={onChange} />
                ))}
              </div>
            </fieldset>
          ))}
          {visible.length === 0 && (
            <Empty>本地区政策没有针对{kindLabel(kind)}需要填写的信息，可直接计算。</Empty>
          )}

          {issues.length > 0 && (
            <div className="notice error form-issues" role="alert">
              请修改以下内容后再计算：
              <ul>
                {issues.map((i) => (
                  <li key={i.key}>{i.message}</li>
                ))}
              </ul>
            </div>
          )}
          <div className="check-actions">
            <button type="submit" className="primary-button" disabled={!compiled?.ok}>
              计算我能享受的待遇
            </button>
            <button type="button" className="secondary-button" onClick={reset}>
              清空重填
            </button>
          </div>
        </form>
      )}

      <div ref={resultRef} className="check-result-anchor">
        {failure && (
          <div className="notice error" role="alert">
            {failure}
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
