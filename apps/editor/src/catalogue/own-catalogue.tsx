import { type FactDeclaration, type IssuerLevel, validateCatalogue } from "@jiangce/rule-schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Space, Tag } from "antd";
import { useMemo, useState } from "react";
import { FactsEditor } from "../inspector/facts-editor.tsx";
import { ProblemsContext } from "../inspector/field.tsx";
import { appCode, errorMessage, trpc } from "../trpc.ts";
import type { Problem } from "../workspace/problems.ts";
import { type CatalogueChain, contextOfChain } from "./chain.ts";

/** A catalogue's first new fact: ordered levels (the commonest: 称号、等级), declared anew. */
const BLANK: FactDeclaration = { key: "", label: "", extends: false, type: "ordered", values: [] };

/**
 * 本地区目录: the region's own declarations, edited with the program inspector's facts editor and
 * checked live with the engine's validateCatalogue (the server checks the same on save). A save
 * the server refuses (stale, or taking away what a frozen version uses) keeps the edits and says
 * why.
 */
export function OwnCatalogue({
  region,
  chain,
  canEdit,
}: {
  region: { code: string; name: string; level: IssuerLevel };
  chain: CatalogueChain;
  canEdit: boolean;
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const stored = chain.catalogues.find((c) => c.regionCode === region.code)?.facts ?? [];
  const [edited, setEdited] = useState<FactDeclaration[] | null>(null);
  const facts = edited ?? stored;
  const [refusal, setRefusal] = useState<{ message: string; stale: boolean } | null>(null);
  const save = useMutation(trpc.catalogue.save.mutationOptions());

  const problems = useMemo<Problem[]>(() => {
    if (facts.length === 0) return [];
    const checked = validateCatalogue(
      { regionCode: region.code, level: region.level, name: region.name, facts },
      contextOfChain(chain),
    );
    return checked.issues.map((i) => ({
      path: i.path,
      message: i.message,
      severity: "error" as const,
      selection: { kind: "program" as const },
    }));
  }, [facts, region, chain]);

  const reload = () =>
    queryClient.invalidateQueries(trpc.catalogue.chain.queryFilter({ regionCode: region.code }));
  const submit = async () => {
    setRefusal(null);
    try {
      await save.mutateAsync({ regionCode: region.code, revision: chain.revision, facts });
      await reload();
      setEdited(null);
      message.success("事实目录已保存，本地区及下级地区的方案即可使用");
    } catch (error) {
      setRefusal({
        message: errorMessage(error),
        stale: appCode(error) === "REVISION_CONFLICT",
      });
      message.error("目录未保存");
    }
  };

  return (
    <ProblemsContext.Provider value={problems}>
      <fieldset
        disabled={!canEdit}
        className="inspector-form catalogue-own"
        style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}
      >
        {facts.length === 0 && (
          <p className="muted">
            尚未声明本地区的事实。添加称号、荣誉、重点产业等事实及其可选值后，本地区及下级地区的方案即可使用。
          </p>
        )}
        <FactsEditor facts={facts} onChange={setEdited} blank={BLANK} addLabel="添加事实" />
      </fieldset>
      {refusal && (
        <Alert
          className="catalogue-refusal"
          type="error"
          showIcon
          title={refusal.message}
          style={{ margin: "12px 0" }}
          action={
            refusal.stale && (
              <Button
                size="small"
                onClick={() => {
                  void reload();
                  setEdited(null);
                  setRefusal(null);
                }}
              >
                载入最新目录（放弃我的修改）
              </Button>
            )
          }
        />
      )}
      {canEdit && (
        <Space style={{ marginTop: 12 }}>
          <Button
            type="primary"
            disabled={edited === null || problems.length > 0 || facts.length === 0}
            loading={save.isPending}
            onClick={() => void submit()}
          >
            保存目录
          </Button>
          <Button
            disabled={edited === null}
            onClick={() => {
              setEdited(null);
              setRefusal(null);
            }}
          >
            撤销修改
          </Button>
          {edited !== null && <Tag color="orange">有未保存的修改</Tag>}
          {problems.length > 0 && <Tag color="red">{problems.length}处需修正</Tag>}
        </Space>
      )}
    </ProblemsContext.Provider>
  );
}
