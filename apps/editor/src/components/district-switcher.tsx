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
      <select
        id="district-switcher"
        value={current ?? ""}
        onChange={(event) => navigate(`/d/${event.target.value}`)}
      >
        {!current && (
          <option value="" disabled>
            请选择地区
          </option>
        )}
        {regions.map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}（{rolesText(r.roles)}）
          </option>
        ))}
      </select>
    </div>
  );
}
