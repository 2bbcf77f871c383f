/**
 * Tasks for `arende check` in the terminal (Terminal → Run Task → arende), read into the Problems panel by
 * the problem matchers `$arende` (fel), `$arende-varning` and `$arende-info`. Three matchers because VS Code
 * reads a severity only in English words: each matches the lines of one Swedish severity word.
 * Runs `arende` from PATH (npm i -g @arende/cli), as a user would in a terminal.
 */
import * as vscode from 'vscode';

export const TASK_TYPE = 'arende';
const PROBLEM_MATCHERS = ['$arende', '$arende-varning', '$arende-info'];

interface CheckTask extends vscode.TaskDefinition {
  path?: string;
  fix?: boolean;
}

function taskFor(definition: CheckTask, scope: vscode.WorkspaceFolder | vscode.TaskScope.Workspace): vscode.Task {
  const args = ['check', ...(definition.fix ? ['--fix'] : []), definition.path ?? '.'];
  const task = new vscode.Task(
    definition,
    scope,
    definition.fix ? 'check --fix' : 'check',
    TASK_TYPE,
    new vscode.ShellExecution('arende', args, typeof scope === 'object' ? { cwd: scope.uri.fsPath } : {}),
    PROBLEM_MATCHERS,
  );
  task.group = vscode.TaskGroup.Test;
  return task;
}

export function taskProvider(): vscode.TaskProvider {
  return {
    provideTasks() {
      const folder = vscode.workspace.workspaceFolders?.[0];
      if (!folder) return [];
      return [taskFor({ type: TASK_TYPE }, folder), taskFor({ type: TASK_TYPE, fix: true }, folder)];
    },
    resolveTask(task) {
      const definition = task.definition as CheckTask;
      if (definition.type !== TASK_TYPE) return undefined;
      const scope = task.scope && typeof task.scope === 'object' ? task.scope : vscode.TaskScope.Workspace;
      return taskFor(definition, scope as vscode.WorkspaceFolder | vscode.TaskScope.Workspace);
    },
  };
}
