import { type ApiAnswer, type ApiCall, invalidParameters, NOT_FOUND, type OperationHandler } from "../api/answers.js";
import { ok } from "./respond.js";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Pinterest serves analytics for at most 90 days back (`start_date` description). */
const MAX_DAYS_BACK = 90;
const DEFAULT_METRICS = ["IMPRESSION", "SAVE", "PIN_CLICK", "OUTBOUND_CLICK", "ENGAGEMENT"];

/** The days from `start_date` to `end_date`, or a 400 naming what is wrong with them. */
function dateRange(call: ApiCall): string[] | ApiAnswer {
  const { start_date: start, end_date: end } = call.query;
  const day = (text: unknown) =>
    typeof text === "string" && /^\d{4}-\d{2}-\d{2}$/.test(text) ? Date.parse(`${text}T00:00:00Z`) : Number.NaN;
  const from = day(start);
  const to = day(end);
  if (Number.isNaN(from) || Number.isNaN(to)) return invalidParameters("start_date and end_date must be dates as YYYY-MM-DD");
  if (from > to) return invalidParameters("start_date must not be after end_date");
  if (from < call.now - MAX_DAYS_BACK * DAY_MS) return invalidParameters(`start_date must be at most ${MAX_DAYS_BACK} days ago`);
  const days: string[] = [];
  for (let t = from; t <= to; t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/** A stable pseudo-random figure per (subject, date, metric): same question, same answer (FNV-1a). */
function figure(...parts: string[]): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join("|")) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash % 1000;
}

function metricsFor(subject: string, date: string, metrics: readonly string[]): Record<string, number> {
  return Object.fromEntries(
    metrics.map((metric) => [
      metric,
      metric.endsWith("_RATE") ? figure(subject, date, metric) / 1000 : figure(subject, date, metric),
    ]),
  );
}

function metricTypes(call: ApiCall): string[] {
  return Array.isArray(call.query.metric_types)
    ? (call.query.metric_types as string[]).filter((m) => m !== "ALL")
    : DEFAULT_METRICS;
}

/** `{ all: { daily_metrics, summary_metrics, lifetime_metrics? } }` for one subject over the range. */
function seriesFor(subject: string, days: string[], metrics: string[], lifetime: boolean) {
  const daily = days.map((date) => ({ date, data_status: "READY", metrics: metricsFor(subject, date, metrics) }));
  const summary = Object.fromEntries(metrics.map((m) => [m, daily.reduce((sum, d) => sum + (d.metrics[m] ?? 0), 0)]));
  return {
    all: lifetime
      ? { daily_metrics: daily, summary_metrics: summary, lifetime_metrics: {} }
      : { daily_metrics: daily, summary_metrics: summary },
  };
}

function topPins(call: ApiCall, days: string[], metrics: string[]) {
  const count = typeof call.query.num_of_pins === "number" ? call.query.num_of_pins : 10;
  const sortBy = String(call.query.sort_by);
  const pins = call.view
    .pins()
    .map((pin) => ({
      pin_id: pin.id,
      metrics: metricsFor(pin.id, days.join(","), [...new Set([sortBy, ...metrics])]),
      data_status: { [days.at(-1) ?? ""]: "READY" },
    }))
    .sort((a, b) => (b.metrics[sortBy] ?? 0) - (a.metrics[sortBy] ?? 0))
    .slice(0, count);
  return { date_availability: { is_realtime: false, latest_available_timestamp: call.now }, pins, sort_by: sortBy };
}

/** Wrap a handler that needs the date range. */
function withDays(then: (call: ApiCall, days: string[]) => ApiAnswer): OperationHandler {
  return (call) => {
    const days = dateRange(call);
    return Array.isArray(days) ? then(call, days) : days;
  };
}

/** Analytics: synthetic, stable, schema-valid figures for the account and its Pins over the asked days. */
export const analyticsHandlers: Record<string, OperationHandler> = {
  "user_account/analytics": withDays((call, days) =>
    ok(seriesFor(call.state.account.id ?? "account", days, metricTypes(call), false)),
  ),
  "pins/analytics": withDays((call, days) => {
    const pin = call.view.pin(call.path.pin_id ?? "");
    return pin === undefined ? NOT_FOUND.pin : ok(seriesFor(pin.id, days, metricTypes(call), true));
  }),
  "multi_pins/analytics": withDays((call, days) => {
    const ids = call.query.pin_ids as string[];
    if (!ids.every((id) => call.view.pin(id) !== undefined)) return NOT_FOUND.pin;
    return ok(Object.fromEntries(ids.map((id) => [id, seriesFor(id, days, metricTypes(call), true)])));
  }),
  "user_account/analytics/top_pins": withDays((call, days) => ok(topPins(call, days, metricTypes(call)))),
  "user_account/analytics/top_video_pins": withDays((call, days) => {
    const answer = topPins(call, days, metricTypes(call));
    const videoIds = new Set(call.view.pins((pin) => pin.creative_type === "VIDEO").map((pin) => pin.id));
    return ok({ ...answer, pins: answer.pins.filter((pin) => videoIds.has(pin.pin_id)) });
  }),
};
