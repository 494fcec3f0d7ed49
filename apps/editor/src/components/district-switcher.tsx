import { Select } from "antd";
import { useNavigate } from "react-router";
import { type MembershipLike, memberRegions, rolesText } from "../roles.ts";

/** Picks the district the back office works on; the choice lives in the URL (/d/:regionCode). */
export function DistrictSwitcher({
  memberships,
  current,
}: {
  memberships: readonly MembershipLike[];
  current: string | undefined;
}) {
  const navigate = useNavigate();
  const regions = memberRegions(memberships);
  return (
    <div className="district-switcher">
      <label htmlFor="district-switcher">当前地区</label>
      <Select
        id="district-switcher"
        className="district-select"
        style={{ minWidth: 220 }}
        value={current}
        placeholder="请选择地区"
        onChange={(code: string) => navigate(`/d/${code}`)}
        options={regions.map((r) => ({
          value: r.code,
          label: `${r.name}（${rolesText(r.roles)}）`,
        }))}
      />
    </div>
  );
}
