import type { IssuerLevel } from "@jiangce/rule-schema";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Breadcrumb } from "antd";
import { Link, useNavigate, useParams } from "react-router";
import { suggestSlug } from "../../start/starting-documents.ts";
import { errorMessage, trpc } from "../../trpc.ts";
import { ImportReview } from "./import-review.tsx";
import { SourceInput } from "./source-input.tsx";
import { useImport } from "./use-import.ts";
import "./import.css";

/**
 * 从文本导入: paste a policy text or choose a .docx, confirm what was read proposal by proposal
 * (the words beside each), then 创建草稿 creates the program and opens it in the workspace.
 */
export function ImportPage() {
  const { regionCode = "" } = useParams();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.auth.me.queryOptions());
  const membership = me.data?.memberships.find((m) => m.regionCode === regionCode);
  const issuer = membership
    ? {
        regionCode,
        level: (membership.regionLevel ?? "district") as IssuerLevel,
        name: membership.regionName ?? regionCode,
      }
    : undefined;
  const state = useImport(issuer);

  const create = useMutation(
    trpc.program.create.mutationOptions({
      onSuccess: (created) => {
        void queryClient.invalidateQueries({
          queryKey: trpc.program.list.queryKey({ regionCode }),
        });
        message.success("草稿已创建");
        navigate(`/d/${regionCode}/p/${created.programId}`);
      },
    }),
  );

  return (
    <>
      <title>从文本导入 · 匠策编辑后台</title>
      <Breadcrumb
        items={[{ title: <Link to={`/d/${regionCode}`}>方案列表</Link> }, { title: "从文本导入" }]}
      />
      <div className="content-head">
        <div>
          <h1>从文本导入</h1>
          <p>
            粘贴政策文件或上传 Word 文件，逐条确认识别出的待遇、有效期与适用规则，生成方案草稿。
          </p>
        </div>
      </div>
      {!state.result || !state.draft ? (
        <SourceInput issuerName={issuer?.name ?? regionCode} onRead={state.read} />
      ) : (
        <ImportReview
          key={state.generation}
          result={state.result}
          decisions={state.decisions}
          draft={state.draft}
          validation={state.validation}
          onDecide={state.decide}
          onDecideKind={state.decideKind}
          onRestart={state.reset}
          creating={create.isPending}
          createError={create.error ? errorMessage(create.error) : undefined}
          suggestedSlug={suggestSlug()}
          onCreate={({ slug, title }) =>
            create.mutate({
              regionCode,
              slug,
              title,
              document: { ...state.draft, id: slug, title } as Record<string, unknown>,
            })
          }
        />
      )}
    </>
  );
}
