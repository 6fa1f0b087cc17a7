import { useLiveQuery } from 'dexie-react-hooks';
import { getCheckin, listCheckinDays, listCheckins } from './checkinRepo';
import { getGoal, listGoalLogs, listGoals } from './goalsRepo';

/** `null` while loading; `undefined` when that day has no check-in yet. */
export function useCheckin(day: string) {
  return useLiveQuery(() => getCheckin(day), [day], null);
}

export function useCheckins() {
  return useLiveQuery(() => listCheckins(), []);
}

export function useCheckinDays() {
  return useLiveQuery(() => listCheckinDays(), []);
}

export function useGoals() {
  return useLiveQuery(() => listGoals(), []);
}

/** `null` while loading; `undefined` when no goal has this id yet (a new goal). */
export function useGoal(id: string) {
  return useLiveQuery(() => getGoal(id), [id], null);
}

export function useGoalLogs(goalId: string) {
  return useLiveQuery(() => listGoalLogs(goalId), [goalId]);
}
