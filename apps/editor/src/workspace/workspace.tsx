import type { Program, TestCase } from "@jiangce/rule-schema";
import { App, Tabs, Tag } from "antd";
import { useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { useParams } from "react-router";
import { scopeOf } from "../catalogue/chain.ts";
import { useCatalogueChain } from "../catalogue/use-chain.ts";
import { FactSourcesContext } from "../condition/fact-sources.ts";
import type { ProgramDocumentHandle } from "../document/index.ts";
import { ProblemsContext } from "../inspector/field.tsx";
import { CommentsPanel, useOpenCommentCount } from "../review/comments-panel.tsx";
import { type SimState, simStateOf } from "../simulator/sim-state.ts";
import { SimulatorPane } from "../simulator/simulator-pane.tsx";
import { TestCasesPanel } from "../simulator/test-cases-panel.tsx";
import { useTestRun } from "../simulator/use-test-run.ts";
import { ConflictView } from "./conflict-view.tsx";
import { DocumentPane } from "./document-pane.tsx";
import { newClause } from "./draft-model.ts";
import { InspectorPanel } from "./inspector-panel.tsx";
import { OutlineTree } from "./outline-tree.tsx";
import { collectProblems } from "./problems.ts";
import { ProblemsDrawer } from "./problems-panel.tsx";
import type { Selection } from "./selection.ts";
import { type LoadedVersion, useDraft } from "./use-draft.ts";
import { WorkspaceBar } from "./workspace-bar.tsx";

/** 方案工作台: outline · document · inspector, with autosave, validation, snapshots, submit. */
export function Workspace({ loaded }: { loaded: LoadedVersion }) {
  const { modal } = App.useApp();
  const [editable, setEditable] = useState(loaded.canSave);
  const d = useDraft(loaded.programId, loaded, editable);
  const [selected, setSelected] = useState<Selection>({ kind: "program" });
  const [showProblems, setShowProblems] = useState(false);
  const documentRef = useRef<ProgramDocumentHandle>(null);
  const offered = useRef<string | null>(null);
  // validation follows typing without holding up keystrokes
  const checked = useDeferredValue(d.draft);
  // the district's catalogues and the programs above: validated and compiled as the server will
  const chain = useCatalogueChain(useParams().regionCode ?? "");
  const problems = useMemo(() => collectProblems(checked, chain.context), [checked, chain]);
  const scope = useMemo(() => scopeOf(checked, chain.context), [checked, chain]);
  const testRun = useTestRun(checked, chain.catalogues);
  const [rightTab, setRightTab] = useState("inspector");
  const [simState, setSimState] = useState<SimState | null>(null);
  // a returned version is edited in place, so the reviewer's comments stay on the base version
  const openComments = useOpenCommentCount(d.base.versionId);
  // test cases are written onto the live draft (the panes read the deferred one)
  const setTestCases = (testCases: TestCase[]) => change({ ...d.draft, testCases });

  useEffect(() => {
    if (!d.restorable || offered.current === d.restorable.keptAt) return;
    const kept = d.restorable;
    // once per kept draft: the effect re-runs when the draft's callbacks change
    offered.current = kept.keptAt;
    modal.confirm({
      title: "发现未保存到服务器的修改",
      content: `本机保存了您在 ${new Date(kept.keptAt).toLocaleString("zh-CN", { hour12: false })} 的修改，尚未同步到服务器。是否恢复？`,
      okText: "恢复这些修改",
      cancelText: "放弃",
      onOk: () => d.restore(kept),
      onCancel: () => d.discardKept(),
    });
  }, [d.restorable, d.restore, d.discardKept, modal]);

  const change = (next: Program) => editable && d.update(next);
  const addClause = () => {
    const after =
      selected.kind === "program"
        ? undefined
        : d.draft.clauses.findIndex((c) => "clauseId" in selected && c.id === selected.clauseId);
    const { program, clause } = newClause(
      d.draft,
      after === undefined || after < 0 ? undefined : after,
    );
    change(program);
    setSelected({ kind: "clause", clauseId: clause.id });
  };
  const removeClause = (clauseId: string) =>
    modal.confirm({
      title: "删除该条款？",
      content: "条款及其中的待遇、目标将一并删除。",
      okText: "删除",
      okButtonProps: { danger: true },
      cancelText: "取消",
      onOk: () => {
        change({ ...d.draft, clauses: d.draft.clauses.filter((c) => c.id !== clauseId) });
        setSelected({ kind: "program" });
      },
    });
  const addAnnex = () => {
    const index = d.draft.annexes.length;
    change({
      ...d.draft,
      annexes: [
        ...d.draft.annexes,
        { id: `annex-${index + 1}`, title: `附件${index + 1}`, tasks: [] },
      ],
    });
    setSelected({ kind: "annex", index });
  };

  return (
    <ProblemsContext.Provider value={problems}>
      <FactSourcesContext.Provider value={chain.labels}>
        <div className="workspace">
          <WorkspaceBar
            loaded={loaded}
            d={d}
            editable={editable}
            problems={problems}
            openComments={openComments}
            testRun={testRun}
            onSubmitted={() => setEditable(false)}
            onShowProblems={() => setShowProblems(true)}
            onTab={setRightTab}
          />
          <div className="workspace-panes">
            <aside className="pane outline-pane" aria-label="大纲">
              <OutlineTree
                program={d.draft}
                selected={selected}
                editable={editable}
                onSelect={setSelected}
                onChange={change}
                onAddClause={addClause}
                onRemoveClause={removeClause}
                onAddAnnex={addAnnex}
              />
            </aside>
            <main className="pane document-pane-wrap" aria-label="正文">
              <DocumentPane
                program={d.draft}
                problems={problems}
                selected={selected}
                onSelect={setSelected}
                onChange={change}
                editable={editable}
                documentRef={documentRef}
              />
            </main>
            <aside className="pane inspector-pane" aria-label="属性">
              <Tabs
                size="small"
                activeKey={rightTab}
                onChange={setRightTab}
                items={[
                  {
                    key: "inspector",
                    label: "属性",
                    children: (
                      <fieldset disabled={!editable} className="inspector-fieldset">
                        <InspectorPanel
                          program={d.draft}
                          selected={selected}
                          scope={scope}
                          onChange={change}
                        />
                      </fieldset>
                    ),
                  },
                  {
                    key: "simulator",
                    label: "模拟计算",
                    children: (
                      <SimulatorPane
                        catalogues={chain.catalogues}
                        program={checked}
                        editable={editable}
                        state={simState}
                        onState={setSimState}
                        onCases={setTestCases}
                      />
                    ),
                  },
                  {
                    key: "tests",
                    label: (
                      <span>
                        测试用例{" "}
                        {testRun.failed > 0 && <Tag color="red">{testRun.failed}个未通过</Tag>}
                      </span>
                    ),
                    children: (
                      <TestCasesPanel
                        program={checked}
                        run={testRun}
                        editable={editable}
                        onCases={setTestCases}
                        onOpen={(testCase) => {
                          setSimState(simStateOf(checked, testCase));
                          setRightTab("simulator");
                        }}
                      />
                    ),
                  },
                  {
                    key: "comments",
                    label: (
                      <span>
                        意见 {openComments > 0 && <Tag color="orange">{openComments}</Tag>}
                      </span>
                    ),
                    children: (
                      <CommentsPanel
                        versionId={d.base.versionId}
                        clauses={d.draft.clauses}
                        canResolve={loaded.canComment}
                        onJump={(clauseId) => {
                          setSelected({ kind: "clause", clauseId });
                          documentRef.current?.scrollTo({ kind: "clause", clauseId });
                        }}
                      />
                    ),
                  },
                ]}
              />
            </aside>
          </div>
          <ProblemsDrawer
            open={showProblems}
            problems={problems}
            onClose={() => setShowProblems(false)}
            onJump={(s, path) => {
              setSelected(s);
              setShowProblems(false);
              documentRef.current?.scrollTo(path);
            }}
          />
          {d.conflict && (
            <ConflictView
              server={d.conflict.server}
              mergeBase={d.conflict.mergeBase}
              mine={d.draft as unknown as Record<string, unknown>}
              onResolve={(merged) => d.resolve(merged, d.conflict!.server)}
            />
          )}
        </div>
      </FactSourcesContext.Provider>
    </ProblemsContext.Provider>
  );
}
