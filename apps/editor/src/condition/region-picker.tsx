import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Cascader } from "antd";
import { useEffect, useState } from "react";
import { trpc } from "../trpc.ts";

interface RegionOption {
  value: string;
  label: string;
  isLeaf?: boolean;
  children?: RegionOption[];
}

/** 420112 → ["420000", "420100", "420112"]: the cascader's path to a GB/T 2260 code. */
export function regionPath(code: string | undefined): string[] {
  if (!code || !/^\d{6}$/.test(code)) return [];
  const province = `${code.slice(0, 2)}0000`;
  const city = `${code.slice(0, 4)}00`;
  return [...new Set([province, city, code])];
}

function replaceChildren(
  options: RegionOption[],
  code: string,
  children: RegionOption[],
): RegionOption[] {
  return options.map((o) =>
    o.value === code
      ? { ...o, children, isLeaf: children.length === 0 }
      : o.children
        ? { ...o, children: replaceChildren(o.children, code, children) }
        : o,
  );
}

/** A region from the national tree (region.list → provinces, region.children → below), lazily. */
export function RegionPicker({
  value,
  onChange,
  id,
}: {
  value: string | undefined;
  onChange: (code: string) => void;
  id?: string;
}) {
  const queryClient = useQueryClient();
  const provinces = useQuery(trpc.region.list.queryOptions({ limit: 100 }));
  const [options, setOptions] = useState<RegionOption[]>([]);

  const load = async (code: string) => {
    const children = await queryClient.fetchQuery(trpc.region.children.queryOptions({ code }));
    const mapped = children.map((c) => ({
      value: c.code,
      label: c.name,
      isLeaf: c.level === "district",
    }));
    setOptions((current) => replaceChildren(current, code, mapped));
  };

  useEffect(() => {
    if (!provinces.data) return;
    setOptions(provinces.data.map((p) => ({ value: p.code, label: p.name, isLeaf: false })));
  }, [provinces.data]);

  // open the branch of the current value so it shows with its names
  useEffect(() => {
    const path = regionPath(value);
    if (options.length === 0 || path.length < 2) return;
    void (async () => {
      for (const code of path.slice(0, -1)) await load(code);
    })();
  }, [value, options.length === 0]);

  return (
    <Cascader<RegionOption>
      id={id}
      style={{ minWidth: 240 }}
      options={options}
      value={regionPath(value)}
      changeOnSelect
      placeholder="选择行政区划"
      loadData={(selected) => {
        const last = selected.at(-1);
        if (last && !last.children) void load(last.value);
      }}
      onChange={(path) => {
        const code = (path as string[] | undefined)?.at(-1);
        if (code) onChange(code);
      }}
    />
  );
}
