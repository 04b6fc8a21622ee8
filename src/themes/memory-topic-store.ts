// Stable topics kept in memory: for a library whose folder cannot be written, and for tests that
// hand the themes stage papers of their own.
import type { TopicAssignmentRecord, TopicSnapshot, TopicStore } from '../store/topic-tables.js';

export class MemoryTopicStore implements TopicStore {
  private snapshot: TopicSnapshot | null = null;
  private readonly assignments = new Map<string, TopicAssignmentRecord>();

  readTopics(): TopicSnapshot | null {
    return this.snapshot;
  }

  readAssignments(): TopicAssignmentRecord[] {
    return [...this.assignments.values()].sort((a, b) => (a.paperId < b.paperId ? -1 : a.paperId > b.paperId ? 1 : 0));
  }

  writeAssignments(assignments: TopicAssignmentRecord[]): void {
    for (const row of assignments) this.assignments.set(row.paperId, { ...row });
  }

  replaceTopics(snapshot: TopicSnapshot, assignments: TopicAssignmentRecord[]): void {
    this.snapshot = snapshot;
    this.assignments.clear();
    this.writeAssignments(assignments);
  }
}
