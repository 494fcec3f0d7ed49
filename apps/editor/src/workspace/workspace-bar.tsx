// The workspace's top bar: version state, save status, problems / comments / tests counts, and the
// version actions (save now, named snapshots, submit for review) with their API calls.
import { type TestRun, testRunSummary } from "@jiangce/rule-schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Dropdown, Space, Tag, Tooltip } from "antd";
import { useEffect, useRef, useState } from "react";
import { STATE_COLOR, STATE_LABEL } from "../roles.ts";
import { confirmSubmission } from "../simulator/submit-dialog.tsx";
import { errorMessage, trpc } from "../trpc.ts";
import { hasErrors, type Problem } from "./problems.ts";
import { ProblemsCount } from "./problems-panel.tsx";
import { SaveIndicator } from "./save-indicator.tsx";
import type { DraftState, LoadedVersion } from "./use-draft.ts";

export function WorkspaceBar({
  loaded,
  d,
  editable,
  problems,
  openComments,
  testRun,
  onSubmitted,
  onShowProblems,
  onTab,
}: {
  loaded: LoadedVersion;
  d: DraftState;
  editable: boolean;
  problems: readonly Problem[];
  openComments: number;
  testRun: TestRun;
  onSubmitted: () => void;
  onShowProblems: () => void;
  onTab: (tab: string) => void;
}) {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [state, setState] = useState({ state: loaded.state, snapshotName: loaded.snapshotName });
  const blocked = hasErrors(problems);
  const refresh = () => {
    void queryClient.invalidateQueries({
      queryKey: trpc.program.get.queryKey({ programId: loaded.programId }),
    });
  };
  // A save of a frozen version (the published one, a named snapshot) lands in a new draft
  // version: from then on the bar shows that draft, which its drafter may name and submit.
  const shownVersion = useRef(loaded.versionId);
  const [newDraft, setNewDraft] = useState(false);
  useEffect(() => {
    if (d.base.versionId === shownVersion.current) return;
    shownVersion.current = d.base.versionId;
    setNewDraft(true);
    setState({ state: "draft", snapshotName: null });
  }, [d.base.versionId]);
  const canSubmit = loaded.canSubmit || newDraft;
  const canNameSnapshot = loaded.canNameSnapshot || newDraft;
  const nameSnapshot = useMutation(trpc.version.nameSnapshot.mutationOptions());
  const submit = useMutation(trpc.version.submit.mutationOptions());

  const snapshot = async (name: "征求意见稿" | "送审稿") => {
    const base = await d.settled();
    if (!base) return void message.error("修改尚未保存，无法生成快照");
    try {
      const result = await nameSnapshot.mutateAsync({
        versionId: base.versionId,
        revision: base.revision,
        name,
      });
      d.rebase({ versionId: result.versionId, revision: result.revision });
      setState((s) => ({ ...s, snapshotName: name }));
      message.success(`已保存为“${name}”，之后的修改将进入新版本`);
      refresh();
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  /** 提交审核: the dialog lists failing test cases (submitting stays allowed; they are recorded). */
  const confirmSubmit = () => confirmSubmission(modal, testRun, () => sendForReview());
  const sendForReview = async () => {
    const base = await d.settled();
    if (!base) return void message.error("修改尚未保存，无法提交");
    try {
      const result = await submit.mutateAsync({
        versionId: base.versionId,
        revision: base.revision,
      });
      d.rebase({ versionId: result.versionId, revision: result.revision });
      onSubmitted();
      setState({ state: result.state, snapshotName: result.snapshotName ?? null });
      message.success("已提交审核");
      refresh();
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  return (
    <div className="workspace-bar">
      <Space wrap>
        <Tag color={STATE_COLOR[state.state]} className="version-state">
          {STATE_LABEL[state.state] ?? state.state}
        </Tag>
        {state.snapshotName && <Tag className="snapshot-name">{state.snapshotName}</Tag>}
        <SaveIndicator status={editable ? d.status : "saved"} failure={d.failure} />
        {!editable && <span className="muted">当前版本不可编辑</span>}
      </Space>
      <span className="spacer" />
      <Space wrap>
        <Button onClick={onShowProblems}>
          <ProblemsCount problems={problems} />
        </Button>
        <Button className="open-comments-button" onClick={() => onTab("comments")}>
          意见 {openComments}
        </Button>
        <Button
          className="test-run-button"
          danger={testRun.failed > 0}
          onClick={() => onTab("tests")}
        >
          {testRunSummary(testRun)}
        </Button>
        <Button
          disabled={!editable || d.status === "saved"}
          loading={d.status === "saving"}
          onClick={() => void d.flush()}
        >
          立即保存
        </Button>
        <Dropdown
          disabled={!editable || !canNameSnapshot}
          menu={{
            items: [
              { key: "征求意见稿", label: "保存为征求意见稿" },
              { key: "送审稿", label: "保存为送审稿" },
            ],
            onClick: ({ key }) => void snapshot(key as "征求意见稿" | "送审稿"),
          }}
        >
          <Button loading={nameSnapshot.isPending}>命名快照</Button>
        </Dropdown>
        <Tooltip title={blocked ? "存在错误，修正后才能提交（提示不影响提交）" : undefined}>
          <Button
            type="primary"
            disabled={!editable || !canSubmit || blocked}
            loading={submit.isPending}
            onClick={confirmSubmit}
          >
            提交审核
          </Button>
        </Tooltip>
      </Space>
    </div>
  );
}
