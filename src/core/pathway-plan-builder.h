/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "pathway-catalogue.h"

G_BEGIN_DECLS

#define PATHWAY_PLAN_MIN_DAILY_MINUTES   15
#define PATHWAY_PLAN_MAX_DAILY_MINUTES   180
#define PATHWAY_PLAN_MIN_YEARS           1
#define PATHWAY_PLAN_MAX_YEARS           3
#define PATHWAY_PLAN_MIN_LESSONS         12

typedef struct {
  const char * const *goal_ids;        /* catalogue goal ids, in the student's order of priority */
  const char * const *current_skills;  /* may be NULL */
  int                 daily_minutes;   /* 15 .. 180 */
  int                 total_years;     /* 1 .. 3 */
} PathwayPlanRequest;

/* Builds a student's plan from the catalogue. Pure and deterministic: the same catalogue
 * and request give the same plan, member for member.
 *
 * Merge. Months are taken from the chosen goals' month lists round-robin in priority order
 * (goal 1's next month, goal 2's next month, …), each goal's list in its own order, each
 * month key once: a month two goals share comes at its earliest place. A month is ready when
 * every prerequisite is in current_skills or taught by a month already placed. When a goal's
 * next month is not ready, the next goal in turn gives one; when no goal's next month is
 * ready, the next month of the goal whose turn it is comes anyway, so the catalogue's own
 * order decides. (The built-in catalogue lists prerequisites so that this never happens.)
 *
 * Skills. Student and catalogue skills are compared with pathway_skill_normalize(), aliases
 * included. A month whose skills the student all lists is skipped and recorded in "skipped"
 * with the reason; it takes no place in the plan. A month whose skills they list in part is
 * shortened: they skip its early lessons, which cover the basics, so
 * total_days = max (12, round (30 × (1 − known / total × 0.6))) and
 * first_lesson = lessons − total_days + 1, where lessons is the month's "lessons" in the
 * catalogue (30 unless it says otherwise) and 30 in the formula above stands for it.
 *
 * Pace. A month of the plan is its catalogue month's lessons (usually 30) of about an hour, one per study day. The plan holds
 * n = clamp (round (total_years × 12 × min (daily_minutes, 60) / 60), 1, total_years × 12)
 * months. More than an hour a day does not add months: the student finishes sooner, doing
 * "lessons_per_day" lessons a day (2 from 120 minutes, 3 from 180). When the goals run out of
 * months first the plan is shorter; when every month is skipped there is no plan.
 *
 * The result is the learning_plans.plan object:
 *   { "months": [ { "index": 1, "key", "title", "goals", "topics", "skills",
 *                   "status": "active" for the first and "locked" for the rest,
 *                   "days_generated": false, "days": [], "total_days", "first_lesson" }, … ],
 *     "goal_ids": [ … ], "total_years", "daily_minutes", "months_per_year", "lessons_per_day",
 *     "skipped": [ { "key", "title", "reason": "known skills: HTML, CSS" }, … ] }
 *
 * Errors are PATHWAY_CORE_ERROR_INVALID_REQUEST (no goals, time or years out of range),
 * _NOT_FOUND (a goal id the catalogue does not have) and _NOTHING_TO_LEARN. A goal id given
 * twice counts once. */
JsonNode *pathway_plan_build               (PathwayCatalogue         *catalogue,
                                            const PathwayPlanRequest *request,
                                            GError                  **error);

/* The pace rules alone, for the UI to explain a choice before the plan is built. */
guint     pathway_plan_get_n_months        (int                       daily_minutes,
                                            int                       total_years);
guint     pathway_plan_get_months_per_year (int                       daily_minutes);
guint     pathway_plan_get_lessons_per_day (int                       daily_minutes);

G_END_DECLS
