// 基本信息 of the program: title, number, stage, issuer (region cascader), id, preamble, closing.
import type { IssuerLevel, Program, Stage } from "@jiangce/rule-schema";
import { stageLabels } from "@jiangce/rule-schema";
import { useQueryClient } from "@tanstack/react-query";
import { Input, Space } from "antd";
import { RegionPicker } from "../condition/region-picker.tsx";
import { trpc } from "../trpc.ts";
import { ChoiceInput, LongText, TextInput } from "./controls.tsx";
import { Field } from "./field.tsx";
import { declareHandled } from "./handled-paths.ts";

const P = declareHandled("", [
  "schemaVersion",
  "id",
  "title",
  "documentNumber",
  "stage",
  "preamble",
  "closing",
] as const);
const I = declareHandled("issuer", ["regionCode", "level", "name"] as const);

/** GB/T 2260: a code ending in 0000 is a province, in 00 a city, else a district; 100000 national. */
export function levelOfCode(code: string): IssuerLevel {
  if (code === "100000") return "national";
  if (code.endsWith("0000")) return "province";
  if (code.endsWith("00")) return "city";
  return "district";
}

export function ProgramGeneral({
  program,
  set,
}: {
  program: Program;
  set: (key: keyof Program, x: unknown) => void;
}) {
  const queryClient = useQueryClient();
  const pickIssuer = async (code: string) => {
    const region = await queryClient.fetchQuery(trpc.region.get.queryOptions({ code }));
    set("issuer", { regionCode: code, level: levelOfCode(code), name: region.name });
  };
  return (
    <>
      <Field label="方案标题" at={["title"]} schema={P.title}>
        {(id) => (
          <TextInput id={id} value={program.title} onChange={(x) => set("title", x ?? "")} />
        )}
      </Field>
      <Space wrap>
        <Field label="文号" at={["documentNumber"]} schema={P.documentNumber}>
          {(id) => (
            <TextInput
              id={id}
              value={program.documentNumber}
              placeholder="某人社发〔2025〕1号"
              onChange={(x) => set("documentNumber", x)}
            />
          )}
        </Field>
        <Field label="文稿阶段" at={["stage"]} schema={P.stage}>
          {(id) => (
            <ChoiceInput<Stage>
              id={id}
              value={program.stage}
              labels={stageLabels}
              onChange={(x) => set("stage", x)}
            />
          )}
        </Field>
      </Space>
      <Field label="发文机关所在地" at={["issuer"]} schema={I.regionCode}>
        {(id) => (
          <RegionPicker
            id={id}
            value={program.issuer?.regionCode}
            onChange={(code) => void pickIssuer(code)}
          />
        )}
      </Field>
      <Space wrap>
        <Field label="发文机关名称" at={["issuer", "name"]} schema={I.name}>
          {(id) => (
            <TextInput
              id={id}
              value={program.issuer?.name}
              onChange={(x) => set("issuer", { ...program.issuer, name: x ?? "" })}
            />
          )}
        </Field>
        <Field label="层级" at={["issuer", "level"]} schema={I.level} help="由行政区划代码确定">
          {(id) => (
            <Input
              id={id}
              disabled
              value={
                { national: "国家", province: "省级", city: "市级", district: "区县级" }[
                  program.issuer?.level ?? "district"
                ]
              }
            />
          )}
        </Field>
      </Space>
      <Space wrap>
        <Field label="方案标识" at={["id"]} schema={P.id}>
          {(id) => <TextInput id={id} value={program.id} onChange={(x) => set("id", x ?? "")} />}
        </Field>
        <Field label="格式版本" at={["schemaVersion"]} schema={P.schemaVersion}>
          {(id) => <Input id={id} disabled value={String(program.schemaVersion ?? 1)} />}
        </Field>
      </Space>
      <Field label="序言" at={["preamble"]} schema={P.preamble}>
        {(id) => (
          <LongText
            id={id}
            rows={3}
            value={program.preamble}
            onChange={(x) => set("preamble", x)}
          />
        )}
      </Field>
      <Field label="结尾（施行条款等）" at={["closing"]} schema={P.closing}>
        {(id) => (
          <LongText id={id} rows={2} value={program.closing} onChange={(x) => set("closing", x)} />
        )}
      </Field>
    </>
  );
}
