import { formatTarget, type Task } from "@jiangce/rule-schema";

/** 序号 / 工作内容 / 牵头单位 / 配合单位 / 完成时限, as the annex tables of the seeds have it. */
export function TaskRows({ tasks }: { tasks: Task[] }) {
  return (
    <table className="task-table">
      <thead>
        <tr>
          <th>序号</th>
          <th>工作内容</th>
          <th>牵头单位</th>
          <th>配合单位</th>
          <th>完成时限</th>
        </tr>
      </thead>
      <tbody>
        {tasks.map((task) => (
          <tr key={task.seq}>
            <td>{task.seq}</td>
            <td>
              {task.content}
              {task.targets.map((t) => (
                <div key={t.id} className="block-terms">
                  目标：{formatTarget(t)}
                </div>
              ))}
            </td>
            <td>{task.lead.join("、")}</td>
            <td>{task.support.join("、")}</td>
            <td>{task.deadline ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
